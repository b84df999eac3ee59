import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  currentStepIndex, pickText, safeUrl,
  type LocalizedText, type Step, type StatusDocument,
} from './status-document.js';
import { StatusError, type ErrorKind, type StatusRequest, type StatusTransform } from './fetch-status.js';
import { StatusController } from './status-controller.js';
import { LanguageController } from './language-controller.js';
import { format, messagesFor, registerLanguage, resolveLanguage, type MessageKey, type Messages } from './messages.js';
import { formatDate, formatRecent, formatTime } from './format.js';
import { styles } from './applicant-status-tracker.styles.js';
import { fieldAt, mapStatusCode, readDeclaredSteps } from './status-mapping.js';

export interface StatusUpdateDetail {
  status: StatusDocument;
  previous: StatusDocument | null;
}

export interface StatusErrorDetail {
  kind: ErrorKind;
  httpStatus?: number;
  message: string;
}

const STATE_MARKERS: Record<Step['state'], string> = {
  complete: '✓',
  current: '',
  'action-required': '!',
  upcoming: '',
  skipped: '–',
  failed: '✕',
};

/** Languages written right to left: the widget sets its own direction, whatever the page's. */
const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb)(-|$)/i;

/** Verifier fields an agency can ask for, with the key each answer has in the lookup's JSON body. */
const VERIFIERS = {
  'last-name': { key: 'lastName', type: 'text', autocomplete: 'family-name', pattern: /\S/ },
  'date-of-birth': { key: 'dateOfBirth', type: 'date', autocomplete: 'bday', pattern: /^\d{4}-\d{2}-\d{2}$/ },
  'postal-code': { key: 'postalCode', type: 'text', autocomplete: 'postal-code', pattern: /^\d{5}(-?\d{4})?$/ },
  email: { key: 'email', type: 'email', autocomplete: 'email', pattern: /^[^\s@]+@[^\s@]+$/ },
} as const;
type Verifier = keyof typeof VERIFIERS;

/** What the applicant typed into the lookup form: kept in memory only, never in a URL, storage or event. */
interface Lookup {
  applicationId: string;
  answers: Partial<Record<Verifier, string>>;
}

/**
 * Shows where an application stands, step by step, from the agency's status endpoint.
 *
 * @summary A live, accessible application status tracker.
 * @tagname applicant-status-tracker
 * @slot - Fallback content, shown until the script runs (or if it never does), and with an error when there is no `help` slot.
 * @slot help - Shown with an error when no status could be loaded, e.g. the agency's phone number.
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
 * @cssproperty --ast-marker-size - Diameter of the step markers (2rem).
 * @cssproperty --ast-radius - Corner radius of boxes and buttons (0.25rem).
 * @fires {CustomEvent<StatusUpdateDetail>} status-update - A new or changed status has been rendered. `detail: { status, previous }`.
 * @fires {CustomEvent<StatusErrorDetail>} status-error - A check failed. `detail: { kind, httpStatus?, message }`.
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
    layout: { type: String },
    transform: { attribute: false },
    messages: { attribute: false },
    lookup: { attribute: false },
    fieldErrors: { attribute: false },
    historyOpen: { attribute: false },
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

  /** Level (2–6) of the widget's main heading, to fit the page's outline. */
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

  /**
   * `auto` (default) lays the steps side by side when the widget is at least 52rem (832 px) wide, has
   * at most 6 steps and none carries a description or action; else in a column.
   * `horizontal`: side by side whenever that wide; `vertical`: never.
   */
  layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Adapts an agency's own response shape to the status document. */
  transform?: StatusTransform;

  /** Overrides any built-in string, e.g. `{ contact: 'Need help?' }`. */
  messages?: Partial<Messages>;

  private readonly language = new LanguageController(this);

  private readonly tracker = new StatusController(
    this,
    () => this.statusRequest(),
    () => ({ interval: seconds(this.refreshInterval, 300), timeout: seconds(this.timeout || 20, 20) }),
    (status, previous) => void this.announceChange(status, previous),
    (error) => this.reportError(error),
  );

  /** The polite announcement for screen readers; set only on real changes. */
  private announcement = '';
  private manualCheck = false;
  private announcedLang = '';
  /** The applicant's submitted lookup, or the id taken from the page URL. */
  private lookup?: Lookup;
  /** The form's current values and errors, by field name (`applicationId` or a verifier). */
  private draft: Record<string, string> = {};
  private fieldErrors: Record<string, string> = {};
  private historyOpen = false;
  /** Move focus to the result once it arrives: the applicant asked for it. */
  private focusResult = false;
  /** The built-in transform for declared steps, made once per `status-field` so the request stays equal. */
  private mappedTransform?: StatusTransform;

  /** The last valid status document shown, or `null`. */
  get status(): StatusDocument | null {
    return this.tracker.status;
  }

  /** Checks the endpoint now. */
  refresh(): Promise<void> {
    return this.tracker.refresh();
  }

  private get verifiers(): Verifier[] {
    return this.verify.split(/\s+/).filter((name): name is Verifier => name in VERIFIERS);
  }

  /** The form is needed when the agency asks for verifier answers, or the endpoint needs an id nobody gave. */
  private get needsLookup(): boolean {
    return this.verifiers.length > 0 || (this.endpoint.includes('{id}') && !this.applicationId);
  }

  /** The request for the current settings, or undefined when there is nothing to fetch yet. */
  protected statusRequest(): StatusRequest | undefined {
    if (this.needsLookup && !this.lookup) return undefined;
    const id = this.lookup?.applicationId ?? this.applicationId;
    const verified = this.verifiers.length > 0;
    const path = verified && this.lookupEndpoint ? this.lookupEndpoint : this.endpoint.replaceAll('{id}', encodeURIComponent(id));
    if (!path) return undefined;
    return {
      url: new URL(path, document.baseURI).href,
      credentials: this.credentials,
      body: verified ? JSON.stringify({ applicationId: id, ...this.answersByKey() }) : undefined,
      transform: this.transform ?? this.mappedTransform,
    };
  }

  private answersByKey(): Record<string, string> {
    return Object.fromEntries(this.verifiers.map((name) => [VERIFIERS[name].key, this.lookup?.answers[name] ?? '']));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = this.idParam && !this.applicationId ? new URLSearchParams(location.search).get(this.idParam)?.trim() : '';
    if (fromUrl && !this.lookup) {
      this.draft = { applicationId: fromUrl };
      if (!this.verifiers.length) this.lookup = { applicationId: fromUrl, answers: {} };
    }
  }

  private get strings(): Messages {
    return messagesFor(this.language.lang, this.messages);
  }

  private t(key: MessageKey, values: Record<string, string | number> = {}): string {
    return format(this.strings[key], values);
  }

  /** Server text in the widget's language; templates wrap it in <bdi> so English inside Arabic keeps its punctuation in place. */
  private text(value: LocalizedText): string {
    return pickText(value, this.language.lang);
  }

  private date(value: string): string {
    return formatDate(value, this.language.lang);
  }

  private async announceChange(status: StatusDocument, previous: StatusDocument | null): Promise<void> {
    const heading = this.headingText(status);
    const turn = this.whoseTurn(status);
    const announcement = `${heading}${/[.!?。]$/.test(heading) ? '' : '.'} ${turn ? this.t(turn) : ''}`.trim();
    if (announcement === this.announcement) {
      // The same words would not be spoken again: empty the live region first.
      this.announcement = '';
      this.requestUpdate();
      await this.updateComplete;
    }
    this.announcement = announcement;
    // Rendered by the check's own closing update: a separate one would re-render everything twice.
    await this.tracker.settled();
    await this.updateComplete;
    if (this.focusResult) {
      this.focusResult = false;
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    }
    this.dispatchEvent(new CustomEvent<StatusUpdateDetail>('status-update', {
      bubbles: true, composed: true, detail: { status, previous },
    }));
  }

  private reportError(error: StatusError): void {
    this.announcement = this.t(this.lookupFailed(error) ?? `error.${error.kind}`);
    this.requestUpdate();
    if (this.lookupFailed(error)) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-error')?.focus());
    const detail: StatusErrorDetail = { kind: error.kind, message: error.message };
    if (error.httpStatus !== undefined) detail.httpStatus = error.httpStatus;
    this.dispatchEvent(new CustomEvent<StatusErrorDetail>('status-error', { bubbles: true, composed: true, detail }));
  }

  private async checkAgain(): Promise<void> {
    this.manualCheck = true;
    this.requestUpdate();
    await this.refresh();
    this.manualCheck = false;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What the live region last said belongs to the previous application or language: drop it.
    if (changed.has('applicationId') || changed.has('endpoint') || this.language.lang !== this.announcedLang) this.announcement = '';
    this.announcedLang = this.language.lang;
    if (changed.has('statusField')) {
      const field = this.statusField;
      // The declared steps are read when a response arrives: by then the parser has seen them all,
      // even when the script ran before the element's children were parsed.
      this.mappedTransform = field
        ? (body) => mapStatusCode(readDeclaredSteps(this), fieldAt(body, field), field, this.lookup?.applicationId || this.applicationId || '—')
        : undefined;
    }
    if (changed.has('headingLevel')) this.headingLevel = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  protected override render(): TemplateResult {
    const { status, error } = this.tracker;
    const formError = !status && error ? this.lookupFailed(error) : undefined;
    // Marked with the language of the widget's own words, so screen readers pronounce them right.
    const lang = resolveLanguage(this.language.lang);
    return html`<div dir=${RTL.test(lang) ? 'rtl' : nothing} lang=${lang}>
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.needsLookup && (!this.lookup || formError)
        ? this.renderLookup(formError)
        : status ? this.renderStatus(status)
        : error ? this.renderError(error)
        : this.tracker.loading ? this.renderLoading()
        : html`<slot></slot>`}
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true">
      <p>${this.t('loading')}</p>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderError(error: StatusError): TemplateResult {
    return html`<div part="error" class="error" data-kind=${error.kind}>
      <div role="heading" aria-level=${this.headingLevel} class="heading">${this.t(`error.${error.kind}`)}</div>
      <p>${this.t(`error.${error.kind}.next`)}</p>
      ${this.renderCheckAgain('retry')} ${this.renderLookupAnother()}
      <slot name="help"><slot></slot></slot>
    </div>`;
  }

  private headingText(status: StatusDocument): string {
    const index = currentStepIndex(status);
    const total = status.steps.length;
    if (index >= 0) return this.t('stepOf', { n: index + 1, total, label: this.text(status.steps[index].label) });
    if (status.outcome) return this.t(`outcome.${status.outcome}`);
    return this.t('stepsDone', { done: status.steps.filter((s) => s.state === 'complete').length, total });
  }

  /** Whose turn it is: the applicant's when any step waits on them, else the agency's while the application is open. */
  private whoseTurn(status: StatusDocument): 'waitingOnYou' | 'waitingOnUs' | undefined {
    if (status.steps.some((s) => s.state === 'action-required')) return 'waitingOnYou';
    if (!status.outcome && status.steps.some((s) => s.state === 'current' || s.state === 'upcoming')) return 'waitingOnUs';
    return undefined;
  }

  private renderStatus(status: StatusDocument): TemplateResult {
    const current = currentStepIndex(status);
    const turn = this.whoseTurn(status);
    return html`<section part="tracker" class="tracker" aria-labelledby="heading">
      <p class="overline">
        ${status.title ? html`<span part="title" class="title"><bdi>${this.text(status.title)}</bdi></span>` : nothing}
        <span class="application-id">${this.t('applicationNumber', { id: status.applicationId })}</span>
      </p>
      <div role="heading" aria-level=${this.headingLevel} id="heading" part="heading" class="heading" tabindex="-1">${this.headingText(status)}</div>
      ${turn ? html`<p part="summary" class="summary ${turn === 'waitingOnYou' ? 'summary--you' : 'summary--us'}">${this.t(turn)}</p>` : nothing}
      ${status.outcome && current >= 0 ? html`<p part="outcome" class="outcome outcome--${status.outcome}">${this.t(`outcome.${status.outcome}`)}</p>` : nothing}
      ${this.renderStale()}
      ${status.notice ? html`<p part="notice" class="notice"><strong>${this.t('notice')}:</strong> <bdi>${this.text(status.notice)}</bdi></p>` : nothing}
      <ol part="steps" class="steps ${this.horizontal(status) ? 'horizontal' : ''}"
        aria-label=${this.t('stepsLabel')}>
        ${status.steps.map((step, index) => this.renderStep(step, index, index === current))}
      </ol>
      ${this.renderHistory(status)}
      ${status.updatedAt || status.updateSchedule ? html`<p class="updated">
          ${status.updatedAt ? html`<span>${this.t('updatedAt', { date: formatRecent(status.updatedAt, this.language.lang) })}</span>` : nothing}
          ${status.updateSchedule ? html`<span><bdi>${this.text(status.updateSchedule)}</bdi></span>` : nothing}
        </p>` : nothing}
      ${this.renderContact(status)}
      <p class="checked">
        ${this.tracker.checkedAt ? html`<span part="checked">${this.t('checkedAt', { time: formatTime(this.tracker.checkedAt, this.language.lang) })}</span>` : nothing}
        ${this.renderCheckAgain('checkAgain')} ${this.renderLookupAnother()}
      </p>
    </section>`;
  }

  /** Side by side only where every column stays readable: few steps, none carrying a description or action. */
  private horizontal(status: StatusDocument): boolean {
    if (this.layout !== 'auto') return this.layout === 'horizontal';
    return status.steps.length <= 6 && !status.steps.some((step) => step.description || step.action);
  }

  private renderStale(): TemplateResult | typeof nothing {
    if (this.tracker.offline) return html`<p part="stale" class="stale">${this.t('offline')}</p>`;
    return this.tracker.error ? html`<p part="stale" class="stale">${this.t('stale')}</p>` : nothing;
  }

  private renderCheckAgain(label: 'retry' | 'checkAgain'): TemplateResult {
    return html`<button part="button" type="button" aria-disabled=${this.manualCheck ? 'true' : 'false'}
      @click=${() => this.manualCheck || this.checkAgain()}>${this.manualCheck ? this.t('checking') : this.t(label)}</button>`;
  }

  private renderStep(step: Step, index: number, isCurrent: boolean): TemplateResult {
    const action = step.action;
    const actionUrl = safeUrl(action?.url, document.baseURI);
    const dateKey = step.state === 'upcoming' ? 'dateExpected' : 'dateOther';
    return html`<li part="step step-${step.state}" class="step" data-state=${step.state}
        aria-current=${isCurrent ? 'step' : nothing}>
      <span class="marker" aria-hidden="true">${STATE_MARKERS[step.state] || index + 1}</span>
      <div class="step-body">
        <span class="label"><bdi>${this.text(step.label)}</bdi></span>
        <span class="state">${step.date && step.state === 'complete'
          ? this.t('dateComplete', { date: this.date(step.date) })
          : html`${this.t(`state.${step.state}`)}${step.date ? ` · ${this.t(dateKey, { date: this.date(step.date) })}` : ''}`}</span>
        ${step.description ? html`<p class="description"><bdi>${this.text(step.description)}</bdi></p>` : nothing}
        ${action ? html`<div part="action" class="action">
            ${action.dueDate ? html`<p class="due">${this.t('dueBy', { date: this.date(action.dueDate) })}</p>` : nothing}
            ${actionUrl
              ? html`<a href=${actionUrl} rel="noopener noreferrer"><bdi>${this.text(action.label)}</bdi></a>`
              : html`<p><bdi>${this.text(action.label)}</bdi></p>`}
          </div>` : nothing}
      </div>
    </li>`;
  }

  /** Not found and rate limited go back to the form with their own message; other errors have their panel. */
  private lookupFailed(error: StatusError): MessageKey | undefined {
    if (!this.needsLookup) return undefined;
    return error.kind === 'not-found' ? 'lookupNotFound' : error.kind === 'rate-limited' ? 'lookupRateLimited' : undefined;
  }

  private renderLookup(formError: MessageKey | undefined): TemplateResult {
    const fields: Array<{ name: string; label: string; type: string; autocomplete: string; hint?: string }> = [
      { name: 'applicationId', label: this.t('idLabel'), type: 'text', autocomplete: 'off', hint: this.idFormat && this.t('idHint', { format: this.idFormat }) },
      ...this.verifiers.map((name) => ({ name, label: this.t(`verify.${name}`), ...VERIFIERS[name] })),
    ];
    return html`<form part="lookup" class="lookup" novalidate @submit=${this.submitLookup}>
      <div role="heading" aria-level=${this.headingLevel} class="heading">${this.t('lookupHeading')}</div>
      ${formError ? html`<p id="form-error" part="form-error" class="form-error" tabindex="-1">${this.t(formError)}</p>` : nothing}
      ${fields.map(({ name, label, type, autocomplete, hint }) => {
        const error = this.fieldErrors[name];
        return html`<div class="field ${error ? 'field--error' : ''}">
          <label for=${name}>${label}</label>
          ${hint ? html`<span id="${name}-hint" class="hint">${hint}</span>` : nothing}
          ${error ? html`<span id="${name}-error" class="field-error">${error}</span>` : nothing}
          <input id=${name} name=${name} type=${type} autocomplete=${autocomplete} spellcheck="false"
            .value=${this.draft[name] ?? ''} aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${[hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || nothing}
            @input=${(event: Event) => (this.draft[name] = (event.target as HTMLInputElement).value)}>
        </div>`;
      })}
      <button part="button submit" type="submit">${this.t('lookupSubmit')}</button>
    </form>`;
  }

  private submitLookup(event: Event): void {
    event.preventDefault();
    const value = (name: string) => (this.draft[name] ?? '').trim();
    const errors: Record<string, string> = {};
    const id = value('applicationId');
    if (!id) errors.applicationId = this.t('idRequired');
    else if (this.idPattern && !safePattern(this.idPattern).test(id)) {
      errors.applicationId = this.t('idInvalid', { format: this.idFormat || this.idPattern });
    }
    for (const name of this.verifiers) {
      if (!VERIFIERS[name].pattern.test(value(name))) errors[name] = this.t('fieldRequired', { field: lowerFirst(this.t(`verify.${name}`)) });
    }
    this.fieldErrors = errors;
    const invalid = Object.keys(errors);
    if (invalid.length) {
      this.announcement = this.t('formErrors', { errors: Object.values(errors).join(' ') });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${invalid[0]}`)?.focus());
      return;
    }
    const lookup: Lookup = { applicationId: id, answers: Object.fromEntries(this.verifiers.map((name) => [name, value(name)])) };
    this.focusResult = true;
    const again = JSON.stringify(lookup) === JSON.stringify(this.lookup);
    this.lookup = lookup;
    // The same answers after a failure: the request is unchanged, so the task will not rerun by itself.
    if (again) void this.refresh();
  }

  private renderLookupAnother(): TemplateResult | typeof nothing {
    return this.needsLookup && this.lookup
      ? html`<button part="button" type="button" @click=${this.lookAnother}>${this.t('lookupAnother')}</button>`
      : nothing;
  }

  private async lookAnother(): Promise<void> {
    this.lookup = undefined;
    this.draft = {};
    this.fieldErrors = {};
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#applicationId')?.focus();
  }

  private renderHistory(status: StatusDocument): TemplateResult | typeof nothing {
    if (!status.history?.length) return nothing;
    // Collapsed history is not rendered: a long one would otherwise cost every render and refresh.
    return html`<details part="history" class="history" ?open=${this.historyOpen}
        @toggle=${(event: Event) => (this.historyOpen = (event.target as HTMLDetailsElement).open)}>
      <summary>${this.t('history')} (${status.history.length})</summary>
      ${this.historyOpen ? html`<ol>${status.history.map((entry) => html`<li><span class="date">${this.date(entry.date)}</span> <bdi>${this.text(entry.text)}</bdi></li>`)}</ol>` : nothing}
    </details>`;
  }

  private renderContact(status: StatusDocument): TemplateResult | typeof nothing {
    const contact = status.contact;
    if (!contact || !(contact.phone || contact.email || contact.url)) return nothing;
    const phoneHref = contact.phone && telUrl(contact.phone);
    const email = contact.email && /^[^\s@<>()"]+@[^\s@<>()"]+$/.test(contact.email) ? contact.email : undefined;
    const url = safeUrl(contact.url, document.baseURI);
    return html`<div part="contact" class="contact">
      <p class="contact-heading">${this.t('contact')}</p>
      <ul>
        ${contact.phone ? html`<li>${phoneHref ? html`<a href=${phoneHref}>${this.t('call', { phone: contact.phone })}</a>` : this.t('call', { phone: contact.phone })}</li>` : nothing}
        ${contact.email ? html`<li>${email ? html`<a href="mailto:${email}">${this.t('email', { email: contact.email })}</a>` : this.t('email', { email: contact.email })}</li>` : nothing}
        ${url ? html`<li><a href=${url} rel="noopener noreferrer">${this.t('website')}</a></li>` : nothing}
      </ul>
    </div>`;
  }
}

/** The agency's pattern must match the whole number; a broken pattern accepts anything rather than block applicants. */
function safePattern(pattern: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return /[^]*/;
  }
}

/**
 * A dialable tel: URL, or undefined rather than a wrong number: vanity letters become keypad digits
 * (1-800-MEDICARE), "ext. 12" becomes ;ext=12, anything else stays plain text.
 */
function telUrl(phone: string): string | undefined {
  const parts = /^(\+?[\dA-Za-z][\dA-Za-z\s().-]*?)(?:\s*(?:ext\.?|x)\s*(\d+))?$/i.exec(phone.trim());
  if (!parts) return undefined;
  let digits = parts[1].replace(/[a-z]/gi, (letter) => '22233344455566677778889999'[letter.toUpperCase().charCodeAt(0) - 65]).replace(/[^\d+]/g, '');
  // Vanity numbers are North American and may spell past the last digit: 1-800-MEDICARE dials 1-800-633-4227.
  if (/[a-z]/i.test(parts[1])) digits = digits.slice(0, digits.startsWith('1') ? 11 : 10);
  return digits.length >= 3 ? `tel:${digits}${parts[2] ? `;ext=${parts[2]}` : ''}` : undefined;
}

/** "Last name" reads "last name" inside a sentence; "ZIP code" keeps its capitals. */
const lowerFirst = (label: string) => (/^.\p{Ll}/u.test(label) ? label[0].toLocaleLowerCase() + label.slice(1) : label);

/** A seconds attribute as milliseconds; anything not a finite, non-negative number gets the default. */
function seconds(value: number, fallback: number): number {
  return (Number.isFinite(value) && value >= 0 ? value : fallback) * 1000;
}

declare global {
  interface HTMLElementTagNameMap {
    'applicant-status-tracker': ApplicantStatusTracker;
  }
  interface GlobalEventHandlersEventMap {
    'status-update': CustomEvent<StatusUpdateDetail>;
    'status-error': CustomEvent<StatusErrorDetail>;
  }
}
