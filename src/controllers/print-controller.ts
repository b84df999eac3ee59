/**
 * Whether the page is being printed, so the host can render a full record (the history expanded)
 * while it is. Every supported browser fires `beforeprint` and `afterprint` around printing; the
 * listeners are released when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const EVENTS = ['beforeprint', 'afterprint'];

export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of EVENTS) addEventListener(type, this.onPrint);
  }

  hostDisconnected(): void {
    for (const type of EVENTS) removeEventListener(type, this.onPrint);
  }

  private readonly onPrint = (event: Event) => {
    this.printing = event.type === EVENTS[0];
    this.host.requestUpdate();
  };
}
