/**
 * The applicant's "today", and the estimates the agency moved while the page was open. Each update
 * reads the day from the clock and keeps one timer, to the next local midnight, that updates the
 * host again when the day changes (an action becomes overdue, an estimate late). The timer is
 * released when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StatusDocument } from '../core/status-document.js';
import { localDay, movedEstimates, type Expected } from '../core/timing.js';

export class TimingController implements ReactiveController {
  /** The applicant's local calendar day, "YYYY-MM-DD". */
  today = '';
  /** Estimates the agency changed since this page first showed them, by step id: what they were. */
  moved = new Map<string, Expected>();
  /** When this version of the status was first shown: the calendar file's DTSTAMP when the agency gives no `updatedAt`. */
  shownAt = new Date();
  private shown: StatusDocument | null = null;
  private midnightTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost, private readonly status: () => StatusDocument | null) {
    host.addController(this);
  }

  /** Back on the page (perhaps on another day): update, which also sets the timer again. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.midnightTimer);
  }

  hostUpdate(): void {
    const now = new Date();
    this.today = localDay(now);
    clearTimeout(this.midnightTimer);
    this.midnightTimer = setTimeout(() => this.host.requestUpdate(), +new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1) - +now);
    const status = this.status();
    if (status === this.shown) return;
    this.moved = movedEstimates(this.shown, status, this.moved);
    this.shown = status;
    this.shownAt = now;
  }
}
