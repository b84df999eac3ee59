/** Dates and times in the applicant's language, through Intl. */
import { isDateOnly, parseIsoDate } from '../core/dates.js';

/** A page's `lang` may be anything ("english", "EN_us"): fall back to English rather than throw. */
export function locale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Intl formatters cost ~0.1 ms each to make: one per language and style, reused. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(lang: string, dateStyle?: 'long', timeStyle?: 'short' | 'medium'): Intl.DateTimeFormat {
  const key = `${lang} ${dateStyle} ${timeStyle}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale(lang), { dateStyle, timeStyle })));
  return formatter;
}

export function formatDate(value: string, lang: string): string {
  return dateTimeFormat(lang, 'long', isDateOnly(value) ? undefined : 'short').format(parseIsoDate(value)!);
}

/** With seconds: "Last checked" visibly moves on every check, even two in the same minute. */
export function formatTime(date: Date, lang: string): string {
  return dateTimeFormat(lang, undefined, 'medium').format(date);
}

/**
 * Within the last day a change reads best as "3 hours ago"; older ones as a date. Hours, not
 * minutes: the text then changes at most hourly, not on every refresh.
 */
export function formatRecent(value: string, lang: string, now = Date.now()): string {
  const elapsed = now - parseIsoDate(value)!.getTime();
  if (isDateOnly(value) || elapsed < 0 || elapsed >= 864e5) return formatDate(value, lang);
  return new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' }).format(-Math.floor(elapsed / 36e5), 'hour');
}

/**
 * An estimate as calendar days: "July 30, 2020", or a range as the language writes one
 * ("July 20 – 30, 2020") through formatRange, which every supported browser has.
 */
export function formatExpected({ from, to }: { from?: string; to: string }, lang: string): string {
  const days = dateTimeFormat(lang, 'long');
  return from ? days.formatRange(parseIsoDate(from)!, parseIsoDate(to)!) : days.format(parseIsoDate(to)!);
}
