/**
 * The one ISO 8601 parser (src/core/dates.ts): exactly the forms the contract allows, with the same
 * answer in every engine (it never hands a string to `new Date`), real calendar days only.
 */
import { expect } from '@esm-bundle/chai';
import { isDateOnly, parseIsoDate } from '../../src/core/dates.js';

/** The local moment with these parts, built without parsing (years 0–99 stay themselves). */
function local(year: number, month: number, day: number, hour = 12, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(hour, minute, second, ms);
  return date.getTime();
}

/** The UTC moment with these parts. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

const at = (value: string) => parseIsoDate(value)?.getTime();

describe('parseIsoDate: the forms the contract allows', () => {
  it('reads a calendar day as local noon, so no time zone moves it to another day', () => {
    expect(at('2020-07-01')).to.equal(local(2020, 7, 1));
    const date = parseIsoDate('2020-07-01')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).to.deep.equal([2020, 6, 1]);
  });

  it('reads a date-time without an offset as local time, with "T" or a space, seconds and fractions optional', () => {
    expect(at('2020-07-01T15:04')).to.equal(local(2020, 7, 1, 15, 4));
    expect(at('2020-07-01 15:04')).to.equal(local(2020, 7, 1, 15, 4));
    expect(at('2020-07-01T15:04:05')).to.equal(local(2020, 7, 1, 15, 4, 5));
    expect(at('2020-07-01T15:04:05.250')).to.equal(local(2020, 7, 1, 15, 4, 5, 250));
  });

  it('reads fractions of a second to the millisecond, truncating the rest', () => {
    expect(at('2020-07-01T15:04:05.5Z')).to.equal(utc(2020, 7, 1, 15, 4, 5, 500));
    expect(at('2020-07-01T15:04:05.123456789Z')).to.equal(utc(2020, 7, 1, 15, 4, 5, 123));
    expect(at('2020-07-01T15:04:05.9999Z')).to.equal(utc(2020, 7, 1, 15, 4, 5, 999));
  });

  it('reads Z and offsets (with or without a colon) as the moment they name', () => {
    expect(at('2020-07-01T15:04:05Z')).to.equal(utc(2020, 7, 1, 15, 4, 5));
    expect(at('2020-07-01T15:04Z')).to.equal(utc(2020, 7, 1, 15, 4));
    expect(at('2020-07-01T15:04:05+02:00')).to.equal(utc(2020, 7, 1, 13, 4, 5));
    expect(at('2020-07-01T15:04:05-0500')).to.equal(utc(2020, 7, 1, 20, 4, 5));
    expect(at('2020-07-01T10:00+05:30')).to.equal(utc(2020, 7, 1, 4, 30));
    expect(at('2020-07-01T00:30+01:00'), 'across midnight').to.equal(utc(2020, 6, 30, 23, 30));
    expect(at('2020-12-31T23:00-02:00'), 'across a year').to.equal(utc(2021, 1, 1, 1, 0));
    expect(at('2020-07-01T15:04+23:59')).to.equal(utc(2020, 6, 30, 15, 5));
  });

  it('reads years 0000–0099 as themselves, not as 1900–1999, in every engine ("0013-01-01 10:00")', () => {
    expect(at('0013-01-01 10:00')).to.equal(local(13, 1, 1, 10));
    expect(parseIsoDate('0013-01-01 10:00')!.getFullYear()).to.equal(13);
    expect(parseIsoDate('0099-12-31T00:00Z')!.getUTCFullYear()).to.equal(99);
    expect(parseIsoDate('0000-01-01')!.getFullYear()).to.equal(0);
    expect(parseIsoDate('9999-12-31T23:59:59Z')!.getUTCFullYear()).to.equal(9999);
  });

  it('knows leap years: every 4th, not every 100th, every 400th', () => {
    for (const day of ['2024-02-29', '2000-02-29', '1600-02-29', '0000-02-29', '0004-02-29']) {
      expect(parseIsoDate(day), day).to.not.equal(undefined);
    }
    for (const day of ['2021-02-29', '1900-02-29', '2100-02-29', '0100-02-29', '2024-02-30']) {
      expect(parseIsoDate(day), day).to.equal(undefined);
    }
  });

  it('knows each month\'s length', () => {
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths.forEach((length, i) => {
      const month = String(i + 1).padStart(2, '0');
      expect(parseIsoDate(`2021-${month}-${length}`), `2021-${month}-${length}`).to.not.equal(undefined);
      expect(parseIsoDate(`2021-${month}-${length + 1}`), `2021-${month}-${length + 1}`).to.equal(undefined);
    });
  });

  it('accepts the last moment of each field and refuses the next', () => {
    expect(parseIsoDate('2020-07-01T23:59:59Z')).to.not.equal(undefined);
    for (const value of ['2020-07-01T24:00', '2020-07-01T23:60', '2020-07-01T23:59:60', '2020-07-01T10:00+24:00',
      '2020-07-01T10:00+02:60', '2020-00-10', '2020-13-01', '2020-07-00', '2020-07-32']) {
      expect(parseIsoDate(value), value).to.equal(undefined);
    }
  });
});

describe('parseIsoDate: everything else is refused', () => {
  for (const value of [
    '', 'yesterday', '07/01/2020', '2020-7-1', '2020-07-1', '20200701', '2020-07-01T1504', '2020-07-01T15',
    '2020-07-01t15:04', '2020-07-01T15:04z', '2020-07-01Z', '2020-07-01T15:04:05,5', '2020-07-01T15:04:05.',
    '2020-07-01T15:04:05 PST', '2020-07-01T15:04:05+2', '2020-07-01T15:04:05+02:0', '+002020-07-01', '-000001-01-01',
    '2020-W27', '2020-183', ' 2020-07-01', '2020-07-01 ', '2020-07-01\n', 'T15:04:05Z', '２０２０-07-01',
    '2020-07-01T15:04:05Z[Europe/Paris]', 'Wed, 01 Jul 2020 15:04:05 GMT',
  ]) {
    it(`refuses ${JSON.stringify(value)}`, () => expect(parseIsoDate(value)).to.equal(undefined));
  }
});

describe('isDateOnly', () => {
  it('tells a calendar day from a moment', () => {
    expect(isDateOnly('2020-07-01')).to.equal(true);
    expect(isDateOnly('2020-07-01T15:04')).to.equal(false);
    expect(isDateOnly('2020-07-01T15:04:05Z')).to.equal(false);
  });
});
