/**
 * The benchmark's HTTP server: node:http on 127.0.0.1, a random port.
 *
 *   /pages/NAME        bench/pages/NAME
 *   /widget.js         dist/applicant-status-tracker.iife.js, preceded by performance.mark('script-start')
 *   /api/doc/KEY       the document set with setDoc(KEY, …), answered 304 to a matching
 *                      If-None-Match when it was set with { etag: true }; every request is logged.
 * Scripts and pages are sent with Cache-Control: no-store (every run downloads and compiles them);
 * documents with no-cache. CORS is open, so a second server on another port is a cross-origin API.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export async function startServer() {
  const iife = await readFile(`${root}dist/applicant-status-tracker.iife.js`, 'utf8');
  const widget = `performance.mark('script-start');\n${iife}`;
  const docs = new Map();
  const logs = new Map();

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
      docs.set(key, { body, etag: etag ? `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"` : undefined });
    },
    log: (key) => logs.get(key) ?? [],
    clearLog: (key) => logs.set(key, []),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
