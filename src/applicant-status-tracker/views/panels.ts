/** The views around the status: loading, an error with nothing to show, and the widget's buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StatusError } from '../../core/errors.js';
import type { View } from './view.js';
import { formatTime } from '../../i18n/intl.js';

/**
 * Loading: the status's own shape (title, heading, summary, `steps` step rows, when it was updated, the "Check again" line)
 * drawn with the status's own classes (and, where the words are known, the words themselves, as
 * blocks), so it takes the room the status will at any width and in any font, and the page below
 * does not jump when the status arrives.
 */
export function loadingView(view: View, steps: number): TemplateResult {
  const bar = html`<span class="bar"></span>`;
  return html`<div part="loading" class="loading" aria-busy="true">
    <p class="overline" aria-hidden="true">${bar}</p>
    <p class="title">${view.t('loading')}</p>
    <div aria-hidden="true">
      <div class="summary">${bar}${bar}</div>
      <div class="steps">${Array.from({ length: steps }, () => html`<div class="step"><span class="marker"></span>
        <div class="step-body">${bar}${bar}</div></div>`)}</div>
      <p class="updated">${bar}${bar}</p>
      <p class="checked"><span class="ghost">${view.t('checkedAt', { time: formatTime(new Date(), view.lang) })}</span>
        <button class="ghost" disabled>${view.t('checkAgain')}</button></p>
    </div>
  </div>`;
}

/** The agency's own help (its `help` slot, else its fallback markup). */
export const agencyHelp = () => html`<slot name="help"><slot></slot></slot>`;

/** "Sign in", to the agency's `sign-in-url` (already checked by safeUrl); nothing without one. */
export const signInLink = (view: View, url?: string) =>
  url ? html`<a part="sign-in" href=${url}>${view.t('signIn')}</a>` : nothing;

export function errorView(view: View, error: StatusError, buttons: TemplateResult, signInUrl?: string): TemplateResult {
  if (error.kind === 'configuration') return agencyHelp();
  return html`<div part="error" class="error" data-kind=${error.kind}>
    <div role="heading" aria-level=${view.level} class="heading">${view.t(`error.${error.kind}`)}</div>
    <p>${view.t(`error.${error.kind}.next`)}</p>
    ${error.kind === 'unauthorized' && signInUrl ? html`<p>${signInLink(view, signInUrl)}</p>` : nothing}
    ${buttons}
    ${agencyHelp()}
  </div>`;
}

export interface ButtonOptions {
  label: 'retry' | 'checkAgain';
  /** A check the applicant asked for is under way. */
  checking: boolean;
  onCheck: () => void;
  /** "Look up another application", when the application came from the lookup form. */
  onLookAnother?: () => void;
}

export function buttons(view: View, { label, checking, onCheck, onLookAnother }: ButtonOptions): TemplateResult {
  return html`<button part="button" type="button" aria-disabled=${checking ? 'true' : 'false'}
      @click=${onCheck}>${checking ? view.t('checking') : view.t(label)}</button>
    ${onLookAnother ? html`<button part="button" type="button" @click=${onLookAnother}>${view.t('lookupAnother')}</button>` : nothing}`;
}
