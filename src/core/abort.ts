/**
 * One signal that aborts when any of `signals` does, with that signal's reason: `AbortSignal.any`
 * where the browser has it (Chrome 116, Firefox 124, Safari 17.4), else the same from an
 * AbortController, its listeners removed once it has aborted. Pure.
 */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  // eslint-disable-next-line compat/compat -- feature-detected: the fallback below serves the rest of the floor
  if ('any' in AbortSignal) return AbortSignal.any(signals);
  const controller = new AbortController();
  const abort = (signal: AbortSignal) => {
    for (const each of signals) each.removeEventListener('abort', onAbort);
    controller.abort(signal.reason);
  };
  function onAbort(this: AbortSignal) {
    abort(this);
  }
  const aborted = signals.find((signal) => signal.aborted);
  if (aborted) abort(aborted);
  else for (const signal of signals) signal.addEventListener('abort', onAbort);
  return controller.signal;
}
