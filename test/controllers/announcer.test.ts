/** The widget's one live region (src/controllers/announcer.ts), on a fake host with a fake clock. */
import { expect } from '@esm-bundle/chai';
import type sinon from 'sinon';
import { Announcer } from '../../src/controllers/announcer.js';
import { FakeHost, fakeClock } from '../support/controllers.js';

let clock: sinon.SinonFakeTimers;
beforeEach(() => (clock = fakeClock()));
afterEach(() => clock.uninstall());

function setUp() {
  const host = new FakeHost();
  const announcer = new Announcer(host);
  // What a screen reader is told: every text the region holds, in order.
  const heard: string[] = [];
  const observer = new MutationObserver(() => heard.push(announcer.region.textContent ?? ''));
  observer.observe(announcer.region, { childList: true, characterData: true, subtree: true });
  const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));
  return { host, announcer, heard, flush };
}

describe('Announcer', () => {
  it('is one polite, visually hidden status region, registered on its host', () => {
    const { host, announcer } = setUp();
    expect(host.controllers.has(announcer)).to.equal(true);
    expect(announcer.region.getAttribute('role')).to.equal('status');
    expect(announcer.region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(announcer.region.className).to.equal('visually-hidden');
  });

  it('says new words at once', async () => {
    const { announcer, heard, flush } = setUp();
    announcer.say('Step 2 of 5: Review.');
    await flush();
    expect(heard).to.deep.equal(['Step 2 of 5: Review.']);
  });

  it('says the same words again as news: emptied, then said after a pause screen readers notice', async () => {
    const { announcer, heard, flush } = setUp();
    announcer.say('Step 2 of 5: Review.');
    await flush();
    announcer.say('Step 2 of 5: Review.');
    await flush();
    expect(announcer.region.textContent).to.equal('');
    clock.tick(149);
    expect(announcer.region.textContent).to.equal('');
    clock.tick(1);
    await flush();
    expect(heard).to.deep.equal(['Step 2 of 5: Review.', '', 'Step 2 of 5: Review.']);
  });

  it('newer words replace a pending repeat', async () => {
    const { announcer, flush } = setUp();
    announcer.say('A.');
    announcer.say('A.');
    announcer.say('B.');
    clock.tick(1000);
    await flush();
    expect(announcer.region.textContent).to.equal('B.');
  });

  it('clear() empties the region and cancels a pending repeat; so does the host\'s disconnection', () => {
    const { host, announcer } = setUp();
    announcer.say('A.');
    announcer.say('A.');
    announcer.clear();
    clock.tick(1000);
    expect(announcer.region.textContent).to.equal('');
    announcer.say('B.');
    announcer.say('B.');
    host.disconnect();
    clock.tick(1000);
    expect(announcer.region.textContent).to.equal('');
    expect(clock.countTimers()).to.equal(0);
  });
});
