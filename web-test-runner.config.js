import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { loopbackApi } from './test/server/loopback-api.js';
import { securityPages } from './test/server/security-pages.js';
import { frameworkHosts } from './test/server/framework-hosts.js';

/**
 * `emulateMedia` from @web/test-runner-commands cannot emulate forced-colors under puppeteer:
 * this command sets the page's emulated media features through CDP, e.g.
 * [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }].
 */
const cdpSessions = new WeakMap(); // emulation lasts as long as its CDP session: keep one per page
const mediaFeaturesCommand = {
  name: 'media-features-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'media-features') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

/** The page's whole accessibility tree (roles and names, in reading order), lists included. */
const accessibilityTreeCommand = {
  name: 'accessibility-tree-command',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
  },
};

/**
 * One engine per run, chosen by ENGINE (`npm test` runs the three in turn, scripts/test-engines.mjs):
 *   chromium  Debian's Chromium; these flags work as root, headless and offline.
 *   firefox   Firefox ESR over WebDriver BiDi, through the same launcher (CDP-only commands fail there).
 *   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver, one page at a time (test/server/webkit.js).
 * test/chromium-only/ holds the tests that need Chromium's DevTools protocol (the accessibility tree,
 * forced-colours and colour-scheme emulation): the other engines skip that folder.
 */
const ENGINE = process.env.ENGINE ?? 'chromium';
const ENGINES = {
  chromium: () => chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  }),
  firefox: () => chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
  }),
  webkit: async () => (await import('./test/server/webkit.js')).webkitLauncher(),
};
if (!ENGINES[ENGINE]) throw new Error(`ENGINE must be one of ${Object.keys(ENGINES).join(', ')}, not ${ENGINE}`);

export default {
  files: ['test/**/*.test.{ts,tsx}', ...(ENGINE === 'chromium' ? [] : ['!test/chromium-only/**'])],
  ...(ENGINE === 'webkit' ? { concurrency: 1 } : {}),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // React host tests are .tsx, with React 19's automatic JSX runtime (tsconfig.test.json's "jsx").
    esbuildPlugin({ tsx: true, tsconfig: fileURLToPath(new URL('./tsconfig.test.json', import.meta.url)) }),
    frameworkHosts,
    mediaFeaturesCommand,
    accessibilityTreeCommand,
  ],
  middleware: [
    // msw's worker must be served from the root.
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
      return next();
    },
    loopbackApi,
    securityPages,
  ],
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|Angular is running in development mode)/.test(String(args[0])),
  testFramework: { config: { timeout: 10000 } },
  browsers: [await ENGINES[ENGINE]()],
};
