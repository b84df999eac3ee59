/**
 * Fetching and refreshing: one controller that owns the request (a new application aborts the old
 * request; a superseded answer is never shown), the refresh timer, and the page's visibility and
 * connectivity listeners. It keeps the last good status through every failure, and hands its host
 * each change and failure once, for the host to announce and report after rendering it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StatusDocument } from '../core/status-document.js';
import { sameStatus } from '../core/progress.js';
import { StatusError } from '../core/errors.js';
import { requestKey, sameRequest, type StatusRequest } from '../core/request.js';
import { fetchStatus, type StatusResult } from '../core/fetch-status.js';

export interface RefreshSettings {
  /** Milliseconds between automatic checks; 0 turns them off. */
  interval: number;
  /** Milliseconds before a check counts as timed out. */
  timeout: number;
}

/** The longest wait between checks after repeated failures. */
export const MAX_BACKOFF = 60 * 60 * 1000;

type Host = ReactiveControllerHost & HTMLElement;

/** What happened since the host last rendered: a new status, or a failure. */
export type StatusNotice =
  | { status: StatusDocument; previous: StatusDocument | null }
  | { error: StatusError }
  /** A check the applicant asked for answered the status already shown. */
  | { unchanged: true };

/** Spreads checks from thousands of open pages: a delay between 90 % and 110 % of the one asked for. */
const jitter = (delay: number) => delay * (0.9 + Math.random() * 0.2);

export class StatusController implements ReactiveController {
  /** The last valid status shown; kept through failed refreshes, cleared for another application. */
  status: StatusDocument | null = null;
  /** The last check's failure, or null once a check succeeds. */
  error: StatusError | null = null;
  /** When the server last answered with a status (200 or 304). */
  checkedAt: Date | null = null;
  offline = !navigator.onLine;
  /** True while a check the applicant asked for ("Check again") is on its way. */
  checking = false;
  /** The last check answered the status already shown. */
  unchanged = false;
  /** The request for the host's current settings, derived once per update. */
  request?: StatusRequest;
  /** The page's settings are unusable: no request can be made until they change. */
  configurationError: StatusError | null = null;

  readonly #host: Host;
  readonly #deriveRequest: () => StatusRequest | undefined;
  readonly #settings: () => RefreshSettings;
  /** Aborts the check on its way, if any. */
  #checkInFlight?: AbortController;
  #notices: StatusNotice[] = [];
  #currentKey = '';
  #failures = 0;
  #refreshTimer?: ReturnType<typeof setTimeout>;
  /** When the next automatic check is due; survives hidden tabs and offline spells. */
  #dueAt?: number;
  /** When the last good answer turns older than the interval (or max-age), without jitter. */
  #freshUntil?: number;
  #interrupted = false;

  /**
   * `deriveRequest` is called when the host connects and once per host update; it throws a
   * `configuration` StatusError when the page's settings are unusable.
   */
  constructor(host: Host, deriveRequest: () => StatusRequest | undefined, settings: () => RefreshSettings) {
    this.#host = host;
    this.#deriveRequest = deriveRequest;
    this.#settings = settings;
    host.addController(this);
  }

  /** The failure to show: the page's configuration first, else the last check's. */
  get problem(): StatusError | null {
    return this.configurationError ?? this.error;
  }

  /** True while a check is on its way. */
  get pending(): boolean {
    return !!this.#checkInFlight;
  }

  /** True while the first status of this application is on its way. */
  get loading(): boolean {
    return !this.status && !this.problem && !!this.request;
  }

  /** Changes and failures since the last call, oldest first, for the host to report once rendered. */
  takeNotices(): StatusNotice[] {
    return this.#notices.splice(0);
  }

  /** Checks now. Resolves when the check has settled, whatever its result. */
  async refresh(): Promise<void> {
    if (this.request) await this.#run();
  }

  /** A check the applicant asked for: the host shows it as under way until it settles. */
  async checkNow(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    this.#host.requestUpdate();
    await this.refresh();
    this.checking = false;
    // Nothing new to show: the applicant still hears that the check happened.
    if (this.unchanged && !this.error) this.#notices.push({ unchanged: true });
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    let request: StatusRequest | undefined;
    let configurationError: StatusError | null = null;
    try {
      request = this.#deriveRequest();
    } catch (error) {
      if (!(error instanceof StatusError)) throw error;
      configurationError = error;
    }
    if (configurationError?.message !== this.configurationError?.message && configurationError) {
      // The web team's mistake, not the applicant's: said once, plainly, where developers look.
      console.error(`<applicant-status-tracker>: ${configurationError.message}`);
      this.#notices.push({ error: configurationError });
    }
    this.configurationError = configurationError;
    // Another application, or the same one fetched another way: the check on its way is superseded.
    if (!sameRequest(request, this.request)) {
      this.request = request;
      void this.#run();
    }
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    this.offline = !navigator.onLine;
    // Re-added to the page: pick the schedule up where it stopped. First connection: ask for the
    // status now, before the first render rather than after it (on a slow phone, Lit's first update
    // is a long way off); the first update then finds the request unchanged and does not ask again.
    if (this.#currentKey) this.#resume();
    else this.hostUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    clearTimeout(this.#refreshTimer);
    // A check cut short by removal is redone when the element comes back.
    this.#interrupted = !!this.#checkInFlight;
    this.#checkInFlight?.abort();
  }

  /** Checks the current request, aborting the check on its way; settles when this check has. */
  async #run(): Promise<void> {
    this.#checkInFlight?.abort();
    const controller = (this.#checkInFlight = new AbortController());
    await this.#check(this.request, controller.signal);
    if (this.#checkInFlight === controller) this.#checkInFlight = undefined;
    this.#host.requestUpdate();
  }

  async #check(request: StatusRequest | undefined, signal: AbortSignal): Promise<void> {
    clearTimeout(this.#refreshTimer);
    this.#dueAt = undefined;
    this.#interrupted = false;
    const key = requestKey(request);
    if (key !== this.#currentKey) {
      // Another application: nothing of the previous one may stay on screen.
      this.#currentKey = key;
      this.status = null;
      this.error = null;
      this.checkedAt = null;
      this.unchanged = false;
      this.#failures = 0;
    }
    if (!request) return;
    try {
      // Until one check has answered, the status loads like any resource of the page (a preload of
      // it is taken, as are the server's caching headers); every later check revalidates.
      const result = await fetchStatus(request, signal, this.#settings().timeout, !this.checkedAt);
      // Superseded while an async transform ran: the newer request owns the screen.
      if (!signal.aborted) this.#succeeded(result);
    } catch (error) {
      // Superseded or disconnected: whoever aborted decides what next.
      if (!signal.aborted) this.#failed(error instanceof StatusError ? error : new StatusError('network', String(error)));
    }
  }

  #succeeded(result: StatusResult): void {
    const previous = this.status;
    this.error = null;
    this.#failures = 0;
    this.checkedAt = new Date();
    this.unchanged = sameStatus(previous, result.status);
    if (!this.unchanged) {
      this.status = result.status;
      this.#notices.push({ status: result.status, previous });
    }
    const { interval } = this.#settings();
    const maxAge = result.maxAge ?? 0;
    const wait = Math.max(interval, maxAge);
    this.#freshUntil = interval ? Date.now() + wait : undefined;
    // Jitter never brings a check forward past the server's max-age: the answer is fresh until then.
    this.#schedule(interval && Math.max(jitter(wait), maxAge));
  }

  #failed(error: StatusError): void {
    this.error = error;
    this.#failures++;
    this.#freshUntil = undefined;
    this.#notices.push({ error });
    const { interval } = this.#settings();
    // Exponential backoff with jitter: interval, 2×, 4×… up to an hour, never sooner than Retry-After.
    const backoff = Math.min(interval * 2 ** (this.#failures - 1), Math.max(interval, MAX_BACKOFF));
    this.#schedule(interval && Math.max(backoff * (0.5 + Math.random() * 0.5), error.retryAfter ?? 0));
  }

  /** Plans the next automatic check `delay` ms from now; 0 means none. */
  #schedule(delay: number): void {
    clearTimeout(this.#refreshTimer);
    this.#dueAt = delay > 0 ? Date.now() + delay : undefined;
    this.#startTimer();
  }

  /** Arms the timer for `dueAt`, but only while someone can see the page and it is online. */
  #startTimer(): void {
    clearTimeout(this.#refreshTimer);
    if (this.#dueAt === undefined || document.hidden || this.offline || !this.#host.isConnected) return;
    this.#refreshTimer = setTimeout(() => void this.refresh(), Math.max(0, this.#dueAt - Date.now()));
  }

  /** Back on screen, online and connected: check now if a check is overdue, else wait for it. */
  #resume(): void {
    if (document.hidden || this.offline) return; // the visibilitychange / online handler resumes
    const due = this.#dueAt !== undefined && Math.min(this.#dueAt, this.#freshUntil ?? Infinity) <= Date.now();
    if (this.#interrupted || due) void this.refresh();
    else this.#startTimer();
  }

  #onVisibilityChange = () => {
    if (document.hidden) clearTimeout(this.#refreshTimer);
    else this.#resume();
  };

  #onOnline = () => {
    this.offline = false;
    this.#host.requestUpdate();
    if (!document.hidden && this.#currentKey) void this.refresh();
  };

  #onOffline = () => {
    this.offline = true;
    clearTimeout(this.#refreshTimer);
    this.#host.requestUpdate();
  };
}
