/**
 * Declarative mapping: an agency whose endpoint answers only a status code declares its steps in
 * the page markup, with the codes that put the application at each step. Pure: the element reads
 * the markup into `DeclaredStep`s, this module turns a code into a status document.
 */
import { StatusValidationError, type Outcome, type StatusDocument, type Step } from './status-document.js';

/** What a code at a step means: where the application is, and whether it has ended there. */
export const CODE_MEANINGS = ['current', 'action', 'complete', 'approved', 'denied', 'withdrawn', 'closed'] as const;
export type CodeMeaning = (typeof CODE_MEANINGS)[number];

export interface DeclaredStep {
  id: string;
  label: string;
  /** Codes by meaning, e.g. { current: ['IN_REVIEW'], action: ['NEED_DOCS'] }. */
  codes: Partial<Record<CodeMeaning, string[]>>;
  /** For an `action` code: what the applicant must do and where. */
  action?: { label: string; url?: string };
  description?: string;
}

/** Reads a dotted path ("case.status") out of a parsed response. */
export function fieldAt(body: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined),
    body,
  );
}

/**
 * The document for `code`: steps before the matched one are complete, later ones upcoming,
 * or skipped when the application ended there (denied, withdrawn, closed).
 */
export function mapStatusCode(steps: DeclaredStep[], code: unknown, field: string, applicationId: string): StatusDocument {
  if (typeof code !== 'string' && typeof code !== 'number') fail(field, 'a status code (string or number)');
  const wanted = String(code);
  for (const [at, declared] of steps.entries()) {
    const meaning = CODE_MEANINGS.find((m) => declared.codes[m]?.includes(wanted));
    if (!meaning) continue;
    const ended = meaning === 'denied' || meaning === 'withdrawn' || meaning === 'closed';
    const here: Step['state'] = {
      current: 'current', action: 'action-required', complete: 'complete', approved: 'complete',
      denied: 'failed', withdrawn: 'skipped', closed: 'complete',
    }[meaning] as Step['state'];
    return {
      applicationId,
      outcome: meaning === 'current' || meaning === 'action' || meaning === 'complete' ? undefined : (meaning as Outcome),
      steps: steps.map((step, index): Step => {
        const state: Step['state'] = index < at ? 'complete' : index > at ? (ended ? 'skipped' : 'upcoming') : here;
        return {
          id: step.id,
          label: step.label,
          state,
          ...(step.description && index === at ? { description: step.description } : {}),
          ...(step.action && state === 'action-required' ? { action: step.action } : {}),
        };
      }),
    };
  }
  return fail(field, `one of the declared status codes, not "${wanted}"`);
}

function fail(field: string, expected: string): never {
  throw new StatusValidationError(field, expected);
}
