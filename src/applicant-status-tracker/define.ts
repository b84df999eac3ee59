import { ApplicantStatusTracker } from './applicant-status-tracker.component.js';

/**
 * Below the support floor (Safari 16.4, Chrome 111, Firefox 115) the element stays undefined and
 * the page shows the agency's fallback markup. AbortSignal.timeout (Safari 16, Chrome 103,
 * Firefox 100) marks the floor closely enough; older engines mostly stop at the syntax first.
 * Newer features (AbortSignal.any, light-dark(), container queries) have fallbacks.
 */
const supported = () => 'timeout' in AbortSignal;

/** Defines <applicant-status-tracker> once, however often the script is loaded, where the browser can run it. */
export function defineElement(): void {
  if (supported() && !customElements.get('applicant-status-tracker')) {
    customElements.define('applicant-status-tracker', ApplicantStatusTracker);
  }
}
