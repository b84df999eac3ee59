/**
 * Registers <applicant-status-tracker> once, however often the script is loaded, and only in a
 * browser that has what it relies on: elsewhere the element stays as the agency's fallback markup.
 */
import { ApplicantStatusTracker } from './applicant-status-tracker.component.js';

export { ApplicantStatusTracker };
export type { StatusUpdateDetail, StatusErrorDetail } from './applicant-status-tracker.component.js';
export * from './status-document.js';
export { StatusError, ERROR_KINDS, type ErrorKind, type StatusTransform } from './fetch-status.js';
export { registerLanguage, en, es, type Messages, type MessageKey } from './messages.js';

const supported = 'any' in AbortSignal && 'timeout' in AbortSignal && CSS.supports('color', 'light-dark(#000, #fff)');

if (supported && !customElements.get('applicant-status-tracker')) {
  customElements.define('applicant-status-tracker', ApplicantStatusTracker);
}
