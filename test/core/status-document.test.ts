/**
 * The pure core: the v1 contract as validateStatusDocument enforces it, and the helpers that read a
 * document (pickText for languages). No DOM, no fetch. Links: links.test.ts.
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import {
  validateStatusDocument, pickText, StatusValidationError, STEP_STATES, OUTCOMES, MAX_STEPS,
  type StatusDocument,
} from '../../src/core/status-document.js';
import { minimalDoc, specExample } from '../support/documents.js';

const TEXT = 'a string or an object of language tag to string';
const DATE = 'an ISO 8601 date such as 2020-07-01 or 2020-07-01T15:04:05Z';

const minimal = minimalDoc;

const withStep = (step: Record<string, unknown>) => minimal({ steps: [{ id: 'a', label: 'Received', state: 'complete', ...step }] });

/** Asserts that validation fails with exactly `message`, naming the field. */
function expectInvalid(value: unknown, message: string): StatusValidationError {
  let caught: unknown;
  try {
    validateStatusDocument(value);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected "${message}"`).to.be.instanceOf(StatusValidationError);
  const error = caught as StatusValidationError;
  expect(error.message).to.equal(message);
  expect(error.field).to.equal(message.slice(0, message.indexOf(': expected ')));
  return error;
}

describe('validateStatusDocument', () => {
  it('accepts the spec example and keeps every known field as given', () => {
    const result = validateStatusDocument(specExample());
    expect(result).to.deep.equal(specExample());
  });

  it('drops unknown fields at every level and returns a new object', () => {
    const input = {
      ...minimal(),
      internalNote: 'do not show',
      contact: { phone: '1', fax: '2' },
      steps: [{
        id: 'a', label: 'Received', state: 'action-required', color: 'red',
        action: { label: 'Upload', url: 'https://x.example/', secret: true },
      }],
      history: [{ date: '2020-07-01', text: 'Received', by: 'clerk 42' }],
    };
    const result = validateStatusDocument(input);
    expect(result).to.deep.equal({
      applicationId: 'A-1',
      contact: { phone: '1' },
      steps: [{ id: 'a', label: 'Received', state: 'action-required', action: { label: 'Upload', url: 'https://x.example/' } }],
      history: [{ date: '2020-07-01', text: 'Received' }],
    });
    expect(result).not.to.equal(input);
    expect(result.steps[0]).not.to.equal(input.steps[0]);
  });

  it('treats null optional fields as absent', () => {
    const result = validateStatusDocument(minimal({
      title: null, updatedAt: null, updateSchedule: null, outcome: null, notice: null, history: null, contact: null,
    }));
    expect(result).to.deep.equal(minimal());
  });

  it('accepts every step state and every outcome', () => {
    for (const state of STEP_STATES) {
      expect(validateStatusDocument(withStep({ state })).steps[0].state).to.equal(state);
    }
    for (const outcome of OUTCOMES) {
      expect(validateStatusDocument(minimal({ outcome })).outcome).to.equal(outcome);
    }
  });

  it('accepts localized text objects in every text field', () => {
    const t = { en: 'Hello', es: 'Hola', 'es-MX': 'Qué onda' };
    const doc = {
      applicationId: 'A-1', title: t, updateSchedule: t, notice: t,
      steps: [{ id: 'a', label: t, state: 'action-required', description: t, action: { label: t } }],
      history: [{ date: '2020-07-01', text: t }],
    };
    expect(validateStatusDocument(doc)).to.deep.equal(doc);
  });

  it('accepts ISO dates and date-times in the forms the contract names', () => {
    for (const date of ['2020-07-01', '2020-07-01T15:04:05Z', '2020-07-01T15:04:05.123Z', '2020-07-01T15:04Z',
      '2020-07-01T15:04:05+02:00', '2020-07-01T15:04:05-0500', '2020-07-01T15:04:05', '2024-02-29']) {
      expect(validateStatusDocument(withStep({ date })).steps[0].date, date).to.equal(date);
    }
  });

  it('accepts 1 and 50 steps', () => {
    const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `Step ${i}`, state: 'upcoming' }));
    expect(validateStatusDocument(minimal({ steps: steps(1) })).steps).to.have.length(1);
    expect(validateStatusDocument(minimal({ steps: steps(MAX_STEPS) })).steps).to.have.length(50);
  });

  describe('names the failing field', () => {
    it('the document itself', () => {
      for (const value of [null, undefined, 'text', 42, true, [], [minimal()]]) {
        expectInvalid(value, '(document): expected a JSON object');
      }
    });

    it('applicationId', () => {
      expectInvalid({ steps: minimal().steps }, 'applicationId: expected a non-empty string');
      expectInvalid(minimal({ applicationId: '' }), 'applicationId: expected a non-empty string');
      expectInvalid(minimal({ applicationId: 123 }), 'applicationId: expected a non-empty string');
    });

    it('steps: missing, not an array, 0 or 51 items', () => {
      const many = Array.from({ length: 51 }, (_, i) => ({ id: `s${i}`, label: 'x', state: 'upcoming' }));
      for (const steps of [undefined, null, {}, 'received', [], many]) {
        expectInvalid(minimal({ steps }), 'steps: expected an array of 1 to 50 steps');
      }
    });

    it('a step that is not an object', () => {
      expectInvalid(minimal({ steps: [minimal().steps[0], 'Decision'] }), 'steps[1]: expected an object');
      expectInvalid(minimal({ steps: [null] }), 'steps[0]: expected an object');
    });

    it('step id: missing, empty, not a string, repeated', () => {
      const step = (id: unknown) => ({ id, label: 'x', state: 'upcoming' });
      expectInvalid(minimal({ steps: [step('a'), { label: 'x', state: 'upcoming' }] }), 'steps[1].id: expected a non-empty string');
      expectInvalid(minimal({ steps: [step('')] }), 'steps[0].id: expected a non-empty string');
      expectInvalid(minimal({ steps: [step(7)] }), 'steps[0].id: expected a non-empty string');
      expectInvalid(minimal({ steps: [step('a'), step('b'), step('a')] }), 'steps[2].id: expected a unique id ("a" is repeated)');
    });

    it('step state', () => {
      const steps = [
        { id: 'a', label: 'x', state: 'complete' },
        { id: 'b', label: 'x', state: 'current' },
        { id: 'c', label: 'x', state: 'done' },
      ];
      expectInvalid(minimal({ steps }),
        'steps[2].state: expected one of complete, current, action-required, upcoming, skipped, failed');
      expectInvalid(withStep({ state: undefined }),
        'steps[0].state: expected one of complete, current, action-required, upcoming, skipped, failed');
      expectInvalid(withStep({ state: 'Complete' }),
        'steps[0].state: expected one of complete, current, action-required, upcoming, skipped, failed');
    });

    it('step label and description, including localized objects', () => {
      expectInvalid(withStep({ label: undefined }), `steps[0].label: expected ${TEXT}`);
      expectInvalid(withStep({ label: 5 }), `steps[0].label: expected ${TEXT}`);
      expectInvalid(withStep({ label: ['Received'] }), `steps[0].label: expected ${TEXT}`);
      expectInvalid(withStep({ label: {} }), `steps[0].label: expected ${TEXT}`);
      expectInvalid(withStep({ label: { en: 'Received', es: 1 } }), 'steps[0].label.es: expected a string');
      expectInvalid(withStep({ description: false }), `steps[0].description: expected ${TEXT}`);
      expectInvalid(withStep({ description: { en: null } }), 'steps[0].description.en: expected a string');
    });

    it('step date', () => {
      expectInvalid(withStep({ date: 20200701 }), `steps[0].date: expected ${DATE}`);
    });

    it('step action', () => {
      expectInvalid(withStep({ action: 'Upload' }), 'steps[0].action: expected an object');
      expectInvalid(withStep({ action: [] }), 'steps[0].action: expected an object');
      expectInvalid(withStep({ action: { url: 'https://x.example/' } }), `steps[0].action.label: expected ${TEXT}`);
      expectInvalid(withStep({ action: { label: 'Upload', url: 42 } }), 'steps[0].action.url: expected a string');
      expectInvalid(withStep({ action: { label: 'Upload', dueDate: 'next week' } }), `steps[0].action.dueDate: expected ${DATE}`);
    });

    it('top-level texts, updatedAt and outcome', () => {
      expectInvalid(minimal({ title: 1 }), `title: expected ${TEXT}`);
      expectInvalid(minimal({ title: { es: 2 } }), 'title.es: expected a string');
      expectInvalid(minimal({ updateSchedule: [] }), `updateSchedule: expected ${TEXT}`);
      expectInvalid(minimal({ notice: true }), `notice: expected ${TEXT}`);
      expectInvalid(minimal({ updatedAt: 'yesterday' }), `updatedAt: expected ${DATE}`);
      expectInvalid(minimal({ outcome: 'pending' }), 'outcome: expected one of approved, denied, withdrawn, closed');
      expectInvalid(minimal({ outcome: 1 }), 'outcome: expected one of approved, denied, withdrawn, closed');
    });

    it('history', () => {
      expectInvalid(minimal({ history: 'none' }), 'history: expected an array');
      expectInvalid(minimal({ history: {} }), 'history: expected an array');
      expectInvalid(minimal({ history: [{ date: '2020-07-01', text: 'ok' }, 'x'] }), 'history[1]: expected an object');
      expectInvalid(minimal({ history: [{ text: 'ok' }] }), `history[0].date: expected ${DATE}`);
      expectInvalid(minimal({ history: [{ date: '2020-07-01' }] }), `history[0].text: expected ${TEXT}`);
      expectInvalid(minimal({ history: [{ date: '2020-07-01', text: { en: 3 } }] }), 'history[0].text.en: expected a string');
    });

    it('contact', () => {
      expectInvalid(minimal({ contact: '1-800-555-0100' }), 'contact: expected an object');
      expectInvalid(minimal({ contact: { phone: 18005550100 } }), 'contact.phone: expected a string');
      expectInvalid(minimal({ contact: { email: ['a@b.gov'] } }), 'contact.email: expected a string');
      expectInvalid(minimal({ contact: { url: {} } }), 'contact.url: expected a string');
    });

    it('the first failing step, not a later one', () => {
      const steps = [
        { id: 'a', label: 'x', state: 'complete' },
        { id: 'b', label: 'x', state: 'bad' },
        { id: 'c', label: 7, state: 'upcoming' },
      ];
      expectInvalid(minimal({ steps }), 'steps[1].state: expected one of complete, current, action-required, upcoming, skipped, failed');
    });
  });

  describe('bad dates', () => {
    for (const date of ['yesterday', '07/01/2020', '2020-7-1', '2020-13-01', '2020-00-10', '2020-07-32', '2020-07-01T25:00',
      '2020-07-01T15:04:05 PST', '', ' 2020-07-01', '2020-07-01\n']) {
      it(`rejects ${JSON.stringify(date)}`, () => {
        expectInvalid(withStep({ date }), `steps[0].date: expected ${DATE}`);
      });
    }

    // Impossible calendar days pass the shape check; V8's Date rolls them over into the next month,
    // so the applicant would be shown "March 1, 2021" for "2021-02-29".
    it('rejects impossible calendar days (2021-02-29, 2020-02-30, 2020-04-31, 2020-06-31T10:00:00Z)', () => {
      for (const date of ['2021-02-29', '2020-02-30', '2020-04-31', '2020-06-31T10:00:00Z']) {
        expectInvalid(withStep({ date }), `steps[0].date: expected ${DATE}`);
      }
    });
  });
});

describe('pickText', () => {
  const payment = { en: 'Payment sent', es: 'Pago enviado' };

  it('returns a plain string whatever the language', () => {
    expect(pickText('Documents', 'es')).to.equal('Documents');
  });

  it('picks the exact tag, case-insensitively', () => {
    const t = { en: 'Hi', es: 'Hola', 'es-MX': 'Hola (MX)' };
    expect(pickText(t, 'es')).to.equal('Hola');
    expect(pickText(t, 'es-MX')).to.equal('Hola (MX)');
    expect(pickText(t, 'ES-mx')).to.equal('Hola (MX)');
    expect(pickText({ EN: 'Hi', 'Es-Mx': 'Hola (MX)' }, 'es-mx')).to.equal('Hola (MX)');
  });

  it('falls back from a regional tag to its primary language (es-MX → es)', () => {
    expect(pickText(payment, 'es-MX')).to.equal('Pago enviado');
    expect(pickText(payment, 'es-419')).to.equal('Pago enviado');
  });

  it('picks a sibling region of the same language before English', () => {
    expect(pickText({ en: 'Hi', 'es-MX': 'Hola (MX)' }, 'es-US')).to.equal('Hola (MX)');
    expect(pickText({ en: 'Hi', 'es-MX': 'Hola (MX)' }, 'es')).to.equal('Hola (MX)');
  });

  it('falls back to English when the language is missing', () => {
    expect(pickText(payment, 'fr')).to.equal('Payment sent');
    expect(pickText({ es: 'Hola', en: 'Hi' }, 'vi')).to.equal('Hi');
    expect(pickText({ es: 'Hola', 'en-US': 'Hi' }, 'vi')).to.equal('Hi');
  });

  it('falls back to the first variant when there is no English either', () => {
    expect(pickText({ de: 'Hallo', es: 'Hola' }, 'fr')).to.equal('Hallo');
    expect(pickText({ zh: '你好' }, 'en')).to.equal('你好');
  });
});

describe('validateStatusDocument, property-based', () => {
  /** Runs validation; only StatusValidationError may escape, and a valid result must be a fixed point. */
  function checkContract(value: unknown): void {
    let result: StatusDocument;
    try {
      result = validateStatusDocument(value);
    } catch (error) {
      if (!(error instanceof StatusValidationError)) throw error;
      expect(error.field).to.be.a('string').and.not.equal('');
      expect(error.message).to.equal(`${error.field}: expected ${error.expected}`);
      return;
    }
    expect(validateStatusDocument(result)).to.deep.equal(result);
    // The result is plain JSON data: nothing survives that a JSON round trip would change.
    expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
  }

  const textArb = fc.oneof(
    fc.string(),
    fc.dictionary(fc.constantFrom('en', 'es', 'es-MX', 'vi', 'zh-Hant'), fc.string(), { minKeys: 1 }),
  );
  const dateArb = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10), d.toISOString().slice(0, 19)));
  const stepArb = fc.record(
    {
      id: fc.string({ minLength: 1 }),
      label: textArb,
      state: fc.constantFrom(...STEP_STATES),
      date: dateArb,
      description: textArb,
      action: fc.record({ label: textArb, url: fc.webUrl(), dueDate: dateArb, extra: fc.jsonValue() }, { requiredKeys: ['label'] }),
      extra: fc.jsonValue(),
    },
    { requiredKeys: ['id', 'label', 'state'] },
  );
  const validDocArb = fc.record(
    {
      applicationId: fc.string({ minLength: 1 }),
      title: textArb,
      updatedAt: dateArb,
      updateSchedule: textArb,
      outcome: fc.constantFrom(...OUTCOMES),
      notice: textArb,
      steps: fc.uniqueArray(stepArb, { minLength: 1, maxLength: MAX_STEPS, selector: (s) => s.id }),
      history: fc.array(fc.record({ date: dateArb, text: textArb })),
      contact: fc.record({ phone: fc.string(), email: fc.emailAddress(), url: fc.webUrl() }, { requiredKeys: [] }),
      unknown: fc.jsonValue(),
    },
    { requiredKeys: ['applicationId', 'steps'] },
  );

  /** Every path to a value inside `value` (the root excluded). */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
    }
    return [];
  }

  /** A copy of `doc` with the value at `path` replaced by `replacement`, or deleted when it is undefined. */
  function mutate(doc: unknown, path: (string | number)[], replacement: unknown): unknown {
    const copy = structuredClone(doc) as Record<string | number, unknown>;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (replacement === undefined) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      parent[last] = replacement;
    }
    return copy;
  }

  it('generated valid documents validate, drop unknown fields, and re-validate to the same thing', () => {
    fc.assert(
      fc.property(validDocArb, (doc) => {
        const result = validateStatusDocument(doc);
        expect(result).not.to.have.property('unknown');
        for (const step of result.steps) {
          expect(step).not.to.have.property('extra');
          if (step.action) expect(step.action).not.to.have.property('extra');
        }
        expect(result.steps.map((s) => s.id)).to.deep.equal(doc.steps.map((s) => s.id));
        expect(validateStatusDocument(result)).to.deep.equal(result);
      }),
      { numRuns: 200 },
    );
  });

  it('any JSON value: throws only StatusValidationError, valid results are fixed points', () => {
    fc.assert(fc.property(fc.jsonValue(), checkContract), { numRuns: 500 });
  });

  it('anything at all (fc.anything): throws only StatusValidationError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withDate: true, withSparseArray: true }), checkContract),
      { numRuns: 500 },
    );
  });

  it('mutated valid documents: throws only StatusValidationError, valid results are fixed points', () => {
    const base = specExample();
    const all = paths(base);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: all.length - 1 }), fc.option(fc.oneof(fc.jsonValue(), fc.anything()), { nil: undefined })),
          { minLength: 1, maxLength: 3 }),
        (mutations) => {
          let doc: unknown = base;
          for (const [index, replacement] of mutations) {
            const candidates = paths(doc);
            if (candidates.length === 0) break;
            doc = mutate(doc, candidates[index % candidates.length], replacement);
          }
          checkContract(doc);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('mutated generated documents: throws only StatusValidationError', () => {
    fc.assert(
      fc.property(validDocArb, fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }), (doc, index, replacement) => {
        const candidates = paths(doc);
        checkContract(candidates.length ? mutate(doc, candidates[index % candidates.length], replacement) : doc);
      }),
      { numRuns: 300 },
    );
  });
});
