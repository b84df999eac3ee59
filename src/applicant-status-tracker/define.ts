import { ApplicantStatusTracker } from './applicant-status-tracker.component.js';

/** What the element relies on. Elsewhere it stays undefined, and the page shows the agency's fallback markup. */
const supported = () => 'any' in AbortSignal && 'timeout' in AbortSignal && CSS.supports('color', 'light-dark(#000, #fff)');

/** Defines <applicant-status-tracker> once, however often the script is loaded, where the browser can run it. */
export function defineElement(): void {
  if (supported() && !customElements.get('applicant-status-tracker')) {
    customElements.define('applicant-status-tracker', ApplicantStatusTracker);
  }
}
