/**
 * Registers a language pack with whatever copy of <applicant-status-tracker> the page loads,
 * whenever it is defined, without importing the element (so a pack script stays pure data).
 */
import type { Messages } from '../i18n/messages.js';

interface TrackerConstructor {
  registerLanguage(tag: string, messages: Partial<Messages>): void;
}

export function registerWhenDefined(tag: string, messages: Messages): void {
  customElements
    .whenDefined('applicant-status-tracker')
    .then((ctor) => (ctor as unknown as TrackerConstructor).registerLanguage(tag, messages));
}
