/**
 * What a status document means for the applicant, independent of language and markup: where they
 * are, whose turn it is, and whether the steps fit side by side. Pure.
 */
import type { LocalizedText, Outcome, StatusDocument } from './status-document.js';

/** The step the applicant is at: the first that is waiting on them or on the agency. */
export function currentStepIndex(status: StatusDocument): number {
  return status.steps.findIndex((s) => s.state === 'current' || s.state === 'action-required');
}

export type Turn = 'waitingOnYou' | 'waitingOnUs';

/** Whose turn it is: the applicant's when any step waits on them, else the agency's while the application is open. */
export function whoseTurn(status: StatusDocument): Turn | undefined {
  if (status.steps.some((s) => s.state === 'action-required')) return 'waitingOnYou';
  if (!status.outcome && status.steps.some((s) => s.state === 'current' || s.state === 'upcoming')) return 'waitingOnUs';
  return undefined;
}

/** The heading's message and its values: "Step 3 of 5: Documents", else the outcome, else "4 of 5 steps complete". */
export type Heading =
  | { key: 'stepOf'; n: number; total: number; label: LocalizedText }
  | { key: `outcome.${Outcome}` }
  | { key: 'stepsDone'; done: number; total: number };

export function heading(status: StatusDocument): Heading {
  const index = currentStepIndex(status);
  const total = status.steps.length;
  if (index >= 0) return { key: 'stepOf', n: index + 1, total, label: status.steps[index].label };
  if (status.outcome) return { key: `outcome.${status.outcome}` };
  return { key: 'stepsDone', done: status.steps.filter((s) => s.state === 'complete').length, total };
}

export type Layout = 'auto' | 'horizontal' | 'vertical';

/** Side by side only where every column stays readable: few steps, none carrying a description or action. */
export function sideBySide(status: StatusDocument, layout: Layout): boolean {
  if (layout !== 'auto') return layout === 'horizontal';
  return status.steps.length <= 6 && !status.steps.some((step) => step.description || step.action);
}

/** Two documents are the same when their normalised content is; field order does not matter. */
export function sameStatus(a: StatusDocument | null, b: StatusDocument | null): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
