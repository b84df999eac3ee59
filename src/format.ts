/** Dates and times in the applicant's language, through Intl. */
import { isDateOnly, parseDate } from './status-document.js';

/** A page's `lang` may be anything ("english", "EN_us"): fall back to English rather than throw. */
export function locale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatDate(value: string, lang: string): string {
  const options: Intl.DateTimeFormatOptions = isDateOnly(value)
    ? { dateStyle: 'long' }
    : { dateStyle: 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat(locale(lang), options).format(parseDate(value));
}

export function formatTime(date: Date, lang: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short' }).format(date);
}
