/**
 * When things are expected and due, measured in the applicant's local calendar days. Pure: "today"
 * is passed in, so the rules are tested with plain data and the view follows a clock it is given.
 */
import { parseIsoDate } from './dates.js';
import type { ExpectedRange, Step, StatusDocument } from './status-document.js';

/** When a step is expected to finish: `to` alone is "by that day", with `from` a range. */
export type Expected = Partial<ExpectedRange> & { to: string };

/**
 * The local calendar day of a date or moment, as "YYYY-MM-DD" (strings compare in day order).
 * A date-time counts as the day it falls on where the applicant is.
 */
export function localDay(value: string | Date): string {
  const date = typeof value === 'string' ? parseIsoDate(value)! : value;
  return new Date(date.getTime() - date.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
}

/** Only steps still to finish that the agency works on carry an estimate: `current` and `upcoming`. */
const pending = (step: Step) => step.state === 'current' || step.state === 'upcoming';

/**
 * A step's estimate: `expected`, else (as in v1) an upcoming step's `date`. Undefined for steps
 * that are not `current` or `upcoming`: a finished step's estimate no longer matters, and an
 * `action-required` step's timing is its action's due date.
 */
export function expectedOf(step: Step | undefined): Expected | undefined {
  const expected = step && pending(step) ? step.expected ?? (step.state === 'upcoming' ? step.date : undefined) : undefined;
  return typeof expected === 'string' ? { to: expected } : expected;
}

/** The estimate's last day has passed and the step is not finished: it is taking longer than expected. */
export const isLate = (step: Step, today: string) => {
  const expected = expectedOf(step);
  return !!expected && localDay(expected.to) < today;
};

/** An action still waiting on the applicant whose due day has passed. */
export const isOverdue = (step: Step, today: string) =>
  step.state === 'action-required' && !!step.action?.dueDate && localDay(step.action.dueDate) < today;

/** The first step still ahead that has an estimate: what the summary tells the applicant to expect next. */
export const nextExpected = (status: StatusDocument) => status.steps.find((step) => expectedOf(step));

const sameExpected = (a: Expected, b: Expected) => a.from === b.from && a.to === b.to;

/**
 * The estimates the agency moved, by step id, with what they were before: `moved` (the last
 * result) updated with the changes from `previous` to `next`. A note lasts until the estimate
 * changes again or goes away; another application starts with none.
 */
export function movedEstimates(
  previous: StatusDocument | null,
  next: StatusDocument | null,
  moved: ReadonlyMap<string, Expected>,
): Map<string, Expected> {
  const result = new Map<string, Expected>();
  if (!next || previous?.applicationId !== next.applicationId) return result;
  for (const step of next.steps) {
    const now = expectedOf(step);
    const before = expectedOf(previous.steps.find((s) => s.id === step.id));
    const was = before && now && !sameExpected(before, now) ? before : moved.get(step.id);
    if (now && was && !sameExpected(was, now)) result.set(step.id, was);
  }
  return result;
}
