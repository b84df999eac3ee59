/**
 * The widget's one live region: the only place that speaks to screen readers. Polite, so it never
 * interrupts; said again when the same words are news again (after "Check again").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Long enough for screen readers to notice the region emptied before the same words return. */
const REPEAT_GAP = 150;

export class Announcer implements ReactiveController {
  /** Rendered once by the host's template; its text is written here only, never by a render. */
  readonly region = Object.assign(document.createElement('div'), { role: 'status', className: 'visually-hidden' });
  private repeatTimer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    clearTimeout(this.repeatTimer);
    if (this.region.textContent !== text) {
      this.region.textContent = text;
      return;
    }
    this.region.textContent = '';
    this.repeatTimer = setTimeout(() => (this.region.textContent = text), REPEAT_GAP);
  }

  /** What was said belongs to another application or language: nothing stale is left to be read. */
  clear(): void {
    clearTimeout(this.repeatTimer);
    this.region.textContent = '';
  }

  hostDisconnected(): void {
    this.clear();
  }
}
