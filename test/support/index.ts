/**
 * The one support module of the tests: status documents, putting a tracker on the page, reading
 * what it shows and says, the scripted loopback endpoint (test/server/loopback-api.js), and the
 * page-level switches (visibility, connectivity). msw lives in ./msw.ts; the SPEC example in
 * ./spec-example.js (plain JavaScript, shared with the benchmark).
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../../src/index.js';

// ---- status documents: ./documents.ts, pure, so the core's unit tests load no element ---------

export * from './documents.js';
export * from './page.js';
import { waitFor, withDeadline } from './page.js';

// ---- putting a tracker on the page ------------------------------------------------------------

export interface Mounted {
  el: ApplicantStatusTracker;
  /** The element's parent. */
  container: HTMLElement | ShadowRoot;
  /** Every `status-update` detail, in order. */
  updates: StatusUpdateDetail[];
  /** Every `status-error` detail, in order. */
  errors: StatusErrorDetail[];
  /** Resolves once `count` status-updates have fired and the render after the last one is done. */
  loaded: (count?: number) => Promise<void>;
  /** Resolves once `count` status-errors have fired and the render after the last one is done. */
  failed: (count?: number) => Promise<void>;
}

export interface MountOptions {
  /** Where to put the element; defaults to a fresh fixture container. */
  parent?: HTMLElement | ShadowRoot;
  /** Light DOM content (e.g. a fallback, or a slotted help text). */
  light?: string;
  /** Runs before the element is connected (e.g. to set `transform`). */
  setup?: (el: ApplicantStatusTracker) => void;
}

/**
 * Creates a tracker with `attributes` (`refresh-interval` is "0" unless given; `undefined` leaves an
 * attribute out), records its events
 * from before it connects (so the first one cannot be missed), connects it and waits for its first render.
 */
export async function mount(attributes: Record<string, string | undefined>, options: MountOptions = {}): Promise<Mounted> {
  const parent = options.parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement('applicant-status-tracker');
  for (const [name, value] of Object.entries({ 'refresh-interval': '0', ...attributes })) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  if (options.light) el.innerHTML = options.light;
  options.setup?.(el);
  const updates = recordEvents<StatusUpdateDetail>(el, 'status-update');
  const errors = recordEvents<StatusErrorDetail>(el, 'status-error');
  parent.append(el);
  await el.updateComplete;
  return {
    el, container: parent, updates: updates.details, errors: errors.details,
    loaded: (count = 1) => updates.reach(count).then(() => el.updateComplete).then(() => undefined),
    failed: (count = 1) => errors.reach(count).then(() => el.updateComplete).then(() => undefined),
  };
}

/** Serves `status` from the loopback endpoint and shows it in a wrapper styled `wrapperStyle` (e.g. a width). */
export async function showIn(status: { applicationId: string }, attributes: Record<string, string> = {}, wrapperStyle = ''): Promise<ApplicantStatusTracker> {
  const { endpoint } = await serve([{ body: status }]);
  const wrapper = await fixture<HTMLElement>(html`<div style=${wrapperStyle}></div>`);
  const { el, loaded } = await mount({ endpoint, 'application-id': status.applicationId, ...attributes }, { parent: wrapper });
  await loaded();
  return el;
}

let httpCache: Promise<boolean> | undefined;

/** Whether this browser keeps an HTTP cache: is a `max-age=600` answer fetched only once? */
export function hasHttpCache(): Promise<boolean> {
  httpCache ??= (async () => {
    const served = await serve([{ body: {}, headers: { 'Cache-Control': 'max-age=600' } }], 'cache-probe');
    const url = served.endpoint.replace('{id}', 'probe');
    for (let i = 0; i < 2; i++) await (await fetch(url)).text();
    return (await served.requests()).length === 1;
  })();
  return httpCache;
}

/**
 * `it`, for a test that needs the browser's HTTP cache (revalidation and 304s, a reused preload):
 * skipped, and counted as skipped, where the browser keeps none. WebKitGTK's MiniBrowser under
 * WebDriver runs an ephemeral session without one (it fetches a `max-age=600` answer again), so
 * these run in Chromium and Firefox.
 */
export function itWithHttpCache(title: string, test: () => Promise<void>): void {
  it(title, async function () {
    if (!(await hasHttpCache())) this.skip();
    await test();
  });
}

/** Records an event's details; `reach(n)` resolves when n have fired: event-driven, no polling. */
function recordEvents<T>(el: HTMLElement, type: 'status-update' | 'status-error') {
  const details: T[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  el.addEventListener(type, (event) => {
    details.push((event as CustomEvent<T>).detail);
    for (const wait of waiting.filter((w) => details.length >= w.count)) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  });
  return {
    details,
    reach: (count: number) => (details.length >= count ? Promise.resolve() : withDeadline(
      new Promise<void>((resolve) => waiting.push({ count, resolve })),
      () => `${type} #${count} (${details.length} fired: ${JSON.stringify(details).slice(0, 300)})`)),
  };
}

// ---- reading what the applicant sees and hears ------------------------------------------------

/** Whitespace-normalised text, as read aloud or seen. */
export const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

export const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The widget's main heading: the status's "Step 3 of 5: Documents", an error's, or the lookup form's. */
export const heading = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role="heading"]');
export const headingText = (el: HTMLElement) => clean(heading(el)?.textContent);

/** The polite live region: what screen readers are told. */
export const liveRegion = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role=status]')!;
export const spokenStatus = (el: HTMLElement) => clean(liveRegion(el).textContent);

/** The shadow root's whole text, live region included. */
export const shadowText = (el: HTMLElement) => clean(el.shadowRoot!.textContent);

/** What is on screen: the shadow root's text without the visually hidden live region. */
export function screenText(el: HTMLElement): string {
  const copy = document.createElement('div');
  for (const child of el.shadowRoot!.childNodes) copy.append(child.cloneNode(true));
  copy.querySelectorAll('[role="status"]').forEach((live) => live.remove());
  return clean(copy.textContent);
}

/** Text a screen reader would meet in `node`: `aria-hidden` subtrees left out. */
export function spokenText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return clean(copy.textContent);
}

export const buttons = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('button')];
export const button = (el: HTMLElement, label: string) => buttons(el).find((b) => clean(b.textContent) === label);
export const stepItems = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.step')];
export const stepStates = (el: HTMLElement) => stepItems(el).map((li) => li.dataset.state);

// ---- the scripted loopback endpoint (test/server/loopback-api.js) -----------------------------

/** One scripted reply; see test/server/loopback-api.js. */
export interface Reply {
  status?: number;
  body?: unknown;
  raw?: string;
  /** Content-Type of the reply (default application/json), e.g. text/css for a stylesheet. */
  type?: string;
  headers?: Record<string, string>;
  etag?: string;
  lastModified?: string;
  delay?: number;
  hang?: true;
}

/** One request as the loopback server saw it. `at` and `closedAt` are the server's Date.now(). */
export interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  status?: number | 'hung';
  at: number;
  aborted?: true;
  closedAt?: number;
}

/**
 * A key no other test uses, even one that stubs Math.random: a shared URL would share the scripted
 * replies and the browser's HTTP cache between tests.
 */
export const uniqueKey = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export interface Served {
  key: string;
  /** The endpoint template (with `?id={id}`). */
  endpoint: string;
  /** Every request the server saw, in order. */
  requests: () => Promise<LoggedRequest[]>;
  /** Resolves with the log once the server has seen `count` requests. */
  waitForRequests: (count: number) => Promise<LoggedRequest[]>;
  /** Replaces what the endpoint answers from now on. */
  script: (replies: Reply[]) => Promise<void>;
}

/** Scripts the endpoint `key` to answer `replies` in order, the last one repeated. */
export async function script(key: string, replies: Reply[]): Promise<void> {
  const response = await fetch(`/loopback/script/${key}`, { method: 'PUT', body: JSON.stringify(replies) });
  if (response.status !== 204) throw new Error(`scripting ${key} failed: HTTP ${response.status}`);
}

/** Every request the endpoint `key` has seen, in order. */
export async function requests(key: string): Promise<LoggedRequest[]> {
  return (await fetch(`/loopback/log/${key}`, { cache: 'no-store' })).json();
}

/** Resolves with the log once the endpoint `key` has seen `count` requests. */
export function waitForRequests(key: string, count: number, ms?: number): Promise<LoggedRequest[]> {
  return waitFor(async () => {
    const log = await requests(key);
    return log.length >= count ? log : undefined;
  }, `${count} requests to ${key}`, ms);
}

/** A real HTTP endpoint on the test runner's server that answers `replies` in order, the last one repeated. */
export async function serve(replies: Reply[], prefix = 'api'): Promise<Served> {
  const key = uniqueKey(prefix);
  await script(key, replies);
  return {
    key,
    endpoint: `/loopback/api/${key}?id={id}`,
    requests: () => requests(key),
    script: (next) => script(key, next),
    waitForRequests: (count) => waitForRequests(key, count),
  };
}

/** Records every DOM mutation in the element's shadow root, except inside `[part=checked]` (the last-checked time). */
export function watchMutations(el: HTMLElement): { records: () => MutationRecord[]; stop: () => void } {
  const seen: MutationRecord[] = [];
  const inChecked = (node: Node) => !!(node instanceof Element ? node : node.parentElement)?.closest('[part~="checked"]');
  const observer = new MutationObserver((records) => seen.push(...records.filter((r) => !inChecked(r.target))));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    records: () => [...seen, ...observer.takeRecords().filter((r) => !inChecked(r.target))],
    stop: () => observer.disconnect(),
  };
}

export const describeMutation = (r: MutationRecord) =>
  `${r.type} on ${r.target.nodeName}${r.attributeName ? `[${r.attributeName}]` : ''}` +
  ` in ${(r.target instanceof Element ? r.target : r.target.parentElement)?.outerHTML.slice(0, 120)}`;

/** A promise the test opens when it chooses: holds an answer back until the moment under test. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
