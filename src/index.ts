/** Registers <applicant-status-tracker> once, however often the script is loaded. */
import { ApplicantStatusTracker } from './applicant-status-tracker.component.js';

export { ApplicantStatusTracker };
export type { StatusUpdateDetail, StatusErrorDetail } from './applicant-status-tracker.component.js';
export * from './status-document.js';
export { StatusError, ERROR_KINDS, type ErrorKind, type StatusTransform } from './fetch-status.js';
export { registerLanguage, en, es, type Messages, type MessageKey } from './messages.js';

if (!customElements.get('applicant-status-tracker')) {
  customElements.define('applicant-status-tracker', ApplicantStatusTracker);
}
