/** Putting an <applicant-status-tracker> on the page and reading what it shows. */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../../src/index.js';

/** Whitespace-normalised text, as read aloud or seen. */
export const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * Returns a maker of URL paths under `/${prefix}/` that no other call returns, so that each test's
 * mock handlers answer only that test.
 */
export function uniquePaths(prefix: string): (name: string) => string {
  let counter = 0;
  return (name) => `/${prefix}/${name}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface MountedTracker {
  el: ApplicantStatusTracker;
  /** Every `status-error` detail, in order. */
  errors: StatusErrorDetail[];
  /** Every `status-update` detail, in order. */
  updates: StatusUpdateDetail[];
}

export interface MountOptions {
  /** Where to put the element; defaults to a fresh fixture container. */
  parent?: Element | ShadowRoot;
  /** Light DOM content (e.g. a fallback, or a slotted help text). */
  light?: string;
  /** Runs before the element is connected (e.g. to set `transform`). */
  setup?: (el: ApplicantStatusTracker) => void;
}

/**
 * Creates a tracker with `attrs` (`refresh-interval` is "0" unless given), records its events from
 * before it connects (so the first one cannot be missed), connects it and waits for its first render.
 */
export async function mountTracker(attrs: Record<string, string>, options: MountOptions = {}): Promise<MountedTracker> {
  const parent = options.parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement('applicant-status-tracker');
  for (const [name, value] of Object.entries({ 'refresh-interval': '0', ...attrs })) el.setAttribute(name, value);
  if (options.light) el.innerHTML = options.light;
  options.setup?.(el);
  const errors: StatusErrorDetail[] = [];
  const updates: StatusUpdateDetail[] = [];
  el.addEventListener('status-error', (e) => errors.push(e.detail));
  el.addEventListener('status-update', (e) => updates.push(e.detail));
  parent.append(el);
  await el.updateComplete;
  return { el, errors, updates };
}
