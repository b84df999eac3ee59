/** The status itself: where the application stands, every step, what to do, and whom to ask. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Step, StatusDocument } from '../../core/status-document.js';
import { currentStepIndex, sideBySide, whoseTurn, type Layout } from '../../core/progress.js';
import { mailtoUrl, safeUrl, telUrl } from '../../core/links.js';
import { formatRecent, formatTime } from '../../i18n/intl.js';
import type { View } from './view.js';

const STATE_MARKERS: Record<Step['state'], string> = {
  complete: '✓',
  current: '',
  'action-required': '!',
  upcoming: '',
  skipped: '–',
  failed: '✕',
};

export interface StatusViewOptions {
  layout: Layout;
  /** When the server last answered. */
  checkedAt: Date | null;
  /** The last check failed (`stale`) or the device is offline: the status may be out of date. */
  staleNote?: 'stale' | 'offline';
  historyOpen: boolean;
  onHistoryToggle: (open: boolean) => void;
  buttons: TemplateResult;
}

export function statusView(view: View, status: StatusDocument, options: StatusViewOptions): TemplateResult {
  const current = currentStepIndex(status);
  const turn = whoseTurn(status);
  return html`<section part="tracker" class="tracker" aria-labelledby="heading">
    <p class="overline">
      ${status.title ? html`<span part="title" class="title">${view.bdi(status.title)}</span>` : nothing}
      <span class="application-id">${view.t('applicationNumber', { id: status.applicationId })}</span>
    </p>
    <div role="heading" aria-level=${view.level} id="heading" part="heading" class="heading" tabindex="-1">${view.headingText(status)}</div>
    ${turn ? html`<p part="summary" class="summary ${turn === 'waitingOnYou' ? 'summary--you' : 'summary--us'}">${view.t(turn)}</p>` : nothing}
    ${status.outcome && current >= 0 ? html`<p part="outcome" class="outcome outcome--${status.outcome}">${view.t(`outcome.${status.outcome}`)}</p>` : nothing}
    ${options.staleNote ? html`<p part="stale" class="stale">${view.t(options.staleNote)}</p>` : nothing}
    ${status.notice ? html`<p part="notice" class="notice"><strong>${view.t('notice')}:</strong> ${view.bdi(status.notice)}</p>` : nothing}
    <ol part="steps" class="steps ${sideBySide(status, options.layout) ? 'horizontal' : ''}" aria-label=${view.t('stepsLabel')}>
      ${status.steps.map((step, index) => stepView(view, step, index, index === current))}
    </ol>
    ${historyView(view, status, options)}
    ${status.updatedAt || status.updateSchedule ? html`<p class="updated">
        ${status.updatedAt ? html`<span>${view.t('updatedAt', { date: formatRecent(status.updatedAt, view.lang) })}</span>` : nothing}
        ${status.updateSchedule ? html`<span>${view.bdi(status.updateSchedule)}</span>` : nothing}
      </p>` : nothing}
    ${contactView(view, status)}
    <p class="checked">
      ${options.checkedAt ? html`<span part="checked">${view.t('checkedAt', { time: formatTime(options.checkedAt, view.lang) })}</span>` : nothing}
      ${options.buttons}
    </p>
  </section>`;
}

function stepView(view: View, step: Step, index: number, isCurrent: boolean): TemplateResult {
  const action = step.action;
  const actionUrl = safeUrl(action?.url, view.baseUrl);
  const dateKey = step.state === 'upcoming' ? 'dateExpected' : 'dateOther';
  return html`<li part="step step-${step.state}" class="step" data-state=${step.state}
      aria-current=${isCurrent ? 'step' : nothing}>
    <span class="marker" aria-hidden="true">${STATE_MARKERS[step.state] || index + 1}</span>
    <div class="step-body">
      <span class="label">${view.bdi(step.label)}</span>
      <span class="state">${step.date && step.state === 'complete'
        ? view.t('dateComplete', { date: view.date(step.date) })
        : html`${view.t(`state.${step.state}`)}${step.date ? ` · ${view.t(dateKey, { date: view.date(step.date) })}` : ''}`}</span>
      ${step.description ? html`<p class="description">${view.bdi(step.description)}</p>` : nothing}
      ${action ? html`<div part="action" class="action">
          ${action.dueDate ? html`<p class="due">${view.t('dueBy', { date: view.date(action.dueDate) })}</p>` : nothing}
          ${actionUrl
            ? html`<a href=${actionUrl} rel="noopener noreferrer">${view.bdi(action.label)}</a>`
            : html`<p>${view.bdi(action.label)}</p>`}
        </div>` : nothing}
    </div>
  </li>`;
}

function historyView(view: View, status: StatusDocument, { historyOpen, onHistoryToggle }: StatusViewOptions): TemplateResult | typeof nothing {
  if (!status.history?.length) return nothing;
  // Collapsed history is not rendered: a long one would otherwise cost every render and refresh.
  return html`<details part="history" class="history" ?open=${historyOpen}
      @toggle=${(event: Event) => onHistoryToggle((event.target as HTMLDetailsElement).open)}>
    <summary>${view.t('history')} (${status.history.length})</summary>
    ${historyOpen ? html`<ol>${status.history.map((entry) => html`<li><span class="date">${view.date(entry.date)}</span> ${view.bdi(entry.text)}</li>`)}</ol>` : nothing}
  </details>`;
}

function contactView(view: View, status: StatusDocument): TemplateResult | typeof nothing {
  const contact = status.contact;
  if (!contact || !(contact.phone || contact.email || contact.url)) return nothing;
  const link = (href: string | undefined, text: string) => (href ? html`<a href=${href}>${text}</a>` : text);
  const url = safeUrl(contact.url, view.baseUrl);
  return html`<div part="contact" class="contact">
    <p class="contact-heading">${view.t('contact')}</p>
    <ul>
      ${contact.phone ? html`<li>${link(telUrl(contact.phone), view.t('call', { phone: contact.phone }))}</li>` : nothing}
      ${contact.email ? html`<li>${link(mailtoUrl(contact.email), view.t('email', { email: contact.email }))}</li>` : nothing}
      ${url ? html`<li><a href=${url} rel="noopener noreferrer">${view.t('website')}</a></li>` : nothing}
    </ul>
  </div>`;
}
