/**
 * Helpers for tests against the scripted loopback endpoint (test/server/loopback-api.js), plus the
 * page-level switches those tests flip: visibility, connectivity, the clock and timers.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ApplicantStatusTracker, StatusDocument, StatusErrorDetail, StatusUpdateDetail } from '../../src/index.js';

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

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const uniqueKey = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

export async function script(key: string, replies: Reply[]): Promise<void> {
  const response = await fetch(`/loopback/script/${key}`, { method: 'PUT', body: JSON.stringify(replies) });
  if (response.status !== 204) throw new Error(`scripting ${key} failed: HTTP ${response.status}`);
}

export async function requests(key: string): Promise<LoggedRequest[]> {
  return (await fetch(`/loopback/log/${key}`, { cache: 'no-store' })).json();
}

/** Polls until `probe` returns something truthy, or fails with `what` after `timeout` ms. */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeout = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** Waits until the endpoint has seen at least `count` requests and returns them all. */
export function waitForRequests(key: string, count: number, timeout = 3000): Promise<LoggedRequest[]> {
  return waitFor(async () => {
    const log = await requests(key);
    return log.length >= count ? log : undefined;
  }, `${count} requests to ${key}`, timeout);
}

/** Milliseconds between consecutive requests, by the server's clock. */
export const gaps = (log: LoggedRequest[]) => log.slice(1).map((entry, i) => entry.at - log[i].at);

// ---- status documents -------------------------------------------------------------------------

/** A five-step document whose step `current` (1-based) is in progress. */
export function statusAt(current: number, extra: Partial<StatusDocument> = {}): StatusDocument {
  const labels = ['Received', 'Review', 'Documents', 'Decision', 'Payment'];
  return {
    applicationId: 'A-1',
    title: 'Business Relief Grant',
    updatedAt: '2020-08-01T15:04:05Z',
    steps: labels.map((label, i) => ({
      id: label.toLowerCase(),
      label,
      state: i + 1 < current ? 'complete' : i + 1 === current ? 'current' : 'upcoming',
      ...(i + 1 < current ? { date: `2020-07-0${i + 1}` } : {}),
    })),
    ...extra,
  } as StatusDocument;
}

// ---- the element ------------------------------------------------------------------------------

export interface Mounted {
  el: ApplicantStatusTracker;
  container: HTMLElement;
  updates: CustomEvent<StatusUpdateDetail>[];
  errors: CustomEvent<StatusErrorDetail>[];
}

/**
 * Puts a tracker on the page for the endpoint `key`, with its event recorders attached before it
 * connects (so the first status-update cannot be missed).
 */
export async function mount(key: string, attributes: Record<string, string> = {}): Promise<Mounted> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  return mountInto(container, key, attributes);
}

export function mountInto(container: HTMLElement, key: string, attributes: Record<string, string> = {}): Mounted {
  const el = document.createElement('applicant-status-tracker');
  el.setAttribute('endpoint', `/loopback/api/${key}?id={id}`);
  el.setAttribute('application-id', 'A-1');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const updates: CustomEvent<StatusUpdateDetail>[] = [];
  const errors: CustomEvent<StatusErrorDetail>[] = [];
  el.addEventListener('status-update', (event) => updates.push(event));
  el.addEventListener('status-error', (event) => errors.push(event));
  container.append(el);
  return { el, container, updates, errors };
}

export const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const headingText = (el: HTMLElement) => part(el, 'heading')?.textContent?.trim();
export const liveRegion = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role=status]')!;

/**
 * Records every DOM mutation in the element's shadow root, except inside `[part=checked]` (the
 * last-checked time, whose text legitimately changes at a minute boundary).
 */
export function watchMutations(el: HTMLElement): { records: () => MutationRecord[]; stop: () => void } {
  const seen: MutationRecord[] = [];
  const inChecked = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    return !!element?.closest('[part~="checked"]');
  };
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

// ---- page switches (each restored by restorePage) ---------------------------------------------

let pageHidden: boolean | undefined;

/** Pretends the page is hidden (or visible again) and tells the page so. */
export function setHidden(hidden: boolean): void {
  if (pageHidden === undefined) {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => pageHidden });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (pageHidden ? 'hidden' : 'visible'),
    });
  }
  pageHidden = hidden;
  document.dispatchEvent(new Event('visibilitychange'));
}

let pageOnline: boolean | undefined;

/** Pretends the browser lost (or regained) its connection: navigator.onLine and the window event. */
export function setOnline(online: boolean, { dispatch = true } = {}): void {
  if (pageOnline === undefined) {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => pageOnline });
  }
  pageOnline = online;
  if (dispatch) window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const realNow = Date.now;
const realRandom = Math.random;
const realSetTimeout = window.setTimeout;

/** Moves Date.now() forward by `ms` (setTimeout is not affected): "a long time has passed". */
export function advanceClock(ms: number): void {
  const offset = Date.now() - realNow.call(Date) + ms;
  Date.now = () => realNow.call(Date) + offset;
}

/** Makes Math.random() return `value` (e.g. 0.999 for the longest jitter). */
export function fixRandom(value: number): void {
  Math.random = () => value;
}

/** Milliseconds from now to the next local midnight. */
const toMidnight = () => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
};

/**
 * Records the delay of every setTimeout of at least `min` ms (the status controller's refresh
 * timers), leaving out the timing controller's timer to the next midnight.
 */
export function captureTimers(min = 1000): number[] {
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if ((delay ?? 0) >= min && Math.abs(delay! - toMidnight()) > 1000) delays.push(delay!);
    return realSetTimeout(handler, delay, ...args);
  }) as typeof window.setTimeout;
  return delays;
}

/** Undoes every switch above, quietly (no events), so the next test starts on a plain page. */
export function restorePage(): void {
  if (pageHidden !== undefined) {
    delete (document as { hidden?: boolean }).hidden;
    delete (document as { visibilityState?: string }).visibilityState;
    pageHidden = undefined;
  }
  if (pageOnline !== undefined) {
    delete (navigator as { onLine?: boolean }).onLine;
    pageOnline = undefined;
  }
  Date.now = realNow;
  Math.random = realRandom;
  window.setTimeout = realSetTimeout;
}
