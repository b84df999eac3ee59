/**
 * Driving a reactive controller without an element, as @lit/task's own tests drive a Task: a
 * minimal ReactiveControllerHost whose updates, connection and disconnection the test calls, fake
 * timers (sinon) for every wait, and a stubbed fetch whose answers the test hands out.
 */
import sinon from 'sinon';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withDeadline } from './page.js';

/** A minimal host: updates run in a microtask after requestUpdate(), as Lit's do. */
export class FakeHost implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  isConnected = false;
  /** How many updates have run. */
  updateCount = 0;
  /** Runs after each update's controllers, where an element would render and report. */
  onUpdated?: () => void;
  private pending?: Promise<boolean>;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => this.update());
  }

  get updateComplete(): Promise<boolean> {
    return this.pending ?? Promise.resolve(true);
  }

  connect(): Promise<boolean> {
    this.isConnected = true;
    for (const controller of this.controllers) controller.hostConnected?.();
    this.requestUpdate();
    return this.updateComplete;
  }

  disconnect(): void {
    this.isConnected = false;
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }

  /** Resolves after the first update at whose end `test` holds (at once if it already does). */
  until(test: () => boolean, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return withDeadline(new Promise<void>((resolve) => this.waiters.push({ test, resolve })), () => what);
  }

  private update(): boolean {
    this.pending = undefined;
    for (const controller of this.controllers) controller.hostUpdate?.();
    this.updateCount++;
    for (const controller of this.controllers) controller.hostUpdated?.();
    this.onUpdated?.();
    for (const waiter of this.waiters.filter((w) => w.test())) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    return true;
  }
}

/** Fakes setTimeout, clearTimeout and Date only: promises, Lit's microtasks and fetch stay real. */
export const fakeClock = (now = Date.UTC(2026, 0, 15, 12)) =>
  sinon.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'Date'] });

export interface FetchCall {
  url: string;
  init: RequestInit;
  /** Answers this request (a document as JSON, or a Response). */
  respond: (answer: unknown) => void;
}

/**
 * Replaces window.fetch: every call is recorded and waits until the test answers it, or is
 * answered at once by `auto` (a function of the call, returning a document or a Response).
 * An aborted request rejects as fetch does.
 */
export function stubFetch(auto?: (call: FetchCall, index: number) => unknown) {
  const calls: FetchCall[] = [];
  const stub = sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const respond = (answer: unknown) =>
        resolve(answer instanceof Response ? answer : new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } }));
      const call: FetchCall = { url: String(input), init, respond };
      calls.push(call);
      init.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      if (auto) respond(auto(call, calls.length - 1));
    }));
  return { calls, restore: () => stub.restore() };
}
