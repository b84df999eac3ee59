/**
 * Issue 3: live refresh, against a real HTTP endpoint on the test runner's loopback server.
 *
 * Timing: intervals are fractions of a second and every assertion is a bound. Lower bounds are
 * tight (a timer never fires early; EARLY allows for clock granularity), upper bounds carry SLACK
 * for a busy 2-core machine. Jitter is ±10 % on the interval, backoff draws 50–100 % of its step.
 * Waits of minutes or hours are checked on the delay handed to setTimeout, or by moving Date.now().
 */
import { expect } from '@open-wc/testing';
import {
  advanceClock, captureTimers, describeMutation, fixRandom, gaps, headingText, liveRegion, mount, mountInto, part,
  requests, restorePage, script, setHidden, setOnline, sleep, statusAt, uniqueKey, waitFor, waitForRequests,
  watchMutations, type Mounted,
} from './support/loopback.js';

const EARLY = 3;
const SLACK = 300;
const SECOND = 1000;

/** Waits for the n-th status-update (1-based) and for the render after it. */
async function updated({ el, updates }: Mounted, n = 1): Promise<void> {
  await waitFor(() => updates.length >= n, `status-update #${n}`);
  await el.updateComplete;
}

async function failed({ el, errors }: Mounted, n = 1): Promise<void> {
  await waitFor(() => errors.length >= n, `status-error #${n}`);
  await el.updateComplete;
  await sleep(0);
  await el.updateComplete;
}

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

afterEach(() => restorePage());

describe('automatic refresh: schedule', () => {
  it('checks again every refresh-interval seconds (fractional), each wait within ±10 %', async () => {
    const key = uniqueKey('interval');
    await script(key, [{ body: statusAt(2) }]);
    await mount(key, { 'refresh-interval': '0.1' });
    const log = await waitForRequests(key, 6);
    for (const gap of gaps(log).slice(0, 5)) expect(gap).to.be.within(90 - EARLY, 110 + SLACK);
  });

  it('jitters every wait: different delays, all within 90–110 % of the interval', async () => {
    const key = uniqueKey('jitter');
    await script(key, [{ body: statusAt(2) }]);
    const delays = captureTimers(10 * SECOND);
    const tracker = await mount(key, { 'refresh-interval': '1000' });
    await updated(tracker);
    for (let i = 0; i < 7; i++) await tracker.el.refresh();
    expect(delays).to.have.length(8);
    for (const delay of delays) expect(delay).to.be.within(900 * SECOND - 5, 1100 * SECOND);
    expect(new Set(delays).size, 'distinct delays').to.be.at.least(7);
    expect(Math.max(...delays) - Math.min(...delays), 'spread').to.be.above(10 * SECOND);
  });

  it('defaults to 300 s: the next check is planned 270–330 s out, nothing sooner', async () => {
    const key = uniqueKey('default');
    await script(key, [{ body: statusAt(2) }]);
    const delays = captureTimers(10 * SECOND);
    const tracker = await mount(key);
    await updated(tracker);
    expect(delays).to.have.length(1);
    expect(delays[0]).to.be.within(270 * SECOND - 5, 330 * SECOND);
    await sleep(300);
    expect(await requests(key)).to.have.length(1);
  });

  it('refresh-interval="0" turns automatic checks off, after success and after failure', async () => {
    const key = uniqueKey('off');
    await script(key, [{ body: statusAt(2) }, { status: 500 }]);
    const tracker = await mount(key, { 'refresh-interval': '0' });
    await updated(tracker);
    await sleep(300);
    expect(await requests(key)).to.have.length(1);
    await tracker.el.refresh();
    await sleep(300);
    expect(await requests(key)).to.have.length(2);
  });
});

describe('automatic refresh: visibility', () => {
  it('makes no request while hidden and checks at once on return when the last check is older than the interval', async () => {
    const key = uniqueKey('hidden');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.3' });
    await updated(tracker);
    setHidden(true);
    await sleep(450);
    expect(await requests(key), 'requests while hidden').to.have.length(1);
    const shownAt = Date.now();
    setHidden(false);
    const log = await waitForRequests(key, 2, 1000);
    // At once: well before another interval (≥ 270 ms) could have run.
    expect(log[1].at - shownAt).to.be.below(150);
    const next = await waitForRequests(key, 3, 1500);
    expect(next[2].at - next[1].at, 'schedule resumes').to.be.within(270 - EARLY, 330 + SLACK);
  });

  it('returning before the interval is up keeps the schedule: no early check, none late', async () => {
    const key = uniqueKey('hidden-short');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.4' });
    await updated(tracker);
    setHidden(true);
    await sleep(100);
    setHidden(false);
    await sleep(100);
    expect(await requests(key)).to.have.length(1);
    const log = await waitForRequests(key, 2, 1500);
    expect(log[1].at - log[0].at).to.be.within(360 - EARLY, 440 + SLACK);
  });

  it('with the default interval: hidden for 400 s makes no request, returning makes exactly one', async () => {
    const key = uniqueKey('hidden-long');
    await script(key, [{ body: statusAt(2), etag: '"v1"' }]);
    const tracker = await mount(key);
    await updated(tracker);
    setHidden(true);
    advanceClock(400 * SECOND);
    await sleep(200);
    expect(await requests(key)).to.have.length(1);
    setHidden(false);
    const log = await waitForRequests(key, 2, 1000);
    expect(log[1].status).to.equal(304);
    await sleep(200);
    expect(await requests(key)).to.have.length(2);
  });

  it('on return, checks at once whenever the last check is older than the interval, whatever the jitter drew', async () => {
    const key = uniqueKey('hidden-jitter');
    await script(key, [{ body: statusAt(2) }]);
    fixRandom(0.999); // the longest jitter: the next check planned 1.0998 × 300 s out
    const tracker = await mount(key);
    await updated(tracker);
    setHidden(true);
    advanceClock(315 * SECOND); // older than the 300 s interval, sooner than the jittered 329.9 s
    setHidden(false);
    await waitForRequests(key, 2, 600);
  });
});

describe('conditional requests and caching', () => {
  it('sends If-None-Match after an ETag; a 304 keeps the status: no DOM mutation, no status-update', async () => {
    const key = uniqueKey('etag');
    await script(key, [{ body: statusAt(2), etag: '"v1"' }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    const before = tracker.el.status;
    const announced = liveRegion(tracker.el).textContent;
    const mutations = watchMutations(tracker.el);
    const log = await waitForRequests(key, 4);
    await waitForRequests(key, 5); // the 4th answer has been handled by now
    await tracker.el.updateComplete;
    mutations.stop();
    expect(log[0].headers['if-none-match']).to.equal(undefined);
    for (const entry of log.slice(1)) {
      expect(entry.headers['if-none-match']).to.equal('"v1"');
      expect(entry.status).to.equal(304);
    }
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    expect(tracker.updates).to.have.length(1);
    expect(tracker.errors).to.have.length(0);
    expect(tracker.el.status).to.equal(before);
    expect(liveRegion(tracker.el).textContent).to.equal(announced);
    expectStatusShown(tracker.el, { stale: false });
  });

  it('sends If-Modified-Since after a Last-Modified; a 304 keeps the status', async () => {
    const key = uniqueKey('last-modified');
    const lastModified = 'Sat, 01 Aug 2020 15:04:05 GMT';
    await script(key, [{ body: statusAt(2), lastModified }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    const mutations = watchMutations(tracker.el);
    const log = await waitForRequests(key, 3);
    await waitForRequests(key, 4);
    await tracker.el.updateComplete;
    expect(log[0].headers['if-modified-since']).to.equal(undefined);
    for (const entry of log.slice(1, 3)) {
      expect(entry.headers['if-modified-since']).to.equal(lastModified);
      expect(entry.status).to.equal(304);
    }
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    expect(tracker.updates).to.have.length(1);
    expectStatusShown(tracker.el, { stale: false });
  });

  it('the same document again with 200 (keys in another order): no DOM mutation, no status-update', async () => {
    const key = uniqueKey('same');
    const doc = statusAt(2);
    const reordered = Object.fromEntries(Object.entries(doc).reverse().map(([name, value]) => [name,
      name === 'steps' ? (value as object[]).map((step) => Object.fromEntries(Object.entries(step).reverse())) : value]));
    expect(JSON.stringify(reordered)).to.not.equal(JSON.stringify(doc));
    await script(key, [{ body: doc }, { body: reordered }, { body: doc }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    const before = tracker.el.status;
    const mutations = watchMutations(tracker.el);
    await waitForRequests(key, 5);
    await tracker.el.updateComplete;
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    expect(tracker.updates).to.have.length(1);
    expect(tracker.el.status).to.equal(before);
  });

  it('a document updated minutes ago: an unchanged check a minute later does not rewrite the status view', async () => {
    const key = uniqueKey('updated-recent');
    const updatedAt = new Date(Date.now() - 10 * 60 * SECOND).toISOString();
    await script(key, [{ body: statusAt(2, { updatedAt }), etag: '"v1"' }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    const mutations = watchMutations(tracker.el);
    // With the default 300 s interval every check comes minutes after the last one.
    advanceClock(60 * SECOND);
    const seen = (await requests(key)).length;
    await waitForRequests(key, seen + 2);
    await tracker.el.updateComplete;
    expect((await requests(key)).slice(1).every((entry) => entry.status === 304)).to.equal(true);
    expect(tracker.updates).to.have.length(1);
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
  });

  it('a real change fires one status-update, updates the polite live region and leaves focus alone', async () => {
    const key = uniqueKey('change');
    await script(key, [{ body: statusAt(2) }, { body: statusAt(2) }, { body: statusAt(3) }, { body: statusAt(3) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    const input = document.createElement('input');
    tracker.container.prepend(input);
    input.focus();
    await updated(tracker);
    const region = liveRegion(tracker.el);
    expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(region.textContent).to.contain('Step 2 of 5: Review');
    await updated(tracker, 2);
    await waitForRequests(key, 5); // and a few unchanged checks after it
    const [, change] = tracker.updates;
    expect(change.detail.previous!.steps[1].state).to.equal('current');
    expect(change.detail.status.steps[2].state).to.equal('current');
    expect(tracker.updates).to.have.length(2);
    expect(headingText(tracker.el)).to.equal('Step 3 of 5: Documents');
    expect(region.isConnected).to.equal(true);
    expect(region.textContent).to.contain('Step 3 of 5: Documents');
    expect(document.activeElement).to.equal(input);
    expect(tracker.el.shadowRoot!.activeElement).to.equal(null);
  });

  it('a change keeps focus on the "Check again" button when the applicant is on it', async () => {
    const key = uniqueKey('change-focus');
    await script(key, [{ body: statusAt(2) }, { body: statusAt(3) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    const button = part(tracker.el, 'button')!;
    button.focus();
    expect(tracker.el.shadowRoot!.activeElement).to.equal(button);
    await updated(tracker, 2);
    expect(headingText(tracker.el)).to.equal('Step 3 of 5: Documents');
    expect(tracker.el.shadowRoot!.activeElement).to.equal(button);
    expect(document.activeElement).to.equal(tracker.el);
  });

  it('a change that keeps the current step (a new notice) is still announced in the live region', async () => {
    const key = uniqueKey('change-notice');
    const notice = 'Payments are delayed this week due to the holiday.';
    await script(key, [{ body: statusAt(2) }, { body: statusAt(2, { notice }) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    const region = liveRegion(tracker.el);
    const changes: MutationRecord[] = [];
    new MutationObserver((records) => changes.push(...records))
      .observe(region, { subtree: true, childList: true, characterData: true });
    await updated(tracker, 2);
    expect(part(tracker.el, 'notice')!.textContent).to.contain(notice);
    expect(changes.length, 'live region updated for a real change').to.be.above(0);
  });

  it('Cache-Control max-age is a floor on the interval, for a 200 and for a 304', async () => {
    const key = uniqueKey('max-age');
    await script(key, [{ body: statusAt(2), etag: '"v1"', headers: { 'Cache-Control': 'max-age=1' } }]);
    const delays = captureTimers(500);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    await sleep(300);
    expect(await requests(key), 'nothing before max-age').to.have.length(1);
    const log = await waitForRequests(key, 2, 2000);
    expect(log[1].at - log[0].at).to.be.within(900 - EARLY, 1100 + SLACK);
    expect(log[1].status).to.equal(304);
    await waitFor(() => delays.length >= 2, 'the timer after the 304');
    expect(delays[1], 'after the 304').to.be.within(900 - 5, 1100);
  });

  it('a max-age shorter than the interval does not shorten it', async () => {
    const key = uniqueKey('max-age-short');
    await script(key, [{ body: statusAt(2), headers: { 'Cache-Control': 'public, max-age=1' } }]);
    const delays = captureTimers(500);
    const tracker = await mount(key, { 'refresh-interval': '1000' });
    await updated(tracker);
    expect(delays).to.have.length(1);
    expect(delays[0]).to.be.within(900 * SECOND - 5, 1100 * SECOND);
  });
});

describe('failures: Retry-After, timeout, backoff', () => {
  it('honours Retry-After (seconds) on 429, keeping the status with the stale note meanwhile', async () => {
    const key = uniqueKey('429');
    await script(key, [{ body: statusAt(2) }, { status: 429, headers: { 'Retry-After': '1' } }, { body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    await failed(tracker);
    expect(tracker.errors[0].detail).to.include({ kind: 'rate-limited', httpStatus: 429 });
    expectStatusShown(tracker.el, { stale: /out of date/ });
    await sleep(500);
    expect(await requests(key), 'nothing before Retry-After').to.have.length(2);
    const log = await waitForRequests(key, 3, 2500);
    expect(log[2].at - log[1].at).to.be.within(1000 - EARLY, 1000 + SLACK);
    await waitFor(() => !part(tracker.el, 'stale'), 'the stale note to go after a good check');
    expectStatusShown(tracker.el, { stale: false });
    expect(tracker.updates).to.have.length(1);
  });

  it('honours Retry-After (HTTP date) on 503', async () => {
    const key = uniqueKey('503');
    const retryAt = new Date(Date.now() + 120 * SECOND).toUTCString();
    await script(key, [{ body: statusAt(2) }, { status: 503, headers: { 'Retry-After': retryAt } }]);
    const delays = captureTimers(10 * SECOND);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    await failed(tracker);
    expect(tracker.errors[0].detail).to.include({ kind: 'server', httpStatus: 503 });
    expect(delays).to.have.length(1);
    expect(delays[0]).to.be.within(118 * SECOND, 120 * SECOND);
    await sleep(300);
    expect(await requests(key)).to.have.length(2);
    expectStatusShown(tracker.el, { stale: true });
  });

  it('abandons a hanging check after `timeout` seconds (fractional) as a timeout, keeping the status', async () => {
    const key = uniqueKey('timeout');
    await script(key, [{ body: statusAt(2) }, { hang: true }, { body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1', timeout: '0.2' });
    await updated(tracker);
    await failed(tracker);
    expect(tracker.errors[0].detail.kind).to.equal('timeout');
    expectStatusShown(tracker.el, { stale: /out of date/ });
    const log = await waitFor(async () => {
      const entries = await requests(key);
      return entries[1]?.aborted ? entries : undefined;
    }, 'the server to see the timed-out request closed');
    expect(log[1].closedAt! - log[1].at).to.be.within(200 - EARLY - 5, 200 + SLACK);
    await waitFor(() => !part(tracker.el, 'stale'), 'the stale note to go after a good check');
    expectStatusShown(tracker.el, { stale: false });
  });

  it('backs off exponentially with jitter (50–100 % of interval × 2ⁿ), then returns to the interval', async () => {
    const key = uniqueKey('backoff');
    await script(key, [{ body: statusAt(2) }, { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 },
      { body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    const snapshots: string[] = [];
    tracker.el.addEventListener('status-error', () => setTimeout(() => {
      snapshots.push(`${headingText(tracker.el)} | ${part(tracker.el, 'stale')?.textContent}`);
    }, 20));
    await updated(tracker);
    const log = await waitForRequests(key, 8, 5000);
    const [normal, f1, f2, f3, f4, after1, after2] = gaps(log);
    expect(normal).to.be.within(90 - EARLY, 110 + SLACK);
    expect(f1, '1st failure').to.be.within(50 - EARLY, 100 + SLACK);
    expect(f2, '2nd failure').to.be.within(100 - EARLY, 200 + SLACK);
    expect(f3, '3rd failure').to.be.within(200 - EARLY, 400 + SLACK);
    expect(f4, '4th failure').to.be.within(400 - EARLY, 800 + SLACK);
    expect(after1, 'after recovery').to.be.within(90 - EARLY, 110 + SLACK);
    expect(after2, 'after recovery').to.be.within(90 - EARLY, 110 + SLACK);
    expect(tracker.errors.map((e) => e.detail.kind)).to.deep.equal(['server', 'server', 'server', 'server']);
    expect(snapshots).to.have.length(4);
    for (const snapshot of snapshots) expect(snapshot).to.match(/^Step 2 of 5: Review \| .*out of date/);
    expectStatusShown(tracker.el, { stale: false });
    expect(tracker.updates).to.have.length(1);
  });

  it('caps the backoff at an hour and recovers to the interval after a success', async () => {
    const key = uniqueKey('backoff-cap');
    await script(key, [{ status: 500 }]);
    const delays = captureTimers(10 * SECOND);
    const tracker = await mount(key, { 'refresh-interval': '1000' });
    await failed(tracker);
    for (let i = 0; i < 5; i++) await tracker.el.refresh();
    const ranges = [[500, 1000], [1000, 2000], [1800, 3600], [1800, 3600], [1800, 3600], [1800, 3600]];
    expect(delays).to.have.length(ranges.length);
    delays.forEach((delay, i) => expect(delay, `after failure ${i + 1}`).to.be.within(ranges[i][0] * SECOND - 5, ranges[i][1] * SECOND));
    await script(key, [{ body: statusAt(2) }]);
    await tracker.el.refresh();
    expect(delays).to.have.length(ranges.length + 1);
    expect(delays.at(-1), 'after recovery').to.be.within(900 * SECOND - 5, 1100 * SECOND);
  });
});

describe('online and offline', () => {
  it('makes no request while offline, keeps the status with the offline note, checks at once when back', async () => {
    const key = uniqueKey('offline');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    setOnline(false);
    await tracker.el.updateComplete;
    expectStatusShown(tracker.el, { stale: /offline/ });
    await sleep(300);
    expect(await requests(key), 'requests while offline').to.have.length(1);
    const backAt = Date.now();
    setOnline(true);
    const log = await waitForRequests(key, 2, 1000);
    expect(log[1].at - backAt).to.be.below(150);
    await waitFor(() => !part(tracker.el, 'stale'), 'the offline note to go');
    expectStatusShown(tracker.el, { stale: false });
  });

  it('makes no request when the page becomes visible again while still offline', async () => {
    const key = uniqueKey('offline-hidden');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    setOnline(false);
    setHidden(true);
    await sleep(250);
    setHidden(false);
    await sleep(250);
    expect(await requests(key), 'requests while offline').to.have.length(1);
    setOnline(true);
    await waitForRequests(key, 2, 1000);
  });

  it('makes no request when re-added to the page while offline', async () => {
    const key = uniqueKey('offline-readd');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    tracker.el.remove();
    setOnline(false);
    await sleep(250);
    tracker.container.append(tracker.el);
    await sleep(250);
    expect(await requests(key), 'requests while offline').to.have.length(1);
    setOnline(true);
    await waitForRequests(key, 2, 1000);
  });
});

describe('removal and several trackers', () => {
  it('removing the element aborts its pending request, reports no error and leaves no timer; re-adding resumes', async () => {
    const key = uniqueKey('remove-pending');
    await script(key, [{ body: statusAt(2) }, { hang: true }, { body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    await waitForRequests(key, 2);
    tracker.el.remove();
    await waitFor(async () => (await requests(key))[1].aborted, 'the server to see the request closed', 1000);
    await sleep(300);
    expect(await requests(key), 'requests after removal').to.have.length(2);
    expect(tracker.errors, 'errors for an aborted check').to.have.length(0);
    const backAt = Date.now();
    tracker.container.append(tracker.el);
    const log = await waitForRequests(key, 3, 1000);
    expect(log[2].at - backAt, 'the interrupted check is redone at once').to.be.below(150);
    await waitForRequests(key, 4, 1000);
    expectStatusShown(tracker.el, { stale: false });
  });

  it('removing an idle element leaves no timer; re-adding checks at once when overdue', async () => {
    const key = uniqueKey('remove-idle');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    tracker.el.remove();
    await sleep(300);
    expect(await requests(key), 'requests after removal').to.have.length(1);
    const backAt = Date.now();
    tracker.container.append(tracker.el);
    const log = await waitForRequests(key, 2, 1000);
    expect(log[1].at - backAt).to.be.below(150);
    const next = await waitForRequests(key, 3, 1000);
    expect(next[2].at - next[1].at).to.be.within(90 - EARLY, 110 + SLACK);
  });

  it('re-added before its next check is due, it waits for the rest of the interval', async () => {
    const key = uniqueKey('remove-early');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.5' });
    await updated(tracker);
    tracker.el.remove();
    await sleep(100);
    tracker.container.append(tracker.el);
    await sleep(150);
    expect(await requests(key)).to.have.length(1);
    const log = await waitForRequests(key, 2, 1500);
    expect(log[1].at - log[0].at).to.be.within(450 - EARLY, 550 + SLACK);
  });

  it('makes no request when re-added to a hidden page, and checks when it becomes visible', async () => {
    const key = uniqueKey('hidden-readd');
    await script(key, [{ body: statusAt(2) }]);
    const tracker = await mount(key, { 'refresh-interval': '0.1' });
    await updated(tracker);
    tracker.el.remove();
    setHidden(true);
    await sleep(250);
    tracker.container.append(tracker.el);
    await sleep(250);
    expect(await requests(key), 'requests while hidden').to.have.length(1);
    setHidden(false);
    await waitForRequests(key, 2, 1000);
  });

  it('two trackers on one page keep their own schedules; removing one leaves the other running', async () => {
    const fast = uniqueKey('two-fast');
    const slow = uniqueKey('two-slow');
    await script(fast, [{ body: statusAt(2) }]);
    await script(slow, [{ body: statusAt(3) }]);
    const a = await mount(fast, { 'refresh-interval': '0.1' });
    const b = mountInto(a.container, slow, { 'refresh-interval': '0.35' });
    await updated(a);
    await updated(b);
    const slowLog = await waitForRequests(slow, 4, 3000);
    const fastLog = await requests(fast);
    expect(fastLog.length, 'fast tracker').to.be.at.least(7);
    for (const gap of gaps(fastLog)) expect(gap).to.be.within(90 - EARLY, 110 + SLACK);
    for (const gap of gaps(slowLog)) expect(gap).to.be.within(315 - EARLY, 385 + SLACK);
    a.el.remove();
    const fastCount = (await requests(fast)).length;
    const slowCount = (await requests(slow)).length;
    await sleep(400);
    expect(await requests(fast), 'removed tracker').to.have.length(fastCount);
    expect((await requests(slow)).length, 'remaining tracker').to.be.above(slowCount);
    expect(headingText(b.el)).to.equal('Step 3 of 5: Documents');
  });
});

describe('"Check again"', () => {
  it('checks now (conditionally), shows "Checking…", keeps focus, and an unchanged answer changes nothing', async () => {
    const key = uniqueKey('check-again');
    await script(key, [{ body: statusAt(2), etag: '"v1"' }, { body: statusAt(2), etag: '"v1"', delay: 150 }]);
    const tracker = await mount(key, { 'refresh-interval': '0' });
    await updated(tracker);
    const button = part(tracker.el, 'button')!;
    expect(button.textContent!.trim()).to.equal('Check again');
    button.focus();
    button.click();
    await tracker.el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Checking…');
    const log = await waitForRequests(key, 2);
    expect(log[1].headers['if-none-match']).to.equal('"v1"');
    await waitFor(() => button.textContent!.trim() === 'Check again', 'the button to come back');
    expect((await requests(key))[1].status).to.equal(304);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(tracker.el.shadowRoot!.activeElement).to.equal(button);
    expect(tracker.updates).to.have.length(1);
    expectStatusShown(tracker.el, { stale: false });
    await sleep(200);
    expect(await requests(key)).to.have.length(2);
  });
});
