/** The lookup form's rules (src/core/lookup.ts): verifier fields, the agency's id pattern, what is a valid answer. */
import { expect } from '@esm-bundle/chai';
import { VERIFIERS, checkField, idRegExp, normaliseAnswer, normaliseId, verifiersOf } from '../../src/core/lookup.js';
import { StatusError } from '../../src/core/errors.js';

describe('verifiersOf', () => {
  it('keeps the known field names in the order the agency gave, ignoring unknown ones and extra spaces', () => {
    expect(verifiersOf('postal-code  last-name ssn email')).to.deep.equal(['postal-code', 'last-name', 'email']);
    expect(verifiersOf('')).to.deep.equal([]);
    expect(verifiersOf(' ')).to.deep.equal([]);
  });

  it('names each answer as the lookup\'s JSON body has it', () => {
    expect(Object.fromEntries(Object.entries(VERIFIERS).map(([name, v]) => [name, v.key]))).to.deep.equal({
      'last-name': 'lastName', 'date-of-birth': 'dateOfBirth', 'postal-code': 'postalCode', email: 'email',
    });
  });
});

describe('idRegExp', () => {
  it('matches the whole number, alternatives included', () => {
    const pattern = idRegExp('WY-\\d{4}-\\d{5}')!;
    expect(pattern.test('WY-2020-00123')).to.equal(true);
    expect(pattern.test('XWY-2020-00123')).to.equal(false);
    expect(pattern.test('WY-2020-001234')).to.equal(false);
    const either = idRegExp('A|B')!;
    expect(['A', 'B', 'AB', 'xA'].map((id) => either.test(id))).to.deep.equal([true, true, false, false]);
  });

  it('is undefined without a pattern', () => expect(idRegExp('')).to.equal(undefined));

  it('a pattern that is not a regular expression is the page\'s mistake: a configuration error naming it', () => {
    for (const pattern of ['WY-(\\d{4}', '[', '*', 'a{2,1}', '\\p{Foo}']) {
      let caught: unknown;
      try {
        idRegExp(pattern);
      } catch (error) {
        caught = error;
      }
      expect(caught, pattern).to.be.instanceOf(StatusError);
      expect((caught as StatusError).kind).to.equal('configuration');
      expect((caught as StatusError).message).to.equal(`id-pattern is not a valid regular expression: ${pattern}`);
    }
  });
});

describe('checkField', () => {
  it('the application number: required, and matching the pattern when there is one', () => {
    const pattern = idRegExp('WY-\\d{4}-\\d{5}');
    expect(checkField('applicationId', '', pattern)).to.equal('idRequired');
    expect(checkField('applicationId', 'WY-20-1', pattern)).to.equal('idInvalid');
    expect(checkField('applicationId', 'WY-2020-00123', pattern)).to.equal(undefined);
    expect(checkField('applicationId', 'anything', undefined)).to.equal(undefined);
  });

  it('verifier answers', () => {
    const valid: [keyof typeof VERIFIERS, string][] = [
      ['last-name', 'Quiñones'], ['date-of-birth', '1980-02-29'], ['postal-code', '82001'], ['postal-code', '82001-1234'],
      ['postal-code', '820011234'], ['email', 'a@example.gov'],
    ];
    const invalid: [keyof typeof VERIFIERS, string][] = [
      ['last-name', ''], ['last-name', '   '], ['date-of-birth', '02/29/1980'], ['date-of-birth', ''], ['postal-code', '8200'],
      ['postal-code', '82001-12'], ['email', 'a@'], ['email', 'a example.gov'],
    ];
    for (const [name, value] of valid) expect(checkField(name, value), `${name} ${value}`).to.equal(undefined);
    for (const [name, value] of invalid) expect(checkField(name, value), `${name} ${value}`).to.equal('fieldRequired');
  });
});

describe('normaliseAnswer', () => {
  it('writes a ZIP code typed with a space, a dot, any dash or none as the agency receives it', () => {
    for (const typed of ['82001 1234', '820011234', ' 82001-1234 ', '82001\u20131234', '82001.1234', '82001\u00a01234']) {
      expect(normaliseAnswer('postal-code', typed), typed).to.equal('82001-1234');
    }
    expect(normaliseAnswer('postal-code', ' 82001 ')).to.equal('82001');
    expect(checkField('postal-code', normaliseAnswer('postal-code', '82001 1234'))).to.equal(undefined);
  });

  it('leaves what is not a ZIP code, and other answers, as typed (trimmed)', () => {
    expect(normaliseAnswer('postal-code', '8200 11234')).to.equal('8200 11234');
    expect(normaliseAnswer('postal-code', 'K1A 0B1')).to.equal('K1A 0B1');
    expect(normaliseAnswer('last-name', ' Van der Berg ')).to.equal('Van der Berg');
    expect(normaliseAnswer('email', ' a.b@example.gov ')).to.equal('a.b@example.gov');
  });
});

describe('normaliseId', () => {
  const pattern = idRegExp('WY-\\d{4}-\\d{5}');

  it('writes the number as the agency does when only case or separators differ', () => {
    for (const typed of ['wy-2020-00123', 'WY 2020 00123', 'wy\u20132020\u201300123', 'WY\u00a02020\u00a000123', 'wy/2020/00123', ' WY-2020-00123 ']) {
      expect(normaliseId(typed, pattern), typed).to.equal('WY-2020-00123');
    }
  });

  it('puts back the separators of the agency\'s example when none were typed, only when the characters fit it', () => {
    expect(normaliseId('wy202000123', pattern, 'WY-2020-00123')).to.equal('WY-2020-00123');
    expect(normaliseId('WY2020001234', pattern, 'WY-2020-00123')).to.equal('WY2020001234');
    expect(normaliseId('WY20200012', pattern, 'WY-2020-00123')).to.equal('WY20200012');
  });

  it('keeps lower case when the agency\'s numbers are lower case', () => {
    expect(normaliseId('AB-12', idRegExp('ab-\\d+'))).to.equal('ab-12');
  });

  it('leaves a number it cannot match, or any number without a pattern, as typed (trimmed)', () => {
    expect(normaliseId('wy-2020-0012', pattern)).to.equal('wy-2020-0012');
    expect(normaliseId(' wy 2020 00123 ')).to.equal('wy 2020 00123');
  });
});
