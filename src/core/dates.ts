/**
 * The one ISO 8601 parser: exactly the forms the contract allows (and the JSON Schema's pattern
 * accepts), with the same answer in every engine. `new Date(string)` is never used: engines read
 * forms outside ECMAScript's date-time format differently (JavaScriptCore accepts
 * "0013-01-01 10:00", V8 and SpiderMonkey refuse it).
 *
 *   2020-07-01                     a calendar day, read as local noon so no time zone shifts it
 *   2020-07-01T15:04               local time ("T" or a space; seconds and a fraction optional)
 *   2020-07-01T15:04:05.250Z       UTC, or an offset: +02:00, -0500
 */
const ISO_8601 = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(?:(Z)|([+-])(\d\d):?(\d\d))?)?$/;

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** The moment `value` names, or undefined when it is not one of the allowed forms or not a real day and time. */
export function parseIsoDate(value: string): Date | undefined {
  const match = ISO_8601.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour = 12, minute = 0, second = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const [offsetHours = 0, offsetMinutes = 0] = [match[10], match[11]].map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59
    || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const millisecond = Math.floor(Number(`0.${match[7] ?? 0}`) * 1000);
  const date = new Date(0);
  if (match[8] || match[9]) {
    // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, second, millisecond);
    return new Date(date.getTime() - (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000);
  }
  date.setFullYear(year, month - 1, day);
  date.setHours(hour, minute, second, millisecond);
  return date;
}

/** A calendar day ("2020-07-01") rather than a moment. */
export const isDateOnly = (value: string) => value.length === 10;
