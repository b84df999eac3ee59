/**
 * Pages and endpoints for test/security.test.ts, on the test runner's own server.
 *
 *   GET  /security/csp/page.html?…  a page that loads dist/applicant-status-tracker.iife.js under a
 *                                   strict Content-Security-Policy with Trusted Types enforced.
 *        key=KEY        the loopback status endpoint (/loopback/api/KEY) the status widget reads
 *        errorKey=KEY   a second widget pointed at /loopback/api/KEY (script it to fail)
 *        lookup=1       a third widget with no application id: the lookup form
 *        tt=…           Trusted Types directives: `require` (default) = require-trusted-types-for
 *                       'script' only; `lit` adds `trusted-types lit-html`; `lit-dup` adds
 *                       `trusted-types lit-html 'allow-duplicates'`; `off` = no Trusted Types.
 *        csp=0          no Content-Security-Policy at all (the plain host page)
 *        twice=1        loads the IIFE twice
 *        control=1      adds an inline script and /security/csp/control.js, which break the policy on
 *                       purpose: proves the probe sees violations
 *   GET  /security/csp/probe.js      the page's own external script: collects `securitypolicyviolation`
 *                                    and `error` events and the widgets' rendered state, then posts
 *                                    { source: 'security-probe', run, … } to the parent window.
 *   POST /security/csp/report/RUN    CSP `report-uri`: reports are kept per run
 *   GET  /security/csp/reports/RUN   the reports received so far
 *
 *   Cross-origin endpoints. The test page is on localhost:PORT; 127.0.0.1:PORT is another origin and
 *   another site. localhost:SECOND is another origin on the same site (cookies ignore ports), so
 *   its cookies are first-party: this Chromium blocks third-party cookies ("UserPreferences").
 *   GET  /security/cors/port         { port: SECOND }: the same server (this Koa app) also listening
 *                                    on a second port, opened on first use
 *   POST /security/cors/cookie/KEY   sets the cookie `ast-KEY=KEY` (SameSite=Lax; HttpOnly: see cors())
 *   GET  /security/cors/api/KEY      a valid status document; `?credentials=0` leaves out
 *                                    Access-Control-Allow-Credentials
 *   GET  /security/cors/log/KEY      the requests seen: [{ path, method, origin, cookie, hasCookie, mode, site }]
 *   Every /security/cors/ answer echoes Origin in Access-Control-Allow-Origin (with Vary: Origin).
 *
 *   GET  /security/plain/page.html?key=KEY&lang=L  a phone-ready page (viewport meta) with the IIFE and a
 *                                            widget on /loopback/api/KEY in language L (en, es, ar…);
 *                                            floor=1 first runs /security/plain/floor.js, which takes
 *                                            away what the support floor lacks (AbortSignal.any, and
 *                                            light-dark() as CSS.supports reports it)
 *
 *   A legacy agency page: windows-1252, and its server sends scripts without a charset.
 *   GET  /security/legacy/page.html?key=KEY  a Spanish page (text/html; charset=windows-1252) with a
 *                                            widget on /loopback/api/KEY
 *   GET  /security/legacy/iife.js            the built IIFE as `text/javascript`, no charset
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { readBody } from './loopback-api.js';

const IIFE = '/dist/applicant-status-tracker.iife.js';
const KEY = /^[\w-]{1,64}$/;

const reports = new Map();
const corsLogs = new Map();


/** Text for an HTML attribute value; the keys are checked against KEY anyway. */
const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function policy(query, run) {
  const tt = {
    require: ["require-trusted-types-for 'script'"],
    lit: ["require-trusted-types-for 'script'", 'trusted-types lit-html'],
    'lit-dup': ["require-trusted-types-for 'script'", "trusted-types lit-html 'allow-duplicates'"],
    off: [],
  }[query.tt ?? 'require'];
  if (!tt) throw new Error(`unknown tt=${query.tt}`);
  return ["default-src 'self'", ...tt, `report-uri /security/csp/report/${run}`].join('; ');
}

function page(query, run) {
  const key = KEY.test(query.key ?? '') ? query.key : '';
  const errorKey = KEY.test(query.errorKey ?? '') ? query.errorKey : '';
  const script = `<script src="${IIFE}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CSP page</title>
<script src="/security/csp/probe.js" data-run="${attr(run)}"></script>
${script}
${query.twice === '1' ? script : ''}
</head>
<body>
${key ? `<applicant-status-tracker id="status" endpoint="/loopback/api/${attr(key)}?id={id}" application-id="A-1" refresh-interval="0">
  <p>Fallback content</p>
</applicant-status-tracker>` : ''}
${errorKey ? `<applicant-status-tracker id="error" endpoint="/loopback/api/${attr(errorKey)}?id={id}" application-id="A-2" refresh-interval="0">
  <p slot="help">Call 1-800-555-0100.</p>
</applicant-status-tracker>` : ''}
${query.lookup === '1' ? '<applicant-status-tracker id="lookup" endpoint="/loopback/api/none?id={id}" verify="last-name" refresh-interval="0"></applicant-status-tracker>' : ''}
${query.control === '1' ? '<script>window.inlineScriptRan = true;</script>\n<script src="/security/csp/control.js"></script>' : ''}
</body>
</html>
`;
}

/**
 * Runs inside the CSP page; external, since the policy forbids inline script. Waits for every
 * widget on the page to settle (status-update or status-error; the lookup form once rendered),
 * lets late violations arrive, then posts what it saw.
 */
const PROBE = String.raw`(() => {
  const run = document.currentScript.dataset.run;
  const seen = { violations: [], errors: [], events: [] };
  document.addEventListener('securitypolicyviolation', (e) => {
    seen.violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber,
      disposition: e.disposition,
    });
  }, true);
  window.addEventListener('error', (e) => seen.errors.push(String(e.message || e.error)), true);
  for (const type of ['status-update', 'status-error']) {
    document.addEventListener(type, (e) => seen.events.push({ type, id: e.target.id, kind: e.detail && e.detail.kind }));
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const settled = (el) => el.id === 'lookup' || seen.events.some((e) => e.id === el.id);
  async function finish() {
    const deadline = performance.now() + 5000;
    const widgets = () => [...document.querySelectorAll('applicant-status-tracker')];
    while (performance.now() < deadline && !(customElements.get('applicant-status-tracker') && widgets().every(settled))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.all(widgets().map((el) => el.updateComplete));
    // Late violations (a lazily created template, a report) get a moment to show up.
    await frame(); await frame();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const Tracker = customElements.get('applicant-status-tracker');
    const result = {
      source: 'security-probe',
      run,
      defined: !!Tracker,
      // Names the script added to the page's global scope (it should add none).
      // (Lit keeps its own version lists and decorator metadata on globalThis: those are Lit's, not ours.)
      newGlobals: Object.keys(window).filter((name) => /tracker|^lit|^reactive/i.test(name)
        && !/^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata)$/.test(name)),
      inlineScriptRan: window.inlineScriptRan === true,
      widgets: widgets().map((el) => {
        const root = el.shadowRoot;
        return {
          id: el.id,
          upgraded: !!Tracker && el instanceof Tracker,
          heading: root ? (root.querySelector('[role=heading]') || { textContent: null }).textContent : null,
          text: root ? root.textContent.replace(/\s+/g, ' ').trim() : null,
          links: root ? [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
          elements: root ? [...root.querySelectorAll('*')].map((n) => n.localName) : [],
          styleElements: root ? root.querySelectorAll('style').length : -1,
          adoptedStyleSheets: root ? root.adoptedStyleSheets.length : -1,
          inlineStyleAttributes: root ? root.querySelectorAll('[style]').length : -1,
        };
      }),
      ...seen,
    };
    parent.postMessage(result, location.origin);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', finish);
  else finish();
})();
`;

/** Breaks the policy on purpose, for the control page: a string to innerHTML under Trusted Types. */
const CONTROL = `try { document.createElement('div').innerHTML = '<b>not trusted</b>'; } catch (error) { window.controlError = String(error); }`;

const allowOrigin = (ctx) => {
  const origin = ctx.get('Origin');
  if (origin) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Vary', 'Origin');
  }
};

const STATUS = {
  applicationId: 'X-1',
  steps: [
    { id: 'received', label: 'Received', state: 'complete', date: '2020-07-01' },
    { id: 'review', label: 'Review', state: 'current' },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
  ],
};

/** The whole app again on a second port; unref'd, so it never keeps the test runner alive. */
let second;
function secondPort(app) {
  second ??= new Promise((resolve, reject) => {
    const server = http.createServer(app.callback());
    server.unref();
    server.once('error', reject);
    server.listen(0, () => resolve(server.address().port));
  });
  return second;
}

async function cors(ctx, verb, key) {
  const log = corsLogs.get(key) ?? [];
  corsLogs.set(key, log);
  if (verb === 'log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = log;
    return;
  }
  const cookie = ctx.get('Cookie');
  log.push({
    path: ctx.path,
    method: ctx.method,
    origin: ctx.get('Origin') || null,
    cookie: cookie || null,
    hasCookie: cookie.split(/;\s*/).includes(`ast-${key}=${key}`),
    mode: ctx.get('Sec-Fetch-Mode') || null,
    site: ctx.get('Sec-Fetch-Site') || null,
  });
  allowOrigin(ctx);
  if (ctx.query.credentials !== '0') ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Methods', 'GET, POST');
    ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || 'Accept');
    ctx.status = 204;
    return;
  }
  if (verb === 'cookie') {
    // An agency API's session cookie: HttpOnly, SameSite=Lax (sent on same-site requests such as
    // www.agency.gov → api.agency.gov, never cross-site). On HTTPS it would also be Secure; this
    // fixture is plain http, where WebKit (like Safari, with no localhost exception) refuses a Secure
    // cookie while Chromium and Firefox accept one from localhost, so Secure is left out to test
    // the same thing in all three engines.
    ctx.set('Set-Cookie', `ast-${key}=${key}; Path=/security/cors/; SameSite=Lax; HttpOnly`);
    ctx.status = 204;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(STATUS);
}

export async function securityPages(ctx, next) {
  if (!ctx.path.startsWith('/security/')) return next();
  if (ctx.path === '/security/cors/port') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { port: await secondPort(ctx.app) };
    return;
  }
  const corsMatch = /^\/security\/cors\/(cookie|api|log)\/([\w-]{1,64})$/.exec(ctx.path);
  if (corsMatch) return cors(ctx, corsMatch[1], corsMatch[2]);

  if (ctx.path === '/security/csp/page.html') {
    const run = KEY.test(ctx.query.run ?? '') ? ctx.query.run : 'anonymous';
    if (ctx.query.csp !== '0') ctx.set('Content-Security-Policy', policy(ctx.query, run));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page(ctx.query, run);
    return;
  }
  if (ctx.path === '/security/csp/probe.js' || ctx.path === '/security/csp/control.js') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = ctx.path.endsWith('probe.js') ? PROBE : CONTROL;
    return;
  }
  const report = /^\/security\/csp\/(report|reports)\/([\w-]{1,64})$/.exec(ctx.path);
  if (report) {
    const [, verb, run] = report;
    const list = reports.get(run) ?? [];
    reports.set(run, list);
    if (verb === 'report') {
      const body = await readBody(ctx.req);
      try {
        list.push(JSON.parse(body)['csp-report'] ?? JSON.parse(body));
      } catch {
        list.push({ raw: body });
      }
      ctx.status = 204;
    } else {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = list;
    }
    return;
  }
  if (ctx.path === '/security/plain/page.html') {
    const key = KEY.test(ctx.query.key ?? '') ? ctx.query.key : '';
    const lang = /^[a-zA-Z-]{2,10}$/.test(ctx.query.lang ?? '') ? ctx.query.lang : 'en';
    const pack = lang === 'en' || lang === 'es' ? '' : `<script src="/dist/locales/${lang}.js" defer></script>`;
    const floor = ctx.query.floor === '1' ? '<script src="/security/plain/floor.js"></script>' : '';
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Status</title>${floor}<script src="${IIFE}" defer></script>${pack}
<h1>Check your application</h1>
<applicant-status-tracker lang="${lang}" endpoint="/loopback/api/${key}?id={id}" application-id="A-1" refresh-interval="0"></applicant-status-tracker>`;
    return;
  }
  if (ctx.path === '/security/plain/floor.js') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = `delete AbortSignal.any;
const supports = CSS.supports.bind(CSS);
CSS.supports = (...args) => !args.join(' ').includes('light-dark') && supports(...args);`;
    return;
  }
  if (ctx.path === '/security/legacy/page.html') {
    const key = KEY.test(ctx.query.key ?? '') ? ctx.query.key : '';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Type', 'text/html; charset=windows-1252');
    ctx.body = Buffer.from(`<!doctype html><html lang="es"><title>Solicitud</title>
<script src="/security/legacy/iife.js" defer></script>
<applicant-status-tracker endpoint="/loopback/api/${key}?id={id}" application-id="A-1" refresh-interval="0"></applicant-status-tracker>`, 'latin1');
    return;
  }
  if (ctx.path === '/security/legacy/iife.js') {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Type', 'text/javascript');
    ctx.body = await readFile(new URL('../..' + IIFE, import.meta.url));
    return;
  }
  return next();
}
