/**
 * Waiting and the page's own switches, for every kind of test: part of the support module
 * (./index.ts re-exports it), with no element, so unit tests load none.
 */
// Captured before any test fakes the clock: waiting for a failure message must not depend on it.
const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);

/**
 * `promise`, or a rejection naming `what` after `ms` of real time: only to turn a hang into a clear
 * failure, never to decide what passes.
 */
export function withDeadline<T>(promise: Promise<T>, what: () => string, ms = 5000): Promise<T> {
  let timer: number;
  const deadline = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(`still waiting after ${ms} ms for ${what()}`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => realClearTimeout(timer));
}

/**
 * Polls `probe` until it returns something truthy. For what only a server can tell (its request
 * log); the deadline is real time and only turns a hang into a clear failure.
 */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, ms = 5000): Promise<NonNullable<T>> {
  return withDeadline((async () => {
    for (;;) {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      await new Promise((resolve) => realSetTimeout(resolve, 10));
    }
  })(), () => what, ms);
}

// ---- page switches (each undone by restorePage) -----------------------------------------------

let pageHidden: boolean | undefined;

/** Pretends the page is hidden (or visible again) and tells the page so. */
export function setHidden(hidden: boolean): void {
  if (pageHidden === undefined) {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => pageHidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (pageHidden ? 'hidden' : 'visible') });
  }
  pageHidden = hidden;
  document.dispatchEvent(new Event('visibilitychange'));
}

let pageOnline: boolean | undefined;

/** Pretends the browser lost (or regained) its connection: navigator.onLine and the window event. */
export function setOnline(online: boolean, { dispatch = true } = {}): void {
  if (pageOnline === undefined) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => pageOnline });
  pageOnline = online;
  if (dispatch) window.dispatchEvent(new Event(online ? 'online' : 'offline'));
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
}


/** WCAG contrast ratio of two computed rgb() colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b2] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
