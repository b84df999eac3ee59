/**
 * The status controller on a fake host with a fake clock and a stubbed fetch: when it checks,
 * what it keeps, and what it hands the host. Every wait is the fake clock's; nothing sleeps.
 */
import { expect } from '@esm-bundle/chai';
import sinon from 'sinon';
import { StatusController, MAX_BACKOFF, type StatusNotice } from '../../src/controllers/status-controller.js';
import { StatusError } from '../../src/core/errors.js';
import type { StatusRequest } from '../../src/core/request.js';
import { FakeHost, fakeClock, stubFetch, type FetchCall } from '../support/controllers.js';
import { statusAt } from '../support/documents.js';
import { restorePage, setHidden, setOnline } from '../support/page.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

const requestFor = (id: string): StatusRequest => ({
  url: `https://agency.example.gov/status/${id}`, credentials: 'same-origin',
});

/** A controller on a fake host, with what the host would report after each update. */
const hosts: FakeHost[] = [];

function setUp({ interval = 5 * MINUTE, timeout = 20 * SECOND } = {}) {
  const host = new FakeHost();
  hosts.push(host);
  const settings = { request: requestFor('A-1') as StatusRequest | undefined, interval, timeout };
  const derive = sinon.spy(() => {
    if (settings.request?.url.includes('[bad')) throw new StatusError('configuration', 'endpoint is not a URL: https://[bad/{id}');
    return settings.request;
  });
  const controller = new StatusController(host as never, derive, () => ({ interval: settings.interval, timeout: settings.timeout }));
  const notices: StatusNotice[] = [];
  host.onUpdated = () => notices.push(...controller.takeNotices());
  /** Resolves once `n` changes or failures have been handed to the host. */
  const checks = (n: number) => host.until(() => notices.length >= n, `${n} notices (${notices.length} so far)`);
  return { host, settings, controller, notices, derive, checks };
}

let clock: sinon.SinonFakeTimers;
let random: sinon.SinonStub;
beforeEach(() => {
  clock = fakeClock();
  random = sinon.stub(Math, 'random').returns(0.5); // no jitter: every wait is exactly its middle
});
afterEach(() => {
  // A connected controller listens to the page: none may outlive its test.
  for (const host of hosts.splice(0)) if (host.isConnected) host.disconnect();
  sinon.restore();
  clock.uninstall();
  restorePage();
});

const ok = (doc: unknown = statusAt(2), headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json', ...headers } });

/** Advances the fake clock by `ms` and says how many fetches that started. */
function after(ms: number, fetches: { calls: FetchCall[] }): number {
  const before = fetches.calls.length;
  clock.tick(ms);
  return fetches.calls.length - before;
}

describe('StatusController: the first check', () => {
  it('fetches the derived request once the host first updates, and hands over the status once', async () => {
    const fetches = stubFetch(() => ok());
    const { host, controller, notices, checks } = setUp();
    expect(fetches.calls).to.have.length(0);
    await host.connect();
    expect(fetches.calls.map((c) => c.url)).to.deep.equal(['https://agency.example.gov/status/A-1']);
    expect(controller.loading).to.equal(true);
    await checks(1);
    expect(controller.loading).to.equal(false);
    expect(notices).to.deep.equal([{ status: statusAt(2), previous: null }]);
    expect(controller.status).to.deep.equal(statusAt(2));
    expect(controller.checkedAt!.getTime()).to.equal(Date.now());
    expect(controller.takeNotices(), 'handed over once').to.deep.equal([]);
  });

  it('makes no request while there is nothing to fetch, and is not loading', async () => {
    const fetches = stubFetch(() => ok());
    const { host, settings, controller } = setUp();
    settings.request = undefined;
    await host.connect();
    await controller.refresh();
    expect(fetches.calls).to.have.length(0);
    expect(controller.loading).to.equal(false);
  });

  it('derives the request on connecting and once per host update, and an equal request is not fetched again', async () => {
    const fetches = stubFetch(() => ok());
    const { host, settings, derive, checks } = setUp();
    await host.connect();
    await checks(1);
    settings.request = { ...requestFor('A-1') }; // a new object, the same request
    host.requestUpdate();
    await host.updateComplete;
    // On connecting too: the request starts before the host's first render.
    expect(derive.callCount).to.equal(host.updateCount + 1);
    expect(fetches.calls).to.have.length(1);
  });
});

describe('StatusController: the refresh schedule', () => {
  it('checks again after the interval, ±10 % jitter, and nothing sooner', async () => {
    const fetches = stubFetch(() => ok());
    const { host, checks } = setUp({ interval: 100 * SECOND });
    random.returns(0); // the shortest wait: 90 s
    await host.connect();
    await waitForSettle(host);
    expect(after(90 * SECOND - 1, fetches), 'before 90 % of the interval').to.equal(0);
    random.returns(0.999999); // drawn when this check succeeds: the longest wait, 110 s
    expect(after(1, fetches), 'at 90 %').to.equal(1);
    await waitForSettle(host);
    expect(after(90 * SECOND, fetches)).to.equal(0);
    expect(after(19 * SECOND, fetches), 'at 109 %').to.equal(0);
    expect(after(SECOND, fetches), 'by 110 %').to.equal(1);
  });

  it('spreads checks: each wait draws its own jitter', async () => {
    const fetches = stubFetch(() => ok());
    const { host } = setUp({ interval: 100 * SECOND });
    const draws = [0.1, 0.9, 0.4];
    random.callsFake(() => draws.shift() ?? 0.5);
    await host.connect();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      await waitForSettle(host);
      const start = Date.now();
      while (after(SECOND, fetches) === 0) { /* tick until the next check */ }
      times.push(Date.now() - start);
    }
    expect(times).to.deep.equal([92 * SECOND, 108 * SECOND, 98 * SECOND]);
  });

  it('an interval of 0 arms no timer, after a success or a failure', async () => {
    const fetches = stubFetch((_, i) => (i === 0 ? ok() : new Response(null, { status: 500 })));
    const { host, controller, checks } = setUp({ interval: 0 });
    await host.connect();
    await checks(1);
    expect(clock.countTimers()).to.equal(0);
    await controller.refresh();
    await checks(2);
    expect(controller.error!.kind).to.equal('server');
    expect(clock.countTimers()).to.equal(0);
    expect(after(24 * 60 * MINUTE, fetches)).to.equal(0);
  });

  it('never checks sooner than the server\'s max-age, even with the shortest jitter', async () => {
    const fetches = stubFetch(() => ok(statusAt(2), { 'Cache-Control': 'max-age=60' }));
    const { host } = setUp({ interval: 10 * SECOND });
    random.returns(0);
    await host.connect();
    await waitForSettle(host);
    expect(after(60 * SECOND - 1, fetches), 'before max-age').to.equal(0);
    expect(after(1, fetches), 'at max-age').to.equal(1);
  });

  it('a max-age shorter than the interval does not shorten it', async () => {
    const fetches = stubFetch(() => ok(statusAt(2), { 'Cache-Control': 'max-age=1' }));
    const { host } = setUp({ interval: 100 * SECOND });
    await host.connect();
    await waitForSettle(host);
    expect(after(100 * SECOND - 1, fetches)).to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });
});

describe('StatusController: failures', () => {
  it('keeps the last good status through a failure and hands over the error once', async () => {
    const fetches = stubFetch((_, i) => (i === 0 ? ok() : new Response(null, { status: 503 })));
    const { host, controller, notices, checks } = setUp();
    await host.connect();
    await checks(1);
    await controller.refresh();
    await checks(2);
    expect(fetches.calls).to.have.length(2);
    expect(controller.status).to.deep.equal(statusAt(2));
    expect(controller.error).to.include({ kind: 'server', httpStatus: 503 });
    expect(notices[1]).to.have.property('error').that.includes({ kind: 'server' });
    expect(notices).to.have.length(2);
  });

  it('backs off exponentially (interval × 2ⁿ, 50–100 % of it), then returns to the interval after a success', async () => {
    let fail = true;
    const fetches = stubFetch(() => (fail ? new Response(null, { status: 500 }) : ok()));
    const { host } = setUp({ interval: 100 * SECOND });
    random.returns(0); // the shortest draw: half of each step
    await host.connect();
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await waitForSettle(host);
      fail = i < 3; // the fifth check succeeds
      const start = Date.now();
      while (after(SECOND, fetches) === 0) { /* until the next check */ }
      waits.push(Date.now() - start);
    }
    expect(waits).to.deep.equal([50, 100, 200, 400].map((s) => s * SECOND));
    await waitForSettle(host);
    const start = Date.now();
    while (after(SECOND, fetches) === 0) { /* until the next check */ }
    expect(Date.now() - start, 'after recovery: 90 % of the interval').to.equal(90 * SECOND);
  });

  it('caps the backoff at an hour', async () => {
    const fetches = stubFetch(() => new Response(null, { status: 500 }));
    const { host, controller } = setUp({ interval: 1000 * SECOND });
    random.returns(0.999999); // the longest draw: the whole step
    await host.connect();
    for (let i = 0; i < 5; i++) {
      await waitForSettle(host);
      await controller.refresh();
    }
    await waitForSettle(host);
    expect(after(MAX_BACKOFF - SECOND, fetches), 'within the hour').to.equal(0);
    expect(after(SECOND, fetches), 'by the hour').to.equal(1);
  });

  it('never checks sooner than Retry-After', async () => {
    const fetches = stubFetch((_, i) => (i === 0 ? ok() : new Response(null, { status: 429, headers: { 'Retry-After': '120' } })));
    const { host, controller, checks } = setUp({ interval: 10 * SECOND });
    await host.connect();
    await checks(1);
    await controller.refresh();
    await checks(2);
    expect(controller.error).to.include({ kind: 'rate-limited', retryAfter: 120 * SECOND });
    expect(after(120 * SECOND - 1, fetches)).to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });

  it('a check superseded by another application is dropped without an error', async () => {
    const fetches = stubFetch();
    const { host, settings, controller, notices } = setUp();
    await host.connect();
    settings.request = requestFor('B-2');
    host.requestUpdate();
    await host.updateComplete;
    expect(fetches.calls).to.have.length(2);
    expect(fetches.calls[0].init.signal!.aborted, 'the first request aborted').to.equal(true);
    fetches.calls[1].respond(statusAt(3, { applicationId: 'B-2' }));
    await host.until(() => notices.length === 1, 'the second status');
    expect(controller.error).to.equal(null);
    expect(controller.status!.applicationId).to.equal('B-2');
  });

  it('another application starts from nothing: no status, error or check time of the previous one', async () => {
    stubFetch((call) => (call.url.endsWith('A-1') ? ok() : new Promise(() => undefined)));
    const { host, settings, controller, checks } = setUp();
    await host.connect();
    await checks(1);
    settings.request = requestFor('B-2');
    host.requestUpdate();
    await host.updateComplete;
    expect(controller.status).to.equal(null);
    expect(controller.checkedAt).to.equal(null);
    expect(controller.loading).to.equal(true);
  });
});

describe('StatusController: configuration errors', () => {
  it('an unusable configuration makes no request, logs one console.error and hands over one configuration error', async () => {
    const fetches = stubFetch(() => ok());
    const consoleError = sinon.stub(console, 'error');
    const { host, settings, controller, notices } = setUp();
    settings.request = requestFor('[bad');
    await host.connect();
    host.requestUpdate();
    await host.updateComplete;
    expect(fetches.calls).to.have.length(0);
    expect(controller.problem).to.include({ kind: 'configuration' });
    expect(controller.loading).to.equal(false);
    expect(notices.map((n) => ('error' in n ? n.error.kind : 'status'))).to.deep.equal(['configuration']);
    expect(consoleError.callCount).to.equal(1);
    expect(String(consoleError.firstCall.args[0])).to.contain('endpoint is not a URL');
    // Fixed by the page: the request goes out and the problem is gone.
    settings.request = requestFor('A-1');
    host.requestUpdate();
    await host.updateComplete;
    expect(fetches.calls).to.have.length(1);
    expect(controller.problem).to.equal(null);
  });
});

describe('StatusController: visibility, connectivity, removal', () => {
  it('makes no request while the page is hidden, and checks at once on return when one is overdue', async () => {
    const fetches = stubFetch(() => ok());
    const { host } = setUp({ interval: 100 * SECOND });
    await host.connect();
    await waitForSettle(host);
    setHidden(true);
    expect(after(400 * SECOND, fetches), 'hidden').to.equal(0);
    setHidden(false);
    expect(fetches.calls, 'at once, exactly one').to.have.length(2);
    await waitForSettle(host);
    expect(after(100 * SECOND - 1, fetches), 'the schedule resumes from the new check').to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });

  it('returning before the next check is due keeps the schedule: no early check, none late', async () => {
    const fetches = stubFetch(() => ok());
    const { host } = setUp({ interval: 100 * SECOND });
    await host.connect();
    await waitForSettle(host);
    setHidden(true);
    after(30 * SECOND, fetches);
    setHidden(false);
    expect(fetches.calls).to.have.length(1);
    expect(after(70 * SECOND - 1, fetches)).to.equal(0);
    expect(after(1, fetches)).to.equal(1);
  });

  it('on return, checks when the last check is older than the interval, even if the jitter drew a longer wait', async () => {
    const fetches = stubFetch(() => ok());
    const { host } = setUp({ interval: 300 * SECOND });
    random.returns(0.999999); // planned 330 s out
    await host.connect();
    await waitForSettle(host);
    setHidden(true);
    after(315 * SECOND, fetches); // older than the interval, sooner than the jittered wait
    setHidden(false);
    expect(fetches.calls).to.have.length(2);
  });

  it('makes no request while offline, not even when the page becomes visible; checks at once when back online', async () => {
    const fetches = stubFetch(() => ok());
    const { host, controller } = setUp({ interval: 100 * SECOND });
    await host.connect();
    await waitForSettle(host);
    setOnline(false);
    expect(controller.offline).to.equal(true);
    setHidden(true);
    after(200 * SECOND, fetches);
    setHidden(false);
    expect(fetches.calls, 'offline').to.have.length(1);
    setOnline(true);
    expect(controller.offline).to.equal(false);
    expect(fetches.calls, 'back online').to.have.length(2);
  });

  it('removal aborts a pending check without an error and leaves no timer; re-adding redoes it at once', async () => {
    const fetches = stubFetch();
    const { host, controller, notices } = setUp({ interval: 100 * SECOND });
    await host.connect();
    host.disconnect();
    await Promise.resolve();
    expect(fetches.calls[0].init.signal!.aborted).to.equal(true);
    expect(clock.countTimers()).to.equal(0);
    await host.updateComplete;
    expect(notices, 'nothing to report').to.deep.equal([]);
    expect(controller.error).to.equal(null);
    await host.connect();
    expect(fetches.calls).to.have.length(2);
  });

  it('re-added after its next check was due, it checks at once; before, it waits for the rest of the interval', async () => {
    const fetches = stubFetch(() => ok());
    const { host } = setUp({ interval: 100 * SECOND });
    await host.connect();
    await waitForSettle(host);
    host.disconnect();
    expect(after(40 * SECOND, fetches)).to.equal(0);
    await host.connect();
    expect(fetches.calls, 'not due yet').to.have.length(1);
    expect(after(60 * SECOND - 1, fetches)).to.equal(0);
    expect(after(1, fetches), 'the rest of the interval').to.equal(1);
    await waitForSettle(host);
    host.disconnect();
    after(200 * SECOND, fetches);
    expect(fetches.calls, 'removed: none').to.have.length(2);
    await host.connect();
    expect(fetches.calls, 'overdue: at once').to.have.length(3);
  });

  it('makes no request when re-added while the page is hidden or offline', async () => {
    const fetches = stubFetch(() => ok());
    const { host } = setUp({ interval: 100 * SECOND });
    await host.connect();
    await waitForSettle(host);
    host.disconnect();
    setHidden(true);
    after(200 * SECOND, fetches);
    await host.connect();
    expect(fetches.calls, 'hidden').to.have.length(1);
    setHidden(false);
    expect(fetches.calls).to.have.length(2);
    await waitForSettle(host);
    host.disconnect();
    setOnline(false);
    after(200 * SECOND, fetches);
    await host.connect();
    expect(fetches.calls, 'offline').to.have.length(2);
    setOnline(true);
    expect(fetches.calls).to.have.length(3);
  });

  it('two controllers keep their own schedules; removing one leaves the other running', async () => {
    const fetches = stubFetch(() => ok());
    const a = setUp({ interval: 100 * SECOND });
    const b = setUp({ interval: 300 * SECOND });
    b.settings.request = requestFor('B-2');
    await a.host.connect();
    await b.host.connect();
    await waitForSettle(a.host);
    await waitForSettle(b.host);
    a.host.disconnect();
    expect(after(300 * SECOND, fetches)).to.equal(1);
    expect(fetches.calls.at(-1)!.url).to.match(/B-2$/);
  });
});

describe('StatusController: a check the applicant asked for', () => {
  it('shows as checking until it settles, and a second press does not fetch twice', async () => {
    const fetches = stubFetch();
    const { host, controller } = setUp({ interval: 0 });
    await host.connect();
    fetches.calls[0].respond(statusAt(2));
    await waitForSettle(host);
    const first = controller.checkNow();
    expect(controller.checking).to.equal(true);
    void controller.checkNow();
    expect(fetches.calls).to.have.length(2);
    fetches.calls[1].respond(statusAt(2));
    await first;
    expect(controller.checking).to.equal(false);
  });
});

/** Resolves once no check is pending and the host has updated after the last one settled. */
async function waitForSettle(host: FakeHost): Promise<void> {
  const controller = [...host.controllers].find((c): c is StatusController => c instanceof StatusController)!;
  await host.until(() => !controller.pending, 'the check on its way to settle');
  await host.updateComplete;
}
