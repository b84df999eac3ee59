/**
 * Refreshing, against a real HTTP endpoint on the test runner's loopback server: what only real
 * HTTP shows (ETag and Last-Modified round trips, 304, Cache-Control max-age, Retry-After, a
 * hanging server) and what the applicant sees meanwhile. When a check happens is the fake clock's
 * (sinon): a check starts synchronously when its timer fires, so a fetch spy counts it at once;
 * its answer is awaited through the element's events. The schedule's every rule is tested on the
 * controller itself (test/controllers/status-controller.test.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { en } from '../src/i18n/messages.js';
import { fakeClock } from './support/controllers.js';
import {
  button, describeMutation, headingText, itWithHttpCache, liveRegion, mount, part, restorePage, serve, setOnline, spokenStatus,
  statusAt, waitFor, watchMutations, type Reply,
} from './support/index.js';

const SECOND = 1000;

/** The tracker shows the last good status (step 2 of 5) and, if `stale`, the note that it may be out of date. */
function expectStatusShown(el: HTMLElement, { stale }: { stale: boolean | RegExp }): void {
  expect(headingText(el)).to.equal('Step 2 of 5: Review');
  expect(part(el, 'steps')!.querySelectorAll('li')).to.have.length(5);
  const note = part(el, 'stale');
  if (stale === false) expect(note, 'no stale note').to.equal(null);
  else {
    expect(note, 'stale note').to.not.equal(null);
    if (stale instanceof RegExp) expect(note!.textContent).to.match(stale);
  }
}

/** Serves `replies` and mounts a tracker on them; resolves once the first status is shown. */
async function showing(replies: Reply[], attributes: Record<string, string | undefined> = {}, parent?: HTMLElement) {
  const api = await serve(replies);
  const tracker = await mount({ endpoint: api.endpoint, 'application-id': 'A-1', ...attributes }, { parent });
  await tracker.loaded();
  return { ...tracker, ...api };
}

/** Counts the widget's fetches as they start (synchronously, unlike the server's log). */
const countFetches = () => sinon.spy(window, 'fetch');

afterEach(() => {
  sinon.restore();
  restorePage();
});

describe('conditional requests and caching', () => {
  itWithHttpCache('sends If-None-Match after an ETag; a 304 keeps the status: no DOM mutation, no status-update, nothing said', async () => {
    const tracker = await showing([{ body: statusAt(2), etag: '"v1"' }]);
    const before = tracker.el.status;
    const said = spokenStatus(tracker.el);
    const mutations = watchMutations(tracker.el);
    for (let i = 0; i < 3; i++) await tracker.el.refresh();
    await tracker.el.updateComplete;
    mutations.stop();
    const log = await tracker.requests();
    expect(log[0].headers['if-none-match']).to.equal(undefined);
    expect(log.slice(1).map((entry) => [entry.headers['if-none-match'], entry.status])).to.deep.equal([['"v1"', 304], ['"v1"', 304], ['"v1"', 304]]);
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    expect(tracker.updates).to.have.length(1);
    expect(tracker.errors).to.have.length(0);
    expect(tracker.el.status).to.equal(before);
    expect(spokenStatus(tracker.el)).to.equal(said);
    expectStatusShown(tracker.el, { stale: false });
  });

  itWithHttpCache('sends If-Modified-Since after a Last-Modified; a 304 keeps the status', async () => {
    const lastModified = 'Sat, 01 Aug 2020 15:04:05 GMT';
    const tracker = await showing([{ body: statusAt(2), lastModified }]);
    const mutations = watchMutations(tracker.el);
    await tracker.el.refresh();
    await tracker.el.refresh();
    await tracker.el.updateComplete;
    const log = await tracker.requests();
    expect(log[0].headers['if-modified-since']).to.equal(undefined);
    expect(log.slice(1).map((entry) => [entry.headers['if-modified-since'], entry.status])).to.deep.equal([[lastModified, 304], [lastModified, 304]]);
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    expect(tracker.updates).to.have.length(1);
    expectStatusShown(tracker.el, { stale: false });
  });

  it('the same document again with 200 (keys in another order): no DOM mutation, no status-update', async () => {
    const doc = statusAt(2);
    const reordered = Object.fromEntries(Object.entries(doc).reverse().map(([name, value]) => [name,
      name === 'steps' ? (value as object[]).map((step) => Object.fromEntries(Object.entries(step).reverse())) : value]));
    expect(JSON.stringify(reordered)).to.not.equal(JSON.stringify(doc));
    const tracker = await showing([{ body: doc }, { body: reordered }, { body: doc }]);
    const before = tracker.el.status;
    const mutations = watchMutations(tracker.el);
    await tracker.el.refresh();
    await tracker.el.refresh();
    await tracker.el.updateComplete;
    expect((await tracker.requests()).map((entry) => entry.status)).to.deep.equal([200, 200, 200]);
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    expect(tracker.updates).to.have.length(1);
    expect(tracker.el.status).to.equal(before);
  });

  itWithHttpCache('a document updated minutes ago: an unchanged check a minute later does not rewrite the status view', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      const updatedAt = new Date(Date.now() - 10 * 60 * SECOND).toISOString();
      const tracker = await showing([{ body: statusAt(2, { updatedAt }), etag: '"v1"' }]);
      const mutations = watchMutations(tracker.el);
      clock.tick(60 * SECOND); // "10 minutes ago" would now read "11 minutes ago" if re-rendered
      await tracker.el.refresh();
      await tracker.el.updateComplete;
      expect((await tracker.requests()).map((entry) => entry.status)).to.deep.equal([200, 304]);
      expect(tracker.updates).to.have.length(1);
      expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    } finally {
      clock.uninstall();
    }
  });

  it('a real change fires one status-update with the previous status, says the new one politely and leaves focus alone', async () => {
    const container = await fixture<HTMLElement>(html`<div><input></div>`);
    const input = container.querySelector('input')!;
    input.focus();
    const tracker = await showing([{ body: statusAt(2) }, { body: statusAt(3) }, { body: statusAt(3) }], {}, container);
    const region = liveRegion(tracker.el);
    expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(spokenStatus(tracker.el)).to.contain('Step 2 of 5: Review');
    await tracker.el.refresh();
    await tracker.loaded(2);
    await tracker.el.refresh(); // and an unchanged check after it
    await tracker.el.updateComplete;
    const [, change] = tracker.updates;
    expect(change.previous!.steps[1].state).to.equal('current');
    expect(change.status.steps[2].state).to.equal('current');
    expect(tracker.updates).to.have.length(2);
    expect(headingText(tracker.el)).to.equal('Step 3 of 5: Documents');
    expect(region.isConnected).to.equal(true);
    expect(spokenStatus(tracker.el)).to.contain('Step 3 of 5: Documents');
    expect(document.activeElement).to.equal(input);
    expect(tracker.el.shadowRoot!.activeElement).to.equal(null);
  });

  it('a change keeps focus on the "Check again" button when the applicant is on it', async () => {
    const tracker = await showing([{ body: statusAt(2) }, { body: statusAt(3) }]);
    const checkAgain = part(tracker.el, 'button')!;
    checkAgain.focus();
    await tracker.el.refresh();
    await tracker.loaded(2);
    expect(headingText(tracker.el)).to.equal('Step 3 of 5: Documents');
    expect(tracker.el.shadowRoot!.activeElement).to.equal(checkAgain);
    expect(document.activeElement).to.equal(tracker.el);
  });

  it('a change that keeps the current step (a new notice) is said again in the live region', async () => {
    const notice = 'Payments are delayed this week due to the holiday.';
    const tracker = await showing([{ body: statusAt(2) }, { body: statusAt(2, { notice }) }]);
    const said = spokenStatus(tracker.el);
    expect(said).to.equal(`Step 2 of 5: Review. ${en.waitingOnUs}`);
    const heard: string[] = [];
    new MutationObserver(() => heard.push(spokenStatus(tracker.el)))
      .observe(liveRegion(tracker.el), { subtree: true, childList: true, characterData: true });
    await tracker.el.refresh();
    await tracker.loaded(2);
    expect(part(tracker.el, 'notice')!.textContent).to.contain(notice);
    // The same words are news again: emptied, then said once more after a pause.
    await waitFor(() => heard.length >= 2, 'the words said again');
    expect(heard).to.deep.equal(['', said]);
  });
});

describe('when the next automatic check happens (fake clock)', () => {
  let clock: sinon.SinonFakeTimers;
  let container: HTMLElement;
  beforeEach(async () => {
    container = await fixture<HTMLElement>(html`<div></div>`);
    clock = fakeClock(Date.now());
    sinon.stub(Math, 'random').returns(0); // the shortest jitter: 90 % of the interval
  });
  afterEach(() => clock.uninstall());

  /** Advances the fake clock by `ms`; how many checks that started. */
  const after = (ms: number, fetches: sinon.SinonSpy) => {
    const before = fetches.callCount;
    clock.tick(ms);
    return fetches.callCount - before;
  };

  it('defaults to 300 s between checks (270 s with the shortest jitter)', async () => {
    await showing([{ body: statusAt(2) }], { 'refresh-interval': undefined }, container);
    const fetches = countFetches();
    expect(after(270 * SECOND - 1, fetches)).to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });

  it('refresh-interval is in seconds, fractions allowed (1.5 s: 1350 ms with the shortest jitter)', async () => {
    await showing([{ body: statusAt(2) }], { 'refresh-interval': '1.5' }, container);
    const fetches = countFetches();
    expect(after(1349, fetches)).to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });

  it('refresh-interval="0" turns automatic checks off, after a success and after a failure', async () => {
    const tracker = await showing([{ body: statusAt(2) }, { status: 500 }], { 'refresh-interval': '0' }, container);
    const fetches = countFetches();
    expect(after(24 * 3600 * SECOND, fetches), 'a day after a success').to.equal(0);
    await tracker.el.refresh();
    await tracker.failed();
    expect(after(24 * 3600 * SECOND, fetches), 'a day after a failure').to.equal(0);
    expect(fetches.callCount, 'only the refresh() asked for').to.equal(1);
  });

  itWithHttpCache('Cache-Control max-age is a floor on the interval, for a 200 and for a 304', async () => {
    const tracker = await showing([{ body: statusAt(2), etag: '"v1"', headers: { 'Cache-Control': 'max-age=60' } }],
      { 'refresh-interval': '0.1' }, container);
    const fetches = countFetches();
    expect(after(60 * SECOND - 1, fetches), 'before max-age, after a 200').to.equal(0);
    expect(after(1, fetches)).to.equal(1);
    const others = clock.countTimers(); // the refresh timer has fired; what is left is not ours (the next midnight)
    await waitFor(() => clock.countTimers() > others, 'the check after the 304 to be planned');
    expect((await tracker.requests()).map((entry) => entry.status)).to.deep.equal([200, 304]);
    expect(after(60 * SECOND - 1, fetches), 'before max-age, after a 304').to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });

  it('honours Retry-After (seconds) on 429, keeping the status with the stale note meanwhile', async () => {
    const tracker = await showing([{ body: statusAt(2) }, { status: 429, headers: { 'Retry-After': '120' } }, { body: statusAt(2) }],
      { 'refresh-interval': '0.1' }, container);
    await tracker.el.refresh();
    await tracker.failed();
    expect(tracker.errors[0]).to.include({ kind: 'rate-limited', httpStatus: 429 });
    expectStatusShown(tracker.el, { stale: /out of date/ });
    const fetches = countFetches();
    expect(after(120 * SECOND - 1, fetches), 'before Retry-After').to.equal(0);
    expect(after(1, fetches)).to.equal(1);
    await waitFor(() => !part(tracker.el, 'stale'), 'the stale note to go after a good check');
    expectStatusShown(tracker.el, { stale: false });
    expect(tracker.updates).to.have.length(1);
  });

  it('honours Retry-After (an HTTP date) on 503', async () => {
    const retryAt = new Date(Date.now() + 120 * SECOND).toUTCString(); // whole seconds: up to 1 s sooner
    const tracker = await showing([{ body: statusAt(2) }, { status: 503, headers: { 'Retry-After': retryAt } }],
      { 'refresh-interval': '0.1' }, container);
    await tracker.el.refresh();
    await tracker.failed();
    expect(tracker.errors[0]).to.include({ kind: 'server', httpStatus: 503 });
    expectStatusShown(tracker.el, { stale: true });
    const fetches = countFetches();
    expect(after(119 * SECOND - 1, fetches)).to.equal(0);
    expect(after(SECOND + 1, fetches)).to.equal(1);
  });
});

describe('failures', () => {
  it('abandons a hanging check after `timeout` seconds as a timeout, closing the request and keeping the status', async () => {
    const tracker = await showing([{ body: statusAt(2) }, { hang: true }, { body: statusAt(2) }], { timeout: '0.2' });
    await tracker.el.refresh();
    await tracker.failed();
    expect(tracker.errors[0]).to.deep.equal({ kind: 'timeout', message: 'No answer from the status endpoint within 0.2 s' });
    expectStatusShown(tracker.el, { stale: /out of date/ });
    await waitFor(async () => (await tracker.requests())[1]?.aborted, 'the server to see the timed-out request closed');
    await tracker.el.refresh();
    await tracker.el.updateComplete;
    expectStatusShown(tracker.el, { stale: false });
  });

  it('keeps the status with the stale note through repeated failures, and drops the note after a success', async () => {
    const tracker = await showing([{ body: statusAt(2) }, { status: 500 }, { status: 500 }, { status: 500 }, { body: statusAt(2) }]);
    for (let n = 1; n <= 3; n++) {
      await tracker.el.refresh();
      await tracker.failed(n);
      expectStatusShown(tracker.el, { stale: /out of date/ });
    }
    await tracker.el.refresh();
    await tracker.el.updateComplete;
    expect(tracker.errors.map((e) => e.kind)).to.deep.equal(['server', 'server', 'server']);
    expectStatusShown(tracker.el, { stale: false });
    expect(tracker.updates).to.have.length(1);
  });
});

describe('online and offline', () => {
  it('keeps the status with the offline note and makes no request while offline; checks at once when back', async () => {
    const tracker = await showing([{ body: statusAt(2) }]);
    setOnline(false);
    await tracker.el.updateComplete;
    expectStatusShown(tracker.el, { stale: /offline/ });
    const fetches = countFetches();
    setOnline(true);
    expect(fetches.callCount, 'at once').to.equal(1);
    await tracker.waitForRequests(2);
    await waitFor(() => !part(tracker.el, 'stale'), 'the offline note to go');
    expectStatusShown(tracker.el, { stale: false });
  });
});

describe('removal', () => {
  it('removing the element closes its pending request and reports no error; re-adding redoes the check at once', async () => {
    const tracker = await showing([{ body: statusAt(2) }, { hang: true }, { body: statusAt(2) }]);
    void tracker.el.refresh();
    await tracker.waitForRequests(2);
    tracker.el.remove();
    await waitFor(async () => (await tracker.requests())[1].aborted, 'the server to see the request closed');
    expect(tracker.errors, 'errors for an aborted check').to.have.length(0);
    const fetches = countFetches();
    tracker.container.append(tracker.el);
    expect(fetches.callCount, 'the interrupted check is redone at once').to.equal(1);
    await tracker.waitForRequests(3);
    expectStatusShown(tracker.el, { stale: false });
  });
});

describe('"Check again"', () => {
  itWithHttpCache('checks now (conditionally), shows "Checking…", keeps focus, and an unchanged answer changes nothing', async () => {
    const tracker = await showing([{ body: statusAt(2), etag: '"v1"' }]);
    const checkAgain = button(tracker.el, 'Check again')!;
    checkAgain.focus();
    checkAgain.click();
    await tracker.el.updateComplete;
    expect(checkAgain.getAttribute('aria-disabled')).to.equal('true');
    expect(checkAgain.textContent!.trim()).to.equal('Checking…');
    await waitFor(() => checkAgain.textContent!.trim() === 'Check again', 'the button to come back');
    const log = await tracker.requests();
    expect(log.map((entry) => [entry.headers['if-none-match'], entry.status])).to.deep.equal([[undefined, 200], ['"v1"', 304]]);
    expect(checkAgain.getAttribute('aria-disabled')).to.equal('false');
    expect(tracker.el.shadowRoot!.activeElement).to.equal(checkAgain);
    expect(tracker.updates).to.have.length(1);
    expectStatusShown(tracker.el, { stale: false });
  });
});
