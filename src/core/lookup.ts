/**
 * The lookup form's rules: which verifier fields an agency may ask for, and what a valid answer is.
 * Pure: the form's state lives in the lookup controller.
 */
import { StatusError } from './errors.js';

/** Verifier fields an agency can ask for, with the key each answer has in the lookup's JSON body. */
export const VERIFIERS = {
  'last-name': { key: 'lastName', type: 'text', autocomplete: 'family-name', pattern: /\S/ },
  'date-of-birth': { key: 'dateOfBirth', type: 'date', autocomplete: 'bday', pattern: /^\d{4}-\d{2}-\d{2}$/ },
  'postal-code': { key: 'postalCode', type: 'text', autocomplete: 'postal-code', pattern: /^\d{5}(-?\d{4})?$/ },
  email: { key: 'email', type: 'email', autocomplete: 'email', pattern: /^[^\s@]+@[^\s@]+$/ },
} as const;
export type Verifier = keyof typeof VERIFIERS;

/** The `verify` attribute's known field names, in the order given; unknown names are ignored. */
export const verifiersOf = (verify: string): Verifier[] =>
  verify.split(/\s+/).filter((name): name is Verifier => name in VERIFIERS);

/** The application to show: its number and, for a verified lookup, the answers keyed as the JSON body has them. */
export interface Application {
  id: string;
  answers: Record<string, string>;
}

/** The agency's `id-pattern` as a regular expression matching the whole number; a broken one is the page's mistake. */
export function idRegExp(pattern: string): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    throw new StatusError('configuration', `id-pattern is not a valid regular expression: ${pattern}`);
  }
}

/** Spaces, dots, slashes, underscores and dashes of any kind that applicants type between a number's parts. */
const SEPARATORS = /[\s._/\u2010-\u2015\u2212-]+/gu;

/**
 * The number as the agency writes it: the trimmed value when it matches `pattern` (or there is no
 * pattern), else the first of its hyphenated, unseparated and example-shaped forms (the agency's
 * `example`'s separators put back: "WY202000123" in the shape of "WY-2020-00123"), each as typed,
 * upper- and lower-case, that does. Unchanged when none matches.
 */
export function normaliseId(value: string, pattern?: RegExp, example = ''): string {
  const typed = value.trim();
  if (pattern?.test(typed) !== false) return typed;
  const compact = typed.replace(SEPARATORS, '');
  let i = 0;
  const shaped = example.replace(/[\p{L}\p{N}]/gu, () => compact[i++] ?? '');
  return [typed, typed.replace(SEPARATORS, '-'), compact, i === compact.length ? shaped : typed]
    .flatMap((form) => [form, form.toUpperCase(), form.toLowerCase()])
    .find((form) => pattern.test(form)) ?? typed;
}

/**
 * A verifier answer as the agency receives it: trimmed, and a ZIP code typed with a space, a dot or
 * a dash of any kind between its parts ("82001 1234", "820011234") written "82001-1234".
 */
export const normaliseAnswer = (name: Verifier, value: string): string =>
  name === 'postal-code' ? value.trim().replace(/^(\d{5})\W*(\d{4})$/, '$1-$2') : value.trim();

/** What is wrong with a field's value: a message key, or undefined when it is fine. */
export type FieldProblem = 'idRequired' | 'idInvalid' | 'fieldRequired';

export function checkField(name: 'applicationId' | Verifier, value: string, idPattern?: RegExp): FieldProblem | undefined {
  if (name === 'applicationId') return !value ? 'idRequired' : idPattern && !idPattern.test(value) ? 'idInvalid' : undefined;
  return VERIFIERS[name].pattern.test(value) ? undefined : 'fieldRequired';
}
