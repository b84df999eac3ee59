/** anySignal (src/core/abort.ts): AbortSignal.any, or the same from an AbortController where it is missing. */
import { expect } from '@esm-bundle/chai';
import { anySignal } from '../../src/core/abort.js';

for (const native of [true, false]) {
  describe(`anySignal ${native ? 'with' : 'without'} AbortSignal.any`, () => {
    let any: PropertyDescriptor | undefined;
    before(() => {
      any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
      if (!native) delete (AbortSignal as { any?: unknown }).any;
    });
    after(() => {
      if (any && !native) Object.defineProperty(AbortSignal, 'any', any);
    });

    it('aborts with the reason of the first signal to abort, and only then', () => {
      const [a, b] = [new AbortController(), new AbortController()];
      const signal = anySignal([a.signal, b.signal]);
      expect(signal.aborted).to.equal(false);
      b.abort('superseded');
      a.abort('later');
      expect(signal.aborted).to.equal(true);
      expect(signal.reason).to.equal('superseded');
    });

    it('is aborted at once when a signal already is', () => {
      const signal = anySignal([new AbortController().signal, AbortSignal.abort('gone')]);
      expect([signal.aborted, signal.reason]).to.deep.equal([true, 'gone']);
    });
  });
}
