// In-page helpers for bench/run.mjs (blank.html).
window.bench = {
  /** A tracker, not yet in the page; `attrs` become attributes. */
  create(attrs) {
    const el = document.createElement('applicant-status-tracker');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  },

  /**
   * Times each Lit update of `el` (render() + commit to the DOM) and, separately, the style and
   * layout it causes (forced right after). `hadSteps`/`hasSteps` mark the update that first put the list in.
   */
  instrument(el) {
    const updates = [];
    const update = el.update;
    el.update = function (changed) {
      const hadSteps = !!this.shadowRoot?.querySelector('.steps');
      const t0 = performance.now();
      update.call(this, changed);
      const t1 = performance.now();
      void document.body.offsetHeight;
      const t2 = performance.now();
      updates.push({ script: t1 - t0, layout: t2 - t1, hadSteps, hasSteps: !!this.shadowRoot.querySelector('.steps') });
    };
    return updates;
  },

  /** Resolves with the next status-update event of `el`; rejects on status-error or after `ms`. */
  nextStatus(el, ms = 10_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no status-update within ${ms} ms`)), ms);
      const onError = (event) => {
        clearTimeout(timer);
        el.removeEventListener('status-update', onUpdate);
        reject(new Error(`status-error: ${event.detail.kind}: ${event.detail.message}`));
      };
      const onUpdate = (event) => {
        clearTimeout(timer);
        el.removeEventListener('status-error', onError);
        resolve(event);
      };
      el.addEventListener('status-update', onUpdate, { once: true });
      el.addEventListener('status-error', onError, { once: true });
    });
  },

  /** performance.now() once the next frame has been painted. */
  afterPaint() {
    return new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }));
  },

  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
