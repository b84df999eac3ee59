import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
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

/** Chromium from Debian's packages; these flags work as root, headless and offline. */
export default {
  files: ['test/**/*.test.{ts,tsx}'],
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
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
};
