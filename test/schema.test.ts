/**
 * The published JSON Schema (schema/status.schema.json) and the element's own validator agree:
 * every demo fixture passes both, and the schema rejects everything the validator rejects
 * (the schema may be stricter, never looser).
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { validateStatusDocument, StatusValidationError } from '../src/core/status-document.js';
import { parseIsoDate } from '../src/core/dates.js';
import { specExample } from './support/index.js';

/** Every file in demo/fixtures, one per demo scenario. */
const FIXTURES = ['received', 'under-review', 'action-required', 'approved', 'denied', 'skipped', 'spanish', 'on-track', 'delayed', 'due-soon', 'due-passed'];

type Json = Record<string, unknown>;

const getJson = async (path: string): Promise<Json> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json() as Promise<Json>;
};

let schema: Json;
let validator: Validator;
const fixtures = new Map<string, Json>();

const schemaErrors = (value: unknown) => {
  const result = validator.validate(value);
  return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation}: ${e.error}`);
};

/** The schema's date pattern, compiled as JSON Schema validators do (with the u flag). */
let datePattern: RegExp;

/** Forms on the edges of the grammar, among them those engines' Date parsers disagree on. */
const EDGE_DATES = ['0013-01-01 10:00', '0000-02-29', '0100-02-29', '2021-02-29', '2024-02-29', '2020-07-01T24:00',
  '2020-07-01T23:59:59.999999Z', '2020-07-01T10:00+2359', '2020-07-01T10:00+24:00', '2020-07-01 10:00:60', '99-07-01', '2020-07-01T10'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/**
 * Strings from the grammar of ISO 8601 dates, valid or just outside: a year of four digits, a
 * month and day around their limits, and optionally a time (T, space or t) around its limits, with
 * seconds, a fraction and a zone (Z, z, or an offset with or without a colon).
 */
const isoLikeDate = fc.tuple(
  fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
  fc.option(fc.tuple(
    fc.constantFrom('T', ' ', 't'), fc.integer({ min: 0, max: 24 }), fc.boolean(), fc.integer({ min: 0, max: 60 }),
    fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.stringMatching(/^[0-9]{0,10}$/), { nil: undefined })), { nil: undefined }),
    fc.option(fc.oneof(fc.constantFrom('Z', 'z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 24 }), fc.constantFrom(':', ''), fc.integer({ min: 0, max: 60 }))
      .map(([sign, h, colon, m]) => `${sign}${pad(h)}${colon}${pad(m)}`)), { nil: undefined }),
  ), { nil: undefined }),
).map(([year, month, day, time]) => {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const [separator, hour, padHour, minute, seconds, zone] = time;
  const hh = padHour ? pad(hour) : String(hour);
  const ss = seconds ? `:${pad(seconds[0])}${seconds[1] === undefined ? '' : `.${seconds[1]}`}` : '';
  return `${date}${separator}${hh}:${pad(minute)}${ss}${zone ?? ''}`;
});

/** The validator's verdict: undefined when valid, else its message. */
function validatorError(value: unknown): string | undefined {
  try {
    validateStatusDocument(value);
    return undefined;
  } catch (error) {
    if (error instanceof StatusValidationError) return error.message;
    throw error;
  }
}

/** The valid document every mutation starts from: the SPEC example (its documents step, index 2, has the action). */
const base = () => specExample() as Json;

/** Sets `path` (dot/index notation) in a copy of `doc`; `undefined` deletes the field. */
function withField(doc: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(doc);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const step = (id: string) => ({ id, label: id, state: 'upcoming' });

before(async () => {
  schema = await getJson('/schema/status.schema.json');
  validator = new Validator(schema as never, '2020-12', false);
  datePattern = new RegExp(((schema.$defs as Json).date as Json).pattern as string, 'u');
  for (const name of FIXTURES) fixtures.set(name, await getJson(`/demo/fixtures/${name}.json`));
});

describe('schema/status.schema.json', () => {
  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['applicationId', 'steps']);
  });

  it('accepts the example document of SPEC.md', () => {
    expect(schemaErrors(specExample())).to.deep.equal([]);
    expect(validatorError(specExample())).to.equal(undefined);
  });
});

describe('demo fixtures', () => {
  for (const name of FIXTURES) {
    it(`${name}.json is valid per the schema and the element's validator`, () => {
      const doc = fixtures.get(name)!;
      expect(schemaErrors(doc), 'schema').to.deep.equal([]);
      expect(validatorError(doc), 'validateStatusDocument').to.equal(undefined);
    });
  }

  it('cover every step state and the outcomes the demo shows', () => {
    const docs = [...fixtures.values()];
    const states = new Set(docs.flatMap((d) => (d.steps as Json[]).map((s) => s.state)));
    expect([...states].sort()).to.deep.equal(['action-required', 'complete', 'current', 'failed', 'skipped', 'upcoming']);
    expect(docs.map((d) => d.outcome).filter(Boolean).sort()).to.deep.equal(['approved', 'denied']);
    const localized = fixtures.get('spanish')!;
    expect(localized.title).to.have.keys('en', 'es');
  });
});

describe('the schema and the validator agree', () => {
  const accepted: [string, Json][] = [
    ['unknown fields anywhere', { ...withField(base(), ['steps', 0, 'icon'], 'truck'), schemaVersion: 1 }],
    ['null optional fields', { ...base(), title: null, outcome: null, history: null, contact: null, notice: null }],
    ['a date-time with an offset and fractions', withField(base(), ['updatedAt'], '2020-08-01T15:04:05.123-06:00')],
    ['a date-time without seconds or offset', withField(base(), ['updatedAt'], '2020-08-01T15:04')],
    ['50 steps', withField(base(), ['steps'], Array.from({ length: 50 }, (_, i) => step(`s${i}`)))],
    ['a regional language tag', withField(base(), ['steps', 0, 'label'], { 'es-MX': 'Recibida', en: 'Received' })],
  ];
  for (const [name, doc] of accepted) {
    it(`both accept ${name}`, () => {
      expect(schemaErrors(doc), 'schema').to.deep.equal([]);
      expect(validatorError(doc), 'validateStatusDocument').to.equal(undefined);
    });
  }

  const rejected: [string, unknown][] = [
    ['a bad step state', withField(base(), ['steps', 1, 'state'], 'IN_REVIEW')],
    ['0 steps', withField(base(), ['steps'], [])],
    ['51 steps', withField(base(), ['steps'], Array.from({ length: 51 }, (_, i) => step(`s${i}`)))],
    ['steps that are not an array', withField(base(), ['steps'], { a: step('a') })],
    ['a missing applicationId', withField(base(), ['applicationId'], undefined)],
    ['an empty applicationId', withField(base(), ['applicationId'], '')],
    ['a numeric applicationId', withField(base(), ['applicationId'], 123)],
    ['a missing step id', withField(base(), ['steps', 0, 'id'], undefined)],
    ['an empty step id', withField(base(), ['steps', 0, 'id'], '')],
    ['a missing step label', withField(base(), ['steps', 0, 'label'], undefined)],
    ['a missing step state', withField(base(), ['steps', 0, 'state'], undefined)],
    ['a step that is not an object', withField(base(), ['steps', 0], 'received')],
    ['a numeric label', withField(base(), ['steps', 0, 'label'], 42)],
    ['an empty localized label', withField(base(), ['steps', 0, 'label'], {})],
    ['a localized label with a non-string value', withField(base(), ['steps', 0, 'label'], { en: 'Received', es: 1 })],
    ['a date that is not ISO 8601', withField(base(), ['steps', 0, 'date'], '07/01/2020')],
    ['a date with month 13', withField(base(), ['updatedAt'], '2020-13-01')],
    ['a numeric date', withField(base(), ['steps', 0, 'date'], 20200701)],
    ['a bad outcome', withField(base(), ['outcome'], 'pending')],
    ['an action without a label', withField(base(), ['steps', 2, 'action', 'label'], undefined)],
    ['a numeric action url', withField(base(), ['steps', 2, 'action', 'url'], 7)],
    ['a bad due date', withField(base(), ['steps', 2, 'action', 'dueDate'], 'next Tuesday')],
    ['history that is not an array', withField(base(), ['history'], { date: '2020-07-09', text: 'x' })],
    ['a history entry without a date', withField(base(), ['history', 0, 'date'], undefined)],
    ['a history entry without text', withField(base(), ['history', 0, 'text'], undefined)],
    ['contact that is not an object', withField(base(), ['contact'], '1-800-555-0100')],
    ['a numeric contact phone', withField(base(), ['contact', 'phone'], 18005550100)],
    ['a numeric description', withField(base(), ['steps', 2, 'description'], 5)],
    ['a document that is an array', [base()]],
    ['a document that is null', null],
  ];
  for (const [name, doc] of rejected) {
    it(`both reject ${name}`, () => {
      expect(validatorError(doc), 'validateStatusDocument').to.be.a('string');
      expect(schemaErrors(doc), 'schema').to.not.deep.equal([]);
    });
  }

  it('the schema\'s date pattern accepts exactly the dates the parser accepts, on every edge of the grammar', () => {
    // Every combination of edge values: years (leap or not, 0000–0099), months and days around
    // their limits, and time parts around theirs. Compared both ways: neither may be looser.
    const years = ['0000', '0004', '0013', '0099', '0100', '0400', '1900', '2000', '2020', '2021', '2024', '2100', '9999'];
    const months = Array.from({ length: 14 }, (_, m) => String(m).padStart(2, '0'));
    const days = Array.from({ length: 33 }, (_, d) => String(d).padStart(2, '0'));
    const times = ['', 'T00:00', ' 10:00', 'T23:59:59Z', 'T24:00', 'T12:30+05:30', 'T10:00:00.5-0600', 'T9:00', 'T23:60',
      'T12:00:60', 'T12:00+24:00', 'T12:00+23:59', 'T12:00-00:60', 't12:00', 'T12:00z', 'T12:00:00.', 'T12', 'Z', 'T12:00:00.123456789+0000'];
    const disagreements: string[] = [];
    for (const year of years) for (const month of months) for (const day of days) for (const time of times) {
      const date = `${year}-${month}-${day}${time}`;
      if (datePattern.test(date) !== (parseIsoDate(date) !== undefined)) disagreements.push(date);
    }
    expect(disagreements).to.deep.equal([]);
    for (const date of EDGE_DATES) expect(datePattern.test(date), date).to.equal(parseIsoDate(date) !== undefined);
  });

  it('the schema\'s date pattern and the parser agree on dates generated from the grammar', () => {
    fc.assert(fc.property(isoLikeDate, (date) => {
      expect(datePattern.test(date), date).to.equal(parseIsoDate(date) !== undefined);
    }), { numRuns: 2000, examples: EDGE_DATES.map((date) => [date]) });
  });

  it('the schema never accepts a document the validator rejects (random field values)', () => {
    // Paths into base() whose value is replaced by arbitrary JSON.
    const paths: (string | number)[][] = [
      ['applicationId'], ['title'], ['updatedAt'], ['updateSchedule'], ['outcome'], ['notice'], ['steps'],
      ['steps', 0], ['steps', 0, 'id'], ['steps', 0, 'label'], ['steps', 0, 'state'], ['steps', 0, 'date'],
      ['steps', 2, 'description'], ['steps', 2, 'action'], ['steps', 2, 'action', 'label'],
      ['steps', 2, 'action', 'url'], ['steps', 2, 'action', 'dueDate'], ['history'], ['history', 0],
      ['history', 0, 'date'], ['history', 0, 'text'], ['contact'], ['contact', 'phone'], ['contact', 'email'],
    ];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', 'a', 'complete', 'failed', 'approved', { en: 'x' }, {}, [], null),
      isoLikeDate,
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, replacement) => {
        const doc = withField(base(), path, replacement);
        if (schemaErrors(doc).length === 0) {
          // Unique step ids are the one rule the schema cannot express.
          const ids = Array.isArray(doc.steps) ? (doc.steps as Json[]).map((s) => s?.id) : [];
          if (new Set(ids).size !== ids.length) return;
          expect(validatorError(doc), JSON.stringify(doc)).to.equal(undefined);
        }
      }),
      // The forms that once told the two apart run first, whatever the seed.
      { numRuns: 600, examples: EDGE_DATES.map((date) => [['updatedAt'], date] as [(string | number)[], unknown]) },
    );
  });

  it('duplicate step ids: only the validator rejects them (documented in the schema)', () => {
    const doc = withField(base(), ['steps', 1, 'id'], 'received');
    expect(validatorError(doc)).to.equal('steps[1].id: expected a unique id ("received" is repeated)');
    expect(schemaErrors(doc), 'the schema cannot express it').to.deep.equal([]);
    expect(String(schema.description)).to.contain('step ids must be unique');
  });
});
