/**
 * An iCalendar file (RFC 5545) for an action's due date: one all-day event the applicant adds to
 * their own calendar. Made from the status already shown: no request, nothing stored. Pure.
 */
import { localDay } from './timing.js';

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped, so nothing
 * from the server can end the line or start a property; other control characters and lone
 * surrogates (not encodable as UTF-8) dropped.
 */
const text = (value: string) =>
  value.replace(/\r\n?|[\0-\x1f\\;,\x7f]|\p{Cs}/gu, (c) => (c > '~' ? '' : c >= ' ' ? `\\${c}` : '\r\n'.includes(c[0]) ? '\\n' : ''));

/** Content lines folded at 75 octets of UTF-8 (never inside a character), each ended by CRLF. */
function fold(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = 1 + +(code > 127) + +(code > 2047) + +(code > 65535);
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return `${folded}\r\n`;
}

/** A short, stable, non-reversible id (FNV-1a): the UID carries no application number. */
export function hashId(value: string): string {
  let hash = 2166136261;
  for (const char of value) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return (hash >>> 0).toString(36);
}

/**
 * The calendar file for an action, as a data: URL: made and downloaded in the page, under any CSP.
 * `uid` is stable per application and step (downloading again updates the event rather than
 * adding one); `stamp` is when the information was last revised (DTSTAMP, for a calendar without
 * METHOD); `due` is a date, or a date-time whose local day counts. An all-day event has no DTEND:
 * it lasts its one day (RFC 5545 3.6.1).
 */
export const calendarUrl = (uid: string, stamp: Date, due: string, summary: string, url?: string) =>
  `data:text/calendar;charset=utf-8,${encodeURIComponent(
    `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Applicant Status Tracker//EN
BEGIN:VEVENT
UID:${text(uid)}
DTSTAMP:${stamp.toISOString().replace(/[-:]|\.\d+/g, '')}
DTSTART;VALUE=DATE:${localDay(due).replace(/-/g, '')}
SUMMARY:${text(summary)}${url ? `
DESCRIPTION:${text(url)}` : ''}
END:VEVENT
END:VCALENDAR`.split('\n').map(fold).join(''),
  )}`;
