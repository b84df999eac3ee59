import { LitElement, html, type TemplateResult } from 'lit';
import type { StatusDocument, StatusTransform } from '../core/status-document.js';
import type { StatusError } from '../core/errors.js';
import { statusRequest } from '../core/request.js';
import { fieldAt, mapStatusCode } from '../core/status-mapping.js';
import type { Layout } from '../core/progress.js';
import { isRightToLeft, messagesFor, registerLanguage, resolveLanguage, type MessageKey, type Messages } from '../i18n/messages.js';
import { StatusController } from '../controllers/status-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { LookupController } from '../controllers/lookup-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { TimingController } from '../controllers/timing-controller.js';
import { PrintController } from '../controllers/print-controller.js';
import { View } from './views/view.js';
import { statusView, turnText } from './views/status.js';
import { lookupView, fieldError, type LookupViewOptions } from './views/lookup.js';
import { buttons, errorView, loadingView } from './views/panels.js';
import { readDeclaredSteps } from './declared-steps.js';
import { safeUrl } from '../core/links.js';
import { actionClick, statusError, statusUpdate } from './events.js';
import { styles } from './applicant-status-tracker.styles.js';

/**
 * Shows where an application stands, step by step, from the agency's status endpoint.
 *
 * @summary A live, accessible application status tracker.
 * @tagname applicant-status-tracker
 * @slot - Fallback content, shown until the script runs (or if it never does), and with an error when there is no `help` slot.
 * @slot help - Shown with an error when no status could be loaded, e.g. the agency's phone number.
 * @slot lookup-help - Shown in the lookup form under its heading and read with the number field, e.g. where to find the number.
 * @csspart tracker - The whole status view.
 * @csspart title - The application's title.
 * @csspart heading - "Step 3 of 5: Documents".
 * @csspart summary - Whose turn it is: the applicant's or the agency's.
 * @csspart outcome - The application's final result.
 * @csspart notice - The agency's notice.
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step; also `step-complete`, `step-current`, `step-action-required`, `step-upcoming`, `step-skipped`, `step-failed`.
 * @csspart action - What the applicant must do, by when, and the link to do it.
 * @csspart history - The application's history.
 * @csspart contact - The agency's contact details.
 * @csspart error - An error with no status to show.
 * @csspart stale - The note that a refresh failed and the status may be out of date.
 * @csspart button - "Check again", "Try again", "Look up another application" and the lookup's submit button.
 * @csspart submit - The lookup form's submit button.
 * @csspart loading - The placeholder shown while the first status loads.
 * @csspart checked - "Last checked 10:42 AM".
 * @csspart lookup - The lookup form.
 * @csspart form-error - The lookup form's message for not found or too many tries.
 * @csspart sign-in - The "Sign in" link to the agency's `sign-in-url`, when a check is refused.
 * @cssproperty --ast-color-primary - Links, buttons, focus rings and the current step (USWDS primary, #005ea2).
 * @cssproperty --ast-color-current - The current step's marker. Defaults to the primary colour.
 * @cssproperty --ast-color-complete - Completed steps (#008817).
 * @cssproperty --ast-color-action - Steps waiting on the applicant, and their call-out's edge (#c05600).
 * @cssproperty --ast-color-action-bg - The background of "action needed" call-outs (#faf3d1).
 * @cssproperty --ast-color-failed - Failed steps and errors (#b50909).
 * @cssproperty --ast-color-muted - Secondary text such as dates and state names (#565c65).
 * @cssproperty --ast-color-border - Upcoming and skipped markers, connectors, inputs (#71767a).
 * @cssproperty --ast-color-surface - Background of notes and notices (#f0f0f0).
 * @cssproperty --ast-color-on-marker - Text on filled markers and the submit button (#fff).
 * @cssproperty --ast-color-link - Links. Defaults to the primary colour.
 * @cssproperty --ast-marker-size - Diameter of the step markers (`max(2em, 24px)`: em of the widget, not the page's root).
 * @cssproperty --ast-radius - Corner radius of boxes and buttons (0.25em).
 * @fires {CustomEvent<StatusUpdateDetail>} status-update - A new or changed status has been rendered. `detail: { status, previous }`.
 * @fires {CustomEvent<StatusErrorDetail>} status-error - A check failed. `detail: { kind, httpStatus?, message }`.
 * @fires {CustomEvent<ActionClickDetail>} action-click - The applicant followed an action's link. `detail: { stepId }` only: no application number, no personal data.
 */
export class ApplicantStatusTracker extends LitElement {
  static override styles = styles;

  static override properties = {
    endpoint: { type: String },
    applicationId: { type: String, attribute: 'application-id' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    timeout: { type: Number },
    credentials: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    lookupEndpoint: { type: String, attribute: 'lookup-endpoint' },
    verify: { type: String },
    idFormat: { type: String, attribute: 'id-format' },
    idPattern: { type: String, attribute: 'id-pattern' },
    idParam: { type: String, attribute: 'id-param' },
    statusField: { type: String, attribute: 'status-field' },
    signInUrl: { type: String, attribute: 'sign-in-url' },
    layout: { type: String },
    transform: { attribute: false },
    messages: { attribute: false },
    historyOpen: { state: true },
  };

  /** Adds a language, or overrides strings of one, for every tracker on the page. */
  static registerLanguage = registerLanguage;

  /** URL template of the status endpoint; `{id}` is replaced by the URL-encoded application id. */
  endpoint = '';

  /** The application to show. */
  applicationId = '';

  /** Seconds between automatic checks while the page is visible; 0 turns them off. */
  refreshInterval = 300;

  /** Seconds before a check is abandoned as timed out. */
  timeout = 20;

  /** fetch credentials mode: `same-origin`, `include` or `omit`. */
  credentials: RequestCredentials = 'same-origin';

  /** Level (2–6) of the widget's headings, to fit the page's outline. */
  headingLevel = 2;

  /** POST endpoint for lookups with verifier fields; the answers go in a JSON body, never in the URL. */
  lookupEndpoint = '';

  /** Verifier fields the lookup form asks for, space separated: `last-name date-of-birth postal-code email`. */
  verify = '';

  /** An example application number shown as the lookup field's format hint, e.g. `WY-2020-00123`. */
  idFormat = '';

  /** A regular expression the whole application number must match, e.g. `WY-\d{4}-\d{5}`. */
  idPattern = '';

  /** Name of a query parameter of the page URL that carries the application number (e.g. `application`). */
  idParam = '';

  /** Dotted path of the status code in a response mapped by declared steps (e.g. `case.status`). */
  statusField = '';

  /** The agency's sign-in page (https/http, relative to the page), linked as "Sign in" on a 401 or 403. */
  signInUrl = '';

  /**
   * `auto` (default) lays the steps side by side when the widget is at least 52em (832 px at 16 px text) wide, has
   * at most 6 steps and none carries a description or action; else in a column.
   * `horizontal`: side by side whenever that wide; `vertical`: never.
   */
  layout: Layout = 'auto';

  /** Adapts an agency's own response shape to the status document. */
  transform?: StatusTransform;

  /** Overrides any built-in string, e.g. `{ contact: 'Need help?' }`. */
  messages?: Partial<Messages>;

  private historyOpen = false;
  private readonly announcer = new Announcer(this);
  private readonly language = new LanguageController(this, () => this.announcer.clear());
  private readonly lookup = new LookupController(this);
  private readonly tracker = new StatusController(
    this,
    () => statusRequest({
      endpoint: this.endpoint,
      lookupEndpoint: this.lookupEndpoint,
      credentials: this.credentials,
      verifiers: this.lookup.verifiers,
      idPattern: this.idPattern,
      transform: this.transform ?? (this.statusField ? this.mapDeclaredSteps : undefined),
    }, this.lookup.application, document.baseURI),
    () => ({ interval: seconds(this.refreshInterval, 300), timeout: seconds(this.timeout || 20, 20) }),
  );
  private readonly timing = new TimingController(this, () => this.tracker.status);
  private readonly print = new PrintController(this);

  /** The last valid status document shown, or `null`. */
  get status(): StatusDocument | null {
    return this.tracker.status;
  }

  /** Checks the endpoint now. */
  refresh(): Promise<void> {
    return this.tracker.refresh();
  }

  /**
   * The status-code mapping's transform. The declared steps are read when a response arrives: by
   * then the parser has seen them all, even when the script ran before the element's children.
   */
  private readonly mapDeclaredSteps: StatusTransform = (body) =>
    mapStatusCode(readDeclaredSteps(this), fieldAt(body, this.statusField), this.statusField, this.lookup.application?.id || '—');

  private get view(): View {
    const lang = this.language.lang;
    return new View(lang, messagesFor(lang, this.messages), Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2)), document.baseURI);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // What the live region said belongs to the previous application.
    if (changed.has('applicationId') || changed.has('endpoint')) this.announcer.clear();
  }

  protected override render(): TemplateResult {
    const view = this.view;
    const { status, loading } = this.tracker;
    const problem = this.tracker.problem;
    const formError = status ? undefined : this.lookupFailure(problem);
    // Marked with the language of the widget's own words, so screen readers pronounce them right.
    const lang = resolveLanguage(view.lang);
    const signIn = safeUrl(this.signInUrl, document.baseURI);
    return html`<div dir=${isRightToLeft(lang) ? 'rtl' : 'ltr'} lang=${lang}>
      ${this.announcer.region}
      ${problem?.kind === 'configuration' ? errorView(view, problem, html``)
        : this.lookup.needed && (!this.lookup.application || formError)
          ? lookupView(view, { ...this.lookupOptions, formError })
        : status ? statusView(view, status, {
            layout: this.layout,
            checkedAt: this.tracker.checkedAt,
            unchanged: this.tracker.unchanged,
            signInUrl: this.tracker.error?.kind === 'unauthorized' ? signIn : undefined,
            staleNote: this.tracker.offline ? 'offline' : this.tracker.error ? 'stale' : undefined,
            historyOpen: this.historyOpen,
            onHistoryToggle: (open) => (this.historyOpen = open),
            buttons: this.buttons(view, 'checkAgain'),
            timing: this.timing,
            printing: this.print.printing,
            onActionClick: (stepId) => this.dispatchEvent(actionClick(stepId)),
          })
        : problem ? errorView(view, problem, this.buttons(view, 'retry'), signIn)
        : loading ? loadingView(view, this.querySelectorAll(':scope > ol > li, :scope > ul > li').length || 5)
        : html`<slot></slot>`}
    </div>`;
  }

  /** Reports what the last update put on screen: announced, focused where the applicant asked, then the event. */
  protected override updated(): void {
    const view = this.view;
    for (const notice of this.tracker.takeNotices()) {
      const focusTarget = this.lookup.awaitingResult ? ('status' in notice ? '#heading' : '#form-error') : undefined;
      if ('unchanged' in notice) {
        this.announcer.say(view.t('checkedNoChange'));
        continue;
      }
      if ('status' in notice) {
        this.announcer.say(view.summary(notice.status, turnText(view, notice.status, this.timing.today)));
      } else {
        const formError = this.lookupFailure(notice.error);
        if (notice.error.kind !== 'configuration') this.announcer.say(view.t(formError ?? `error.${notice.error.kind}`));
      }
      if (focusTarget) {
        this.lookup.awaitingResult = false;
        this.renderRoot.querySelector<HTMLElement>(focusTarget)?.focus();
      }
      this.dispatchEvent('status' in notice ? statusUpdate(notice) : statusError(notice.error));
    }
  }

  private buttons(view: View, label: 'retry' | 'checkAgain'): TemplateResult {
    return buttons(view, {
      label,
      checking: this.tracker.checking,
      onCheck: () => void this.tracker.checkNow(),
      onLookAnother: this.lookup.needed && this.lookup.application ? () => void this.lookAnother() : undefined,
    });
  }

  private get lookupOptions(): LookupViewOptions {
    const help = !!this.querySelector(':scope > [slot="lookup-help"]');
    return { lookup: this.lookup, idFormat: this.idFormat, idPattern: this.idPattern, onSubmit: this.submitLookup, help };
  }

  /** Not found and rate limited go back to the form with their own message; other errors have their panel. */
  private lookupFailure(error: StatusError | null): MessageKey | undefined {
    if (!this.lookup.needed || !error) return undefined;
    return error.kind === 'not-found' ? 'lookupNotFound' : error.kind === 'rate-limited' ? 'lookupRateLimited' : undefined;
  }

  private readonly submitLookup = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { invalid, again } = this.lookup.submit();
    if (invalid.length) {
      const view = this.view;
      this.announcer.say(view.t('formErrors', { errors: invalid.map((name) => fieldError(view, name, this.lookupOptions)).join(' ') }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${invalid[0]}`)?.focus();
      return;
    }
    // The same answers after a failure: the request is unchanged, so it must be checked again on purpose.
    if (again) void this.tracker.refresh();
  };

  private async lookAnother(): Promise<void> {
    this.lookup.reset();
    this.announcer.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#applicationId')?.focus();
  }
}

/** A seconds attribute as milliseconds; anything not a finite, non-negative number gets the default. */
function seconds(value: number, fallback: number): number {
  return (Number.isFinite(value) && value >= 0 ? value : fallback) * 1000;
}

declare global {
  interface HTMLElementTagNameMap {
    'applicant-status-tracker': ApplicantStatusTracker;
  }
}
