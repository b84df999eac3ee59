/**
 * A scripted status endpoint on the test runner's own loopback server, for what msw cannot show:
 * real HTTP caching, ETag round trips, Retry-After, slow and hanging responses.
 *
 *   PUT  /loopback/script/KEY   body: [Reply, …]  replies served in order, the last one repeated
 *   GET  /loopback/api/KEY      the status endpoint (any method)
 *   GET  /loopback/log/KEY      the requests seen so far:
 *                               [{ method, url, headers, body, status, at, aborted?, closedAt? }]
 *                               `aborted` is true when the client closed the connection before the
 *                               reply was sent (an aborted fetch), `closedAt` says when.
 *
 * Reply: { status?: 200, body?: any, raw?: string, type?: 'application/json', headers?: {},
 *          etag?: string, lastModified?: string, delay?: ms, hang?: true }
 * With `etag` (or `lastModified`) a matching If-None-Match (If-Modified-Since) is answered 304.
 */
const scripts = new Map();
const logs = new Map();

/** The request body as text (shared with the other test-server middleware). */
export const readBody = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

export async function loopbackApi(ctx, next) {
  const match = /^\/loopback\/(script|api|log)\/([\w-]+)/.exec(ctx.path);
  if (!match) return next();
  const [, verb, key] = match;
  if (verb === 'script') {
    scripts.set(key, { replies: JSON.parse(await readBody(ctx.req)), served: 0 });
    logs.set(key, []);
    ctx.status = 204;
    return;
  }
  if (verb === 'log') {
    ctx.body = logs.get(key) ?? [];
    return;
  }
  const script = scripts.get(key);
  const log = logs.get(key) ?? [];
  logs.set(key, log);
  const entry = { method: ctx.method, url: ctx.url, headers: ctx.headers, body: await readBody(ctx.req), at: Date.now() };
  log.push(entry);
  // A request's own 'close' fires once its body is read, so watch the response to see the client go.
  const closed = new Promise((resolve) => ctx.res.once('close', resolve)).then(() => {
    if (!ctx.res.writableFinished) {
      entry.aborted = true;
      entry.closedAt = Date.now();
    }
  });
  if (!script) {
    ctx.status = 404;
    entry.status = 404;
    return;
  }
  const reply = script.replies[Math.min(script.served++, script.replies.length - 1)];
  if (reply.hang) {
    // Never answers; the client's timeout (or the test's end) closes the connection.
    await closed;
    entry.status = 'hung';
    // Nothing is sent any more; 499 ("client closed request") keeps the runner from listing it as a 404.
    ctx.status = 499;
    return;
  }
  if (reply.delay) await new Promise((resolve) => setTimeout(resolve, reply.delay));
  ctx.set('Cache-Control', 'no-cache');
  for (const [name, value] of Object.entries(reply.headers ?? {})) ctx.set(name, value);
  if (reply.etag) ctx.set('ETag', reply.etag);
  if (reply.lastModified) ctx.set('Last-Modified', reply.lastModified);
  const notModified =
    (reply.etag && ctx.get('If-None-Match') === reply.etag) ||
    (!reply.etag && reply.lastModified && ctx.get('If-Modified-Since') === reply.lastModified);
  ctx.status = notModified ? 304 : reply.status ?? 200;
  entry.status = ctx.status;
  if (notModified) return;
  ctx.type = reply.type ?? 'application/json';
  ctx.body = reply.raw ?? JSON.stringify(reply.body ?? null);
}
