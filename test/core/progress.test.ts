/** What a status document means for the applicant (src/core/progress.ts), independent of language and markup. */
import { expect } from '@esm-bundle/chai';
import { currentStepIndex, heading, sameStatus, sideBySide, whoseTurn } from '../../src/core/progress.js';
import type { StatusDocument } from '../../src/core/status-document.js';
import { statusAt, stepsDoc } from '../support/documents.js';

const doc = (...states: string[]) => stepsDoc(...states) as StatusDocument;

describe('currentStepIndex', () => {
  it('is the first step waiting on the applicant or on the agency, or -1', () => {
    expect(currentStepIndex(doc('complete', 'current', 'upcoming'))).to.equal(1);
    expect(currentStepIndex(doc('complete', 'skipped', 'action-required', 'current'))).to.equal(2);
    expect(currentStepIndex(doc('complete', 'failed', 'upcoming'))).to.equal(-1);
  });
});

describe('whoseTurn', () => {
  it('the applicant\'s when any step waits on them, even after an outcome', () => {
    expect(whoseTurn(doc('current', 'action-required'))).to.equal('waitingOnYou');
    expect(whoseTurn({ ...doc('complete', 'action-required'), outcome: 'approved' })).to.equal('waitingOnYou');
  });

  it('the agency\'s while the application is open and a step is current or upcoming', () => {
    expect(whoseTurn(doc('complete', 'current'))).to.equal('waitingOnUs');
    expect(whoseTurn(doc('complete', 'upcoming'))).to.equal('waitingOnUs');
  });

  it('nobody\'s once there is an outcome or nothing is left', () => {
    expect(whoseTurn({ ...doc('complete', 'upcoming'), outcome: 'denied' })).to.equal(undefined);
    expect(whoseTurn(doc('complete', 'skipped', 'failed'))).to.equal(undefined);
  });
});

describe('heading', () => {
  it('"Step n of m: label" for the current step', () => {
    expect(heading(statusAt(3))).to.deep.equal({ key: 'stepOf', n: 3, total: 5, label: 'Documents' });
  });

  it('the outcome when no step is current', () => {
    expect(heading({ ...doc('complete', 'failed'), outcome: 'denied' })).to.deep.equal({ key: 'outcome.denied' });
  });

  it('how many steps are complete when there is neither', () => {
    expect(heading(doc('complete', 'complete', 'upcoming'))).to.deep.equal({ key: 'stepsDone', done: 2, total: 3 });
  });
});

describe('sideBySide', () => {
  it('auto: up to six plain steps', () => {
    expect(sideBySide(doc('complete', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming'), 'auto')).to.equal(true);
    expect(sideBySide(doc('complete', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming'), 'auto')).to.equal(false);
  });

  it('auto: never when a step carries a description or an action', () => {
    const described = doc('complete', 'current');
    described.steps[1] = { ...described.steps[1], description: 'We are reviewing it.' };
    expect(sideBySide(described, 'auto')).to.equal(false);
    const acting = doc('complete', 'action-required');
    acting.steps[1] = { ...acting.steps[1], action: { label: 'Upload' } };
    expect(sideBySide(acting, 'auto')).to.equal(false);
  });

  it('the agency\'s choice wins', () => {
    const many = doc(...Array<string>(12).fill('upcoming'));
    expect(sideBySide(many, 'horizontal')).to.equal(true);
    expect(sideBySide(doc('current'), 'vertical')).to.equal(false);
  });
});

describe('sameStatus', () => {
  it('ignores the order of fields, not the order of steps', () => {
    const a = statusAt(2);
    const reordered = JSON.parse(JSON.stringify(a, Object.keys(a).reverse().concat('id', 'label', 'state', 'date'))) as StatusDocument;
    expect(sameStatus(a, reordered)).to.equal(true);
    expect(sameStatus(a, { ...a, steps: [...a.steps].reverse() })).to.equal(false);
    expect(sameStatus(a, statusAt(3))).to.equal(false);
    expect(sameStatus(null, null)).to.equal(true);
    expect(sameStatus(null, a)).to.equal(false);
  });
});
