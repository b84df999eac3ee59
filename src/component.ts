/**
 * The side-effect-free entry: the element's class and everything an agency's code may use with it,
 * without defining the tag. Import this to register the element under your own control (e.g. in
 * a framework app or a test); import the package's main entry to have it registered for you.
 */
export { ApplicantStatusTracker } from './applicant-status-tracker/applicant-status-tracker.component.js';
export type { StatusUpdateDetail, StatusErrorDetail, ActionClickDetail } from './applicant-status-tracker/events.js';
export {
  validateStatusDocument, pickText, StatusValidationError, STEP_STATES, OUTCOMES, MAX_STEPS,
  type StatusDocument, type Step, type StepState, type StepAction, type Outcome, type LocalizedText,
  type HistoryEntry, type Contact, type StatusTransform, type ExpectedRange,
} from './core/status-document.js';
export { StatusError, ERROR_KINDS, type ErrorKind } from './core/errors.js';
export { registerLanguage, en, es, type Messages, type MessageKey } from './i18n/messages.js';
