/**
 * The status document (v1): its types, its validation and how a text is read in a language.
 * Pure: no DOM, no fetch. This is the one place that knows the contract in SPEC.md.
 */
import { parseIsoDate } from './dates.js';

/** A text is a plain string or a map of language tag to string. */
export type LocalizedText = string | Readonly<Record<string, string>>;

export const STEP_STATES = ['complete', 'current', 'action-required', 'upcoming', 'skipped', 'failed'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const OUTCOMES = ['approved', 'denied', 'withdrawn', 'closed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface StepAction {
  label: LocalizedText;
  url?: string;
  dueDate?: string;
}

/** Calendar days (or moments) between which a step is expected to finish: an estimate, not a promise. */
export interface ExpectedRange {
  from: string;
  to: string;
}

export interface Step {
  id: string;
  label: LocalizedText;
  state: StepState;
  date?: string;
  /** When the step is expected to finish: a date, or a range of dates (v1.1). */
  expected?: string | ExpectedRange;
  description?: LocalizedText;
  action?: StepAction;
}

export interface HistoryEntry {
  date: string;
  text: LocalizedText;
}

export interface Contact {
  phone?: string;
  email?: string;
  url?: string;
}

export interface StatusDocument {
  applicationId: string;
  title?: LocalizedText;
  updatedAt?: string;
  updateSchedule?: LocalizedText;
  outcome?: Outcome;
  notice?: LocalizedText;
  steps: Step[];
  history?: HistoryEntry[];
  contact?: Contact;
}

export const MAX_STEPS = 50;

/**
 * Adapts an agency's response body to the status document. Its result is validated like any
 * response. `response` is the fetch Response, for headers; its body has already been read.
 */
export type StatusTransform = (body: unknown, response: Response) => StatusDocument | Promise<StatusDocument>;

/** Thrown (or returned) when a response does not match the contract; `message` names the field. */
export class StatusValidationError extends Error {
  override name = 'StatusValidationError';
  constructor(readonly field: string, readonly expected: string) {
    super(`${field}: expected ${expected}`);
  }
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(field: string, expected: string): never {
  throw new StatusValidationError(field, expected);
}

function text(value: unknown, field: string): LocalizedText {
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) fail(field, 'a string or an object of language tag to string');
    for (const [tag, variant] of entries) {
      if (typeof variant !== 'string') fail(`${field}.${tag}`, 'a string');
    }
    return Object.fromEntries(entries) as Record<string, string>;
  }
  return fail(field, 'a string or an object of language tag to string');
}

function optionalText(value: unknown, field: string): LocalizedText | undefined {
  return value === undefined || value === null ? undefined : text(value, field);
}

function date(value: unknown, field: string): string {
  if (typeof value !== 'string' || !parseIsoDate(value)) {
    fail(field, 'an ISO 8601 date such as 2020-07-01 or 2020-07-01T15:04:05Z');
  }
  return value;
}

function optionalDate(value: unknown, field: string): string | undefined {
  return value === undefined || value === null ? undefined : date(value, field);
}

/** A date, or a `{ from, to }` range of dates that does not end before it starts. */
function optionalExpected(value: unknown, field: string): string | ExpectedRange | undefined {
  if (!isObject(value)) return optionalDate(value, field);
  const range = { from: date(value.from, `${field}.from`), to: date(value.to, `${field}.to`) };
  if (parseIsoDate(range.from)! > parseIsoDate(range.to)!) fail(`${field}.from`, `a date on or before ${field}.to`);
  return range;
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : fail(field, 'a string');
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  return allowed.includes(value as T) ? (value as T) : fail(field, `one of ${allowed.join(', ')}`);
}

function optionalObject(value: unknown, field: string): Fields | undefined {
  if (value === undefined || value === null) return undefined;
  return isObject(value) ? value : fail(field, 'an object');
}

/** Copies only the known fields, so unknown ones are dropped and nothing foreign reaches the template. */
function pruned<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function step(value: unknown, field: string): Step {
  if (!isObject(value)) fail(field, 'an object');
  const id = value.id;
  if (typeof id !== 'string' || id === '') fail(`${field}.id`, 'a non-empty string');
  const state = oneOf(value.state, STEP_STATES, `${field}.state`);
  const action = optionalObject(value.action, `${field}.action`);
  return pruned({
    id,
    label: text(value.label, `${field}.label`),
    state,
    date: optionalDate(value.date, `${field}.date`),
    expected: optionalExpected(value.expected, `${field}.expected`),
    description: optionalText(value.description, `${field}.description`),
    action: action && pruned({
      label: text(action.label, `${field}.action.label`),
      url: optionalString(action.url, `${field}.action.url`),
      dueDate: optionalDate(action.dueDate, `${field}.action.dueDate`),
    }),
  });
}

/**
 * Validates parsed JSON against the v1 contract.
 * Returns a new, normalised document holding only the known fields; throws StatusValidationError otherwise.
 */
export function validateStatusDocument(value: unknown): StatusDocument {
  if (!isObject(value)) fail('(document)', 'a JSON object');
  const applicationId = value.applicationId;
  if (typeof applicationId !== 'string' || applicationId === '') fail('applicationId', 'a non-empty string');
  const steps = value.steps;
  if (!Array.isArray(steps) || steps.length < 1 || steps.length > MAX_STEPS) {
    fail('steps', `an array of 1 to ${MAX_STEPS} steps`);
  }
  const seen = new Set<string>();
  const validSteps = steps.map((item, index) => {
    const validStep = step(item, `steps[${index}]`);
    if (seen.has(validStep.id)) fail(`steps[${index}].id`, `a unique id ("${validStep.id}" is repeated)`);
    seen.add(validStep.id);
    return validStep;
  });
  const history = value.history;
  if (history !== undefined && history !== null && !Array.isArray(history)) fail('history', 'an array');
  const contact = optionalObject(value.contact, 'contact');
  return pruned({
    applicationId,
    title: optionalText(value.title, 'title'),
    updatedAt: optionalDate(value.updatedAt, 'updatedAt'),
    updateSchedule: optionalText(value.updateSchedule, 'updateSchedule'),
    outcome: value.outcome === undefined || value.outcome === null
      ? undefined
      : oneOf(value.outcome, OUTCOMES, 'outcome'),
    notice: optionalText(value.notice, 'notice'),
    steps: validSteps,
    history: Array.isArray(history)
      ? history.map((entry, index) => {
          if (!isObject(entry)) fail(`history[${index}]`, 'an object');
          return { date: date(entry.date, `history[${index}].date`), text: text(entry.text, `history[${index}].text`) };
        })
      : undefined,
    contact: contact && pruned({
      phone: optionalString(contact.phone, 'contact.phone'),
      email: optionalString(contact.email, 'contact.email'),
      url: optionalString(contact.url, 'contact.url'),
    }),
  });
}

/**
 * Picks a text's variant for `lang`: exact tag, then its primary language ("es" for "es-MX"),
 * then a variant in the same primary language, then English, then the first.
 */
export function pickText(value: LocalizedText, lang: string): string {
  if (typeof value === 'string') return value;
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  const tags = Object.keys(value);
  const match =
    tags.find((tag) => tag.toLowerCase() === wanted) ??
    tags.find((tag) => tag.toLowerCase() === primary) ??
    tags.find((tag) => tag.toLowerCase().split('-')[0] === primary) ??
    tags.find((tag) => tag.toLowerCase() === 'en') ??
    tags.find((tag) => tag.toLowerCase().startsWith('en-')) ??
    tags[0];
  return value[match];
}
