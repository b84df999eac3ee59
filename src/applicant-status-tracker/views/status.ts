/** The status itself: where the application stands, every step, what to do, and whom to ask. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Step, StatusDocument } from '../../core/status-document.js';
import { currentStepIndex, sideBySide, whoseTurn, type Layout } from '../../core/progress.js';
import { mailtoUrl, safeUrl, telUrl } from '../../core/links.js';
import { expectedOf, isLate, isOverdue, nextExpected } from '../../core/timing.js';
import { calendarUrl, hashId } from '../../core/calendar.js';
import { formatExpected, formatRecent, formatTime } from '../../i18n/intl.js';
import type { View } from './view.js';
import { agencyHelp, signInLink } from './panels.js';
import type { TimingController } from '../../controllers/timing-controller.js';
import { parseIsoDate } from '../../core/dates.js';

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
  /** That answer was the status already shown. */
  unchanged: boolean;
  /** Where to sign in, when the last check was refused for want of it. */
  signInUrl?: string;
  /** The last check failed (`stale`) or the device is offline: the status may be out of date. */
  staleNote?: 'stale' | 'offline';
  historyOpen: boolean;
  onHistoryToggle: (open: boolean) => void;
  buttons: TemplateResult;
  /** Today, the estimates the agency moved, and when this status was first shown. */
  timing: Pick<TimingController, 'today' | 'moved' | 'shownAt'>;
  /** The page is being printed: the history is written out in full. */
  printing: boolean;
  onActionClick: (stepId: string) => void;
}

/**
 * What the step's timing says: its estimate ("Expected by July 30, 2020 (estimate)", "Expected July
 * 20 – 30, 2020 (estimate)"), or that it is taking longer than that.
 */
const timingText = (view: View, step: Step, today: string) => {
  const expected = expectedOf(step);
  return expected && view.t(isLate(step, today) ? 'late' : expected.from ? 'dateExpected' : 'dateExpectedBy', { date: formatExpected(expected, view.lang) });
};

/** The whole status in words, as the summary and the announcement say it: whose turn, then what to expect next. */
export function turnText(view: View, status: StatusDocument, today: string): string {
  const turn = whoseTurn(status);
  const next = turn === 'waitingOnUs' && nextExpected(status);
  const then = next && view.t('sentence', { text: view.t('labelled', { label: view.text(next.label), text: timingText(view, next, today) || '' }) });
  return turn ? `${view.t(turn)}${then ? ` ${then}` : ''}` : '';
}

/** The same words on screen, the agency's step label isolated in its own direction. */
function turnView(view: View, status: StatusDocument, today: string): TemplateResult {
  const turn = whoseTurn(status)!;
  const next = turn === 'waitingOnUs' && nextExpected(status);
  return html`${view.t(turn)}${next ? html` ${view.parts('sentence', { text: view.parts('labelled', { label: view.bdi(next.label), text: timingText(view, next, today) }) })}` : nothing}`;
}

export function statusView(view: View, status: StatusDocument, options: StatusViewOptions): TemplateResult {
  const current = currentStepIndex(status);
  const turn = whoseTurn(status);
  const reach = contactLinks(view, status);
  return html`<section part="tracker" class="tracker" aria-labelledby="heading">
    <p class="overline">
      ${status.title ? html`<span part="title" class="title">${view.bdi(status.title)}</span>` : nothing}
      <span class="application-id">${view.parts('applicationNumber', { id: view.ltr(status.applicationId) })}</span>
    </p>
    <div role="heading" aria-level=${view.level} id="heading" part="heading" class="heading" tabindex="-1">${view.headingView(status)}</div>
    ${turn ? html`<p part="summary" class="summary ${turn === 'waitingOnYou' ? 'summary--you' : 'summary--us'}">${turnView(view, status, options.timing.today)}</p>` : nothing}
    ${status.outcome && current >= 0 ? html`<p part="outcome" class="outcome outcome--${status.outcome}">${view.t(`outcome.${status.outcome}`)}</p>` : nothing}
    ${options.staleNote ? html`<p part="stale" class="stale">${view.t(options.staleNote)} ${signInLink(view, options.signInUrl)}</p>` : nothing}
    ${status.notice ? html`<p part="notice" class="notice">${view.parts('labelled', { label: html`<strong>${view.t('notice')}</strong>`, text: view.bdi(status.notice) })}</p>` : nothing}
    <ol part="steps" class="steps ${sideBySide(status, options.layout) ? 'horizontal' : ''}" aria-label=${view.t('stepsLabel')}>
      ${status.steps.map((step, index) => stepView(view, status, step, index === current, index, options, reach))}
    </ol>
    ${historyView(view, status, options)}
    ${status.updatedAt || status.updateSchedule ? html`<p class="updated">
        ${status.updatedAt ? html`<span>${view.t('updatedAt', { date: formatRecent(status.updatedAt, view.lang) })}</span>` : nothing}
        ${status.updateSchedule ? html`<span>${view.bdi(status.updateSchedule)}</span>` : nothing}
      </p>` : nothing}
    ${reach.length ? html`<div part="contact" class="contact">
      <p class="contact-heading">${view.t('contact')}</p>
      <ul class="links">${reach}</ul>
    </div>` : nothing}
    <p class="checked">
      ${options.checkedAt ? html`<span part="checked">${view.t(options.unchanged ? 'checkedSame' : 'checkedAt', { time: formatTime(options.checkedAt, view.lang) })}</span>` : nothing}
      ${options.buttons}
    </p>
  </section>`;
}

function stepView(
  view: View, status: StatusDocument, step: Step, isCurrent: boolean, index: number,
  { timing: { today, moved, shownAt }, onActionClick }: StatusViewOptions, reach: TemplateResult[],
): TemplateResult {
  const action = step.action;
  const actionUrl = safeUrl(action?.url, view.baseUrl);
  // A decided application (an outcome) has no estimates left to keep, nor delays to explain.
  const timing = !status.outcome && timingText(view, step, today);
  const was = moved.get(step.id);
  // The agency's contact where the applicant needs it: below a late step, in a missed due date's
  // call-out, and where an action has no link to act on (else the page's own help).
  const askAgency = reach.length ? html`<ul class="links">${reach}</ul>` : nothing;
  const dueDate = action?.dueDate;
  const overdue = isOverdue(step, today);
  const nowhereToAct = step.state === 'action-required' && !actionUrl && !overdue;
  const whereToAct = reach.length ? askAgency : html`<div>${agencyHelp()}</div>`;
  // The line into a finished step is the finished colour, even from a skipped or failed one.
  const next = status.steps[index + 1]?.state;
  return html`<li part="step step-${step.state}" class="step ${next === 'complete' ? 'into-complete' : ''}" data-state=${step.state}
      aria-current=${isCurrent ? 'step' : nothing}>
    <span class="marker" aria-hidden="true">${STATE_MARKERS[step.state] || index + 1}</span>
    <div class="step-body">
      <span class="label">${view.bdi(step.label)}</span>
      <span class="state">${step.date && step.state === 'complete'
        ? view.t('dateComplete', { date: view.date(step.date) })
        : html`${view.t(`state.${step.state}`)}${step.date && step.state !== 'upcoming' ? ` · ${view.t('dateOther', { date: view.date(step.date) })}` : ''}${timing ? ` · ${timing}` : ''}`}</span>
      ${was && timing ? html`<p class="moved">${view.t('estimateMoved', { date: formatExpected(was, view.lang) })}</p>` : nothing}
      ${timing && isLate(step, today) ? askAgency : nothing}
      ${step.description ? html`<p class="description">${view.bdi(step.description)}</p>` : nothing}
      ${nowhereToAct && !action ? whereToAct : nothing}
      ${action ? html`<div part="action" class="action">
          ${dueDate ? html`<p class="due">${view.t(overdue ? 'duePassed' : 'dueBy', { date: view.date(dueDate) })}</p>` : nothing}
          ${overdue ? askAgency : nothing}
          ${actionUrl
            ? html`<a href=${actionUrl} rel="noopener noreferrer" @click=${() => onActionClick(step.id)}>${view.bdi(action.label)}</a>`
            : html`<p>${view.bdi(action.label)}</p>`}
          ${nowhereToAct ? whereToAct : nothing}
          ${dueDate && !overdue && step.state === 'action-required' ? html`<a class="calendar" download="reminder.ics" href=${calendarUrl(
            `${hashId(`${status.applicationId} ${step.id}`)}@${location.hostname}`,
            status.updatedAt ? parseIsoDate(status.updatedAt)! : shownAt,
            dueDate,
            status.title ? view.t('aside', { text: view.text(action.label), detail: view.text(status.title) }) : view.text(action.label),
            actionUrl,
          )}>${view.t('addToCalendar')}</a>` : nothing}
        </div>` : nothing}
    </div>
  </li>`;
}

function historyView(view: View, status: StatusDocument, { historyOpen, onHistoryToggle, printing }: StatusViewOptions): TemplateResult | typeof nothing {
  if (!status.history?.length) return nothing;
  // Collapsed history is not rendered: a long one would otherwise cost every render and refresh.
  // Printed, it is written out below its summary, leaving the applicant's open or closed choice alone.
  const entries = () => html`<ol class="entries">${status.history!.map((entry) => html`<li><span class="date">${view.date(entry.date)}</span> ${view.bdi(entry.text)}</li>`)}</ol>`;
  return html`<details part="history" class="history" ?open=${historyOpen}
      @toggle=${(event: Event) => onHistoryToggle((event.target as HTMLDetailsElement).open)}>
    <summary>${view.t('aside', { text: view.t('history'), detail: status.history.length })}</summary>
    ${historyOpen ? entries() : nothing}
  </details>${printing && !historyOpen ? entries() : nothing}`;
}

/** The agency's phone, email and website as list items: at the bottom, and beside anything late. */
function contactLinks(view: View, { contact = {} }: StatusDocument): TemplateResult[] {
  const link = (href: string | undefined, text: unknown) => html`<li>${href ? html`<a href=${href}>${text}</a>` : text}</li>`;
  const url = safeUrl(contact.url, view.baseUrl);
  return [
    contact.phone && link(telUrl(contact.phone), view.parts('call', { phone: view.ltr(contact.phone) })),
    contact.email && link(mailtoUrl(contact.email), view.parts('email', { email: view.ltr(contact.email) })),
    url && html`<li><a href=${url} rel="noopener noreferrer">${view.t('website')}</a></li>`,
  ].filter(Boolean) as TemplateResult[];
}
