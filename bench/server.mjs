/**
 * The benchmark's HTTP server: node:http on 127.0.0.1, a random port.
 *
 *   /pages/NAME        bench/pages/NAME
 *   /widget.js         dist/applicant-status-tracker.iife.js, preceded by performance.mark('script-start')
 *   /api/doc/KEY       the document set with setDoc(KEY, …), answered 304 to a matching
 *                      If-None-Match when it was set with { etag: true }; every request is logged.
 *   /slow/VARIANT.html an agency-like page for the slow-network profile (slowPage below):
 *                      `baseline`, `widget` or `preload`
 *   /slow/applicant-status-tracker.iife.js   the IIFE as a CDN serves it: gzip, an ETag,
 *                      Cache-Control: public, max-age=86400
 *   /slow/api/KEY      the document set with setDoc(KEY, …), gzip, Cache-Control: private, no-cache
 *                      and an ETag: 304 on a matching If-None-Match; logged like /api/doc/KEY
 * Scripts and pages are sent with Cache-Control: no-store (every run downloads and compiles them);
 * documents with no-cache. The /slow/ pages are sent as an agency's CMS would: no-cache with an
 * ETag. CORS is open, so a second server on another port is a cross-origin API.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export async function startServer() {
  const iife = await readFile(`${root}dist/applicant-status-tracker.iife.js`, 'utf8');
  const widget = `performance.mark('script-start');\n${iife}`;
  const docs = new Map();
  const logs = new Map();
  const etagOf = (body) => `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
  /** A 200 (gzip when accepted) or a 304 for a matching If-None-Match; returns the status sent. */
  const sendCached = (req, res, body, headers) => {
    const etag = etagOf(body);
    const all = { ...headers, ETag: etag, Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, all);
      res.end();
      return 304;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const sent = gzip ? gzipSync(body, { level: 9 }) : Buffer.from(body);
    res.writeHead(200, { ...all, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': sent.length });
    res.end(sent);
    return 200;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const cors = { 'Access-Control-Allow-Origin': '*' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET, POST' });
      return res.end();
    }
    if (url.pathname === '/widget.js') {
      res.writeHead(200, { 'Content-Type': TYPES.js, 'Cache-Control': 'no-store' });
      return res.end(widget);
    }
    if (url.pathname === '/slow/applicant-status-tracker.iife.js') {
      if (!logs.has('slow-script')) logs.set('slow-script', []);
      const status = sendCached(req, res, iife, { 'Content-Type': TYPES.js, 'Cache-Control': 'public, max-age=86400' });
      logs.get('slow-script').push({ at: performance.now(), status });
      return;
    }
    const slow = /^\/slow\/(baseline|widget|preload)\.html$/.exec(url.pathname);
    if (slow) {
      sendCached(req, res, slowPage(slow[1]), { 'Content-Type': TYPES.html, 'Cache-Control': 'no-cache' });
      return;
    }
    const slowApi = /^\/slow\/api\/([\w-]+)$/.exec(url.pathname);
    if (slowApi) {
      const key = slowApi[1];
      const entry = { at: performance.now(), method: req.method, ifNoneMatch: req.headers['if-none-match'] ?? null };
      if (!logs.has(key)) logs.set(key, []);
      logs.get(key).push(entry);
      const doc = docs.get(key);
      if (!doc) {
        entry.status = 404;
        res.writeHead(404);
        return res.end();
      }
      entry.status = sendCached(req, res, doc.body, { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-cache' });
      return;
    }
    const page = /^\/pages\/([\w.-]+)$/.exec(url.pathname);
    if (page) {
      try {
        const body = await readFile(`${root}bench/pages/${page[1]}`);
        res.writeHead(200, { 'Content-Type': TYPES[page[1].split('.').pop()] ?? 'text/plain', 'Cache-Control': 'no-store' });
        return res.end(body);
      } catch {
        res.writeHead(404);
        return res.end();
      }
    }
    const api = /^\/api\/doc\/([\w-]+)$/.exec(url.pathname);
    if (api) {
      const key = api[1];
      const entry = { at: performance.now(), method: req.method, ifNoneMatch: req.headers['if-none-match'] ?? null };
      if (!logs.has(key)) logs.set(key, []);
      logs.get(key).push(entry);
      const doc = docs.get(key);
      if (!doc) {
        entry.status = 404;
        res.writeHead(404, cors);
        return res.end();
      }
      const headers = { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' };
      if (doc.etag) headers.ETag = doc.etag;
      entry.status = doc.etag && req.headers['if-none-match'] === doc.etag ? 304 : 200;
      res.writeHead(entry.status, headers);
      res.end(entry.status === 304 ? undefined : doc.body);
      res.once('finish', () => (entry.sentAt = performance.now()));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  // Many short requests in a row: keep connections alive and do not let the server cap them.
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    setDoc(key, value, { etag = false } = {}) {
      const body = JSON.stringify(value);
      docs.set(key, { body, etag: etag ? etagOf(body) : undefined });
    },
    log: (key) => logs.get(key) ?? [],
    clearLog: (key) => logs.set(key, []),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/**
 * A page like an agency's for the slow-network profile: a header, navigation, a paragraph of text,
 * then the status. The three variants differ only in how the status gets on screen:
 *   baseline  plain DOM: bench/pages/baseline.js, inline, fetches /slow/api/slow and writes the steps (the floor)
 *   widget    the README's snippet: the IIFE with `defer` in the head, the element in the body
 *   preload   the same, with the README's <link rel="preload" as="fetch" crossorigin> for the status
 * Each page marks the moment its steps are painted: `window.__done` resolves with
 * { painted, steps }, painted in ms from navigation start.
 */
/** The plain-DOM baseline of both profiles (bench/pages/baseline.js), inlined in the slow one. */
const baselineScript = await readFile(`${root}bench/pages/baseline.js`, 'utf8');

export function slowPage(variant) {
  const endpoint = '/slow/api/slow';
  const head = {
    baseline: '',
    widget: '<script src="/slow/applicant-status-tracker.iife.js" defer></script>',
    preload: `<link rel="preload" as="fetch" crossorigin href="${endpoint}">\n<script src="/slow/applicant-status-tracker.iife.js" defer></script>`,
  }[variant];
  const fallback = '<p>Check your status on <a href="/status">our status page</a> or call 1-800-555-0100.</p>';
  const status = variant === 'baseline'
    ? `<div id="status" data-endpoint="${endpoint}">${fallback}</div>\n<script>${baselineScript}</script>`
    : `<applicant-status-tracker endpoint="/slow/api/{id}" application-id="slow">\n${fallback}\n</applicant-status-tracker>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Check your application status | Wyoming Business Council</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; }
  header { background: #162e51; color: #fff; padding: 1rem; }
  nav a { color: #fff; margin-inline-end: 1rem; }
  main { max-width: 50rem; margin: 0 auto; padding: 1rem; }
  footer { border-top: 1px solid #ccc; padding: 1rem; font-size: 0.9rem; }
</style>
<script>
  // Identical in every variant: a task posted from a requestAnimationFrame callback runs once
  // that frame has been painted, the moment the steps are on screen.
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  window.__done = new Promise((resolve) => {
    const done = async (list) => resolve({ painted: await afterPaint(), steps: list().length });
    document.addEventListener('status-update', (event) => done(() => event.target.shadowRoot.querySelectorAll('.steps > li')), { once: true });
    document.addEventListener('baseline-rendered', () => done(() => document.querySelectorAll('#status ol > li')), { once: true });
  });
</script>
${head}
</head>
<body>
<header><strong>Wyoming Business Council</strong>
<nav><a href="/">Home</a><a href="/grants">Grants</a><a href="/contact">Contact</a></nav></header>
<main>
<h1>Business Relief Grant: your application</h1>
<p>Here is where your application stands. Statuses are updated every weekday evening. If we need
anything from you, it shows below with what to send and by when.</p>
${status}
</main>
<footer>Questions? Call 1-800-555-0100, Monday to Friday, 8 a.m. to 5 p.m.</footer>
</body>
</html>
`;
}
