/**
 * Issue 15: the status is asked for as early as possible and the browser's HTTP cache does the
 * caching. Against the real loopback endpoint (test/server/loopback-api.js): msw answers inside a
 * service worker, where neither preloads nor the HTTP cache are exercised.
 *
 * - The request starts when the element connects, before its first render, and keeps the abort
 *   and stale-result guarantees.
 * - A `<link rel="preload" as="fetch" crossorigin>` of the status URL is reused: one request.
 * - `Cache-Control: private, no-cache` with an ETag: the next page load revalidates (304);
 *   `no-store`: never kept, never revalidated.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ApplicantStatusTracker } from '../src/index.js';
import { snippetFor } from '../demo/snippet.js';
import type { StatusErrorDetail, StatusUpdateDetail } from '../src/index.js';
import { headingText, itWithHttpCache, requests, restorePage, script, statusAt, uniqueKey, waitFor, waitForRequests } from './support/index.js';

interface Mounted {
  el: ApplicantStatusTracker;
  container: HTMLElement;
  updates: StatusUpdateDetail[];
  errors: StatusErrorDetail[];
}

/**
 * Puts a tracker for the loopback endpoint `key` into `container` and returns at once, without
 * waiting for a render: these tests look at what happens before the first one.
 */
function mountInto(container: HTMLElement, key: string, attributes: Record<string, string> = {}): Mounted {
  const el = document.createElement('applicant-status-tracker');
  el.setAttribute('endpoint', endpointFor(key));
  el.setAttribute('application-id', 'A-1');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const tracked: Mounted = { el, container, updates: [], errors: [] };
  el.addEventListener('status-update', (event) => tracked.updates.push(event.detail));
  el.addEventListener('status-error', (event) => tracked.errors.push(event.detail));
  container.append(el);
  return tracked;
}

const mount = async (key: string, attributes: Record<string, string> = {}) =>
  mountInto(await fixture<HTMLElement>(html`<div></div>`), key, attributes);

const endpointFor = (key: string) => `/loopback/api/${key}?id={id}`;
const urlFor = (key: string) => new URL(`/loopback/api/${key}?id=A-1`, document.baseURI).href;

/** Every fetch the page makes while the test runs: its URL and signal. */
let restoreFetch: (() => void) | undefined;
function spyOnFetch(): { url: string; signal?: AbortSignal | null }[] {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), signal: init?.signal });
    return original.call(window, input, init);
  };
  restoreFetch = () => (window.fetch = original);
  return calls;
}

async function updated({ el, updates }: Mounted, n = 1): Promise<void> {
  await waitFor(() => updates.length >= n, `status-update #${n}`);
  await el.updateComplete;
}

const frames: HTMLIFrameElement[] = [];

/**
 * Loads a page like an agency's (the element in the markup, the script deferred, an optional
 * preload in the head) in a same-origin iframe, and resolves with its tracker once it shows a
 * status. Each call is a new page load in the same browser, so the same HTTP cache.
 */
async function loadPage(body: string, head = '', script = '<script type="module" src="/src/index.ts"></script>'): Promise<ApplicantStatusTracker> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="agency page"></iframe>`);
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head>${head}${script}</head><body>${body}</body></html>`;
  return waitFor(() => {
    const el = frame.contentDocument?.querySelector('applicant-status-tracker');
    return el?.status ? el : undefined;
  }, 'the framed page to show a status', 8000);
}

const trackerMarkup = (key: string, attributes = '') =>
  `<applicant-status-tracker endpoint="${endpointFor(key)}" application-id="A-1" refresh-interval="0" ${attributes}>
    <p>Call 1-800-555-0100.</p></applicant-status-tracker>`;

afterEach(() => {
  restoreFetch?.();
  restoreFetch = undefined;
  restorePage();
  for (const frame of frames.splice(0)) frame.remove();
});

describe('the status request starts when the element connects', () => {
  it('before the first render: the request is on its way as the element enters the page', async () => {
    const key = uniqueKey('early');
    await script(key, [{ body: statusAt(2) }]);
    const calls = spyOnFetch();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const tracker = mountInto(container, key);
    expect(calls.map((call) => call.url), 'fetched in connectedCallback').to.deep.equal([urlFor(key)]);
    expect(tracker.el.hasUpdated, 'not rendered yet').to.equal(false);
    await updated(tracker);
    expect(headingText(tracker.el)).to.equal('Step 2 of 5: Review');
    // The first update saw the same request and did not ask again.
    expect(calls).to.have.length(1);
    expect(await requests(key)).to.have.length(1);
  });

  it('removed before its first render: the request is aborted, and redone when the element returns', async () => {
    const key = uniqueKey('early-removed');
    await script(key, [{ body: statusAt(2) }]);
    const calls = spyOnFetch();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const tracker = mountInto(container, key);
    tracker.el.remove();
    expect(calls).to.have.length(1);
    expect(calls[0].signal!.aborted, 'the first request aborted').to.equal(true);
    container.append(tracker.el);
    await updated(tracker);
    expect(calls).to.have.length(2);
    expect(calls[1].signal!.aborted).to.equal(false);
    expect(tracker.updates).to.have.length(1);
    expect(headingText(tracker.el)).to.equal('Step 2 of 5: Review');
  });

  it('settings changed before the first render: the early request is superseded, its answer never shown', async () => {
    const first = uniqueKey('early-old');
    const second = uniqueKey('early-new');
    await script(first, [{ body: statusAt(4), delay: 200 }]);
    await script(second, [{ body: statusAt(2) }]);
    const calls = spyOnFetch();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const tracker = mountInto(container, first);
    tracker.el.setAttribute('endpoint', endpointFor(second));
    await updated(tracker);
    expect(calls.map((call) => call.url)).to.deep.equal([urlFor(first), urlFor(second)]);
    expect(calls[0].signal!.aborted, 'the superseded request aborted').to.equal(true);
    expect(headingText(tracker.el)).to.equal('Step 2 of 5: Review');
    expect(tracker.updates.map((update) => update.status.steps[1].state)).to.deep.equal(['current']);
  });

  it('a page that sets transform in the same task as it adds the element still gets one status, transformed', async () => {
    const key = uniqueKey('early-transform');
    await script(key, [{ body: { wrapped: statusAt(2) } }]);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const tracker = mountInto(container, key);
    tracker.el.transform = (body) => (body as { wrapped: ReturnType<typeof statusAt> }).wrapped;
    await updated(tracker);
    expect(headingText(tracker.el)).to.equal('Step 2 of 5: Review');
    expect(tracker.errors).to.have.length(0);
    expect(tracker.updates).to.have.length(1);
  });
});

describe('a preloaded status is reused', () => {
  itWithHttpCache('the README snippet (preload with crossorigin, default credentials): one request for the page', async () => {
    const key = uniqueKey('preload');
    await script(key, [{ body: statusAt(2), etag: '"v1"' }]);
    const el = await loadPage(trackerMarkup(key), `<link rel="preload" as="fetch" crossorigin href="${endpointFor(key).replace('{id}', 'A-1')}">`);
    expect(headingText(el)).to.equal('Step 2 of 5: Review');
    expect((await requests(key)).map((entry) => entry.status)).to.deep.equal([200]);
  });

  itWithHttpCache("the configurator's snippet as pasted (preload, the built IIFE deferred, the element): one request", async () => {
    const key = uniqueKey('preload-snippet');
    await script(key, [{ body: statusAt(2) }]);
    const snippet = snippetFor({ scriptSrc: '/dist/applicant-status-tracker.iife.js', endpoint: endpointFor(key), applicationId: 'A-1', refreshInterval: 0 });
    const element = snippet.indexOf('<applicant-status-tracker');
    expect(snippet.slice(0, element)).to.contain('<link rel="preload"');
    const el = await loadPage(snippet.slice(element), snippet.slice(0, element), '');
    expect(headingText(el)).to.equal('Step 2 of 5: Review');
    expect(await requests(key)).to.have.length(1);
  });

  itWithHttpCache('credentials="include" with crossorigin="use-credentials": one request', async () => {
    const key = uniqueKey('preload-include');
    await script(key, [{ body: statusAt(2) }]);
    await loadPage(trackerMarkup(key, 'credentials="include"'),
      `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${endpointFor(key).replace('{id}', 'A-1')}">`);
    expect(await requests(key)).to.have.length(1);
  });

  it('a preload whose credentials mode does not match is not reused: the browser asks twice', async () => {
    const key = uniqueKey('preload-mismatch');
    await script(key, [{ body: statusAt(2) }]);
    await loadPage(trackerMarkup(key), `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${endpointFor(key).replace('{id}', 'A-1')}">`);
    await waitForRequests(key, 2);
  });
});

describe("the browser's HTTP cache, as the endpoint's headers allow", () => {
  itWithHttpCache('Cache-Control: private, no-cache with an ETag: the next page load revalidates and gets a 304', async () => {
    const key = uniqueKey('cache-etag');
    await script(key, [{ body: statusAt(2), etag: '"v1"', headers: { 'Cache-Control': 'private, no-cache' } }]);
    await loadPage(trackerMarkup(key));
    const again = await loadPage(trackerMarkup(key));
    expect(headingText(again)).to.equal('Step 2 of 5: Review');
    const log = await requests(key);
    expect(log.map((entry) => entry.status)).to.deep.equal([200, 304]);
    expect(log[0].headers['if-none-match']).to.equal(undefined);
    expect(log[1].headers['if-none-match'], 'sent by the HTTP cache').to.equal('"v1"');
  });

  itWithHttpCache('Last-Modified without an ETag: the next page load revalidates with If-Modified-Since', async () => {
    const key = uniqueKey('cache-last-modified');
    const lastModified = 'Sat, 01 Aug 2020 15:04:05 GMT';
    await script(key, [{ body: statusAt(2), lastModified, headers: { 'Cache-Control': 'private, no-cache' } }]);
    await loadPage(trackerMarkup(key));
    await loadPage(trackerMarkup(key));
    const log = await requests(key);
    expect(log.map((entry) => entry.status)).to.deep.equal([200, 304]);
    expect(log[1].headers['if-modified-since']).to.equal(lastModified);
  });

  it('Cache-Control: no-store: nothing is kept, every check and page load downloads the status again', async () => {
    const key = uniqueKey('cache-no-store');
    await script(key, [{ body: statusAt(2), etag: '"v1"', headers: { 'Cache-Control': 'no-store' } }]);
    const el = await loadPage(trackerMarkup(key));
    await el.refresh();
    await loadPage(trackerMarkup(key));
    const log = await requests(key);
    expect(log.map((entry) => entry.status)).to.deep.equal([200, 200, 200]);
    expect(log.map((entry) => entry.headers['if-none-match'])).to.deep.equal([undefined, undefined, undefined]);
  });

  itWithHttpCache('a refresh that the cache answers with a 304 changes nothing on screen and fires no status-update', async () => {
    const key = uniqueKey('cache-refresh');
    await script(key, [{ body: statusAt(2), etag: '"v1"', headers: { 'Cache-Control': 'private, no-cache' } }]);
    const tracker = await mount(key, { 'refresh-interval': '0' });
    await updated(tracker);
    await tracker.el.refresh();
    await tracker.el.updateComplete;
    expect((await requests(key)).map((entry) => entry.status)).to.deep.equal([200, 304]);
    expect(tracker.updates).to.have.length(1);
  });
});
