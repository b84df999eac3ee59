/**
 * What every framework host must do with the tracker, written once (`describeHost`) and run by each
 * host test (test/react-host.test.tsx, vue-, svelte-, angular-host.test.ts) through an adapter that
 * mounts a page component written as that framework's team would: an agency endpoint in its own
 * shape on the loopback server, the `transform` that reads it, and the proof that a removed tracker
 * sends nothing more.
 */
import { expect } from '@open-wc/testing';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusTransform, StatusUpdateDetail } from '../../src/index.js';
import { headingText, requests, script, statusAt, uniqueKey, waitFor, waitForRequests, type LoggedRequest } from './index.js';

/** The agency's own response shape: `{ permit: { number, stage } }`, stage 1 to 5. */
export const permitAt = (number: string, stage: number) => ({ body: { permit: { number, stage } } });

/** Reads the agency's shape into a status document (five steps, `stage` current). */
export const permitTransform: StatusTransform = (body) => {
  const { permit } = body as { permit: { number: string; stage: number } };
  return statusAt(permit.stage, { applicationId: permit.number, title: 'Building permit' });
};

export const endpointFor = (key: string) => `/loopback/api/${key}?id={id}`;

/** The application ids the endpoint was asked for, in order. */
export async function askedFor(key: string): Promise<string[]> {
  return (await requests(key)).map((entry) => new URL(entry.url, location.href).searchParams.get('id') ?? '');
}

/** Waits until `key`'s request number `index` (0-based) has been closed by the client before any reply. */
export function abortedRequest(key: string, index: number): Promise<LoggedRequest> {
  return waitFor(async () => {
    const entry = (await requests(key))[index];
    return entry?.aborted ? entry : undefined;
  }, `request ${index} to ${key} to be aborted`);
}

/**
 * Removed trackers must send nothing more. Rather than wait a fixed time, a witness tracker that
 * stays on the page with the same refresh interval must make `rounds` more checks: in that time the
 * removed ones, had they kept a timer or a listener, would have made as many. Counted from the
 * moment of the call (after the removal), so a check that started just before it is not held
 * against them.
 */
export async function expectSilentWhileWitnessRefreshes(removedKeys: string[], witnessKey: string, rounds = 3): Promise<void> {
  const atRemoval = await Promise.all(removedKeys.map(async (key) => (await requests(key)).length));
  const witnessed = (await requests(witnessKey)).length;
  await waitForRequests(witnessKey, witnessed + rounds, 5000);
  for (const [i, key] of removedKeys.entries()) {
    expect((await requests(key)).length, `requests to ${key} after it was removed`).to.equal(atRemoval[i]);
  }
}


/** What a host page component starts with: the tracker's settings, from the page's own state. */
export interface PageState {
  endpoint: string;
  applicationId: string;
  refreshInterval?: number;
  transform?: StatusTransform;
}

/** One mounted page component, driven the way its framework would drive it. */
export interface HostPage {
  /** What the page's `status-update` handler (the one it was mounted with) heard. */
  updates: CustomEvent<StatusUpdateDetail>[];
  /** What the page's `status-error` handler heard. */
  errors: CustomEvent<StatusErrorDetail>[];
  tracker(): ApplicantStatusTracker | null;
  /** The page's own heading: state that has nothing to do with the tracker. */
  greeting(): string;
  /** Sets the application id in the page's state and lets the framework render it. */
  setApplicationId(id: string): Promise<void> | void;
  /** Renders the page again with another heading and a new `status-update` handler. */
  rerender(greeting: string, onUpdate: (event: CustomEvent<StatusUpdateDetail>) => void): Promise<void> | void;
  /** Removes the tracker through the page's own state (conditional rendering). */
  hideTracker(): Promise<void> | void;
  /** Unmounts (destroys) the whole app. */
  unmount(): Promise<void> | void;
}

export interface Host {
  /** e.g. "a React 19 app". */
  name: string;
  /** How this framework's templates say it, for the test names. */
  says: { transform: string; onUpdate: string; onError: string; state: string; removal: string };
  mount(initial: PageState): Promise<HostPage> | HostPage;
}

/** The tests every framework host passes. */
export function describeHost(host: Host): void {
  const { says } = host;
  const key = () => uniqueKey(host.name.replace(/\W+/g, '-'));

  describe(`in ${host.name}`, () => {
    it(`shows the status, with ${says.transform} set as a property; ${says.onUpdate} hears it`, async () => {
      const endpoint = key();
      await script(endpoint, [permitAt('BP-2026-0042', 2)]);
      const page = await host.mount({ endpoint: endpointFor(endpoint), applicationId: 'BP-2026-0042', transform: permitTransform });

      await waitFor(() => page.updates.length === 1, `a status-update through ${says.onUpdate}`);
      const el = page.tracker()!;
      expect(headingText(el)).to.equal('Step 2 of 5: Review');
      expect(page.updates[0].detail.status.applicationId).to.equal('BP-2026-0042');
      expect(page.updates[0].detail.previous).to.equal(null);
      expect(page.errors).to.deep.equal([]);
      // The function reached the element as a property, not as an attribute string.
      expect(el.transform).to.equal(permitTransform);
      expect(el.hasAttribute('transform')).to.equal(false);
      expect(el.applicationId).to.equal('BP-2026-0042');
      expect(await askedFor(endpoint)).to.deep.equal(['BP-2026-0042']);
    });

    it(`a new application id in ${says.state} fetches that application, in the same element`, async () => {
      const endpoint = key();
      await script(endpoint, [permitAt('BP-1', 2), permitAt('BP-2', 4)]);
      const page = await host.mount({ endpoint: endpointFor(endpoint), applicationId: 'BP-1', transform: permitTransform });
      await waitFor(() => page.updates.length === 1, 'the first status');
      const el = page.tracker()!;

      await page.setApplicationId('BP-2');
      await waitFor(() => page.updates.length === 2, 'the second application\'s status');
      expect(page.tracker()).to.equal(el);
      expect(headingText(el)).to.equal('Step 4 of 5: Decision');
      expect(page.updates[1].detail.status.applicationId).to.equal('BP-2');
      // Another applicant's status: nothing of the first one is handed on.
      expect(page.updates[1].detail.previous).to.equal(null);
      expect(await askedFor(endpoint)).to.deep.equal(['BP-1', 'BP-2']);
    });

    it(`a failed check reaches ${says.onError}, and the applicant reads what happened`, async () => {
      const endpoint = key();
      await script(endpoint, [{ status: 404 }]);
      const page = await host.mount({ endpoint: endpointFor(endpoint), applicationId: 'BP-404' });

      await waitFor(() => page.errors.length === 1, `a status-error through ${says.onError}`);
      expect(page.errors[0].detail.kind).to.equal('not-found');
      expect(page.errors[0].detail.httpStatus).to.equal(404);
      expect(page.updates).to.deep.equal([]);
      expect(page.tracker()!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('We could not find that application.');
    });

    it('re-renders with a new handler neither re-fetch nor lose events: the current handler hears them', async () => {
      const endpoint = key();
      await script(endpoint, [permitAt('BP-1', 2), permitAt('BP-1', 3)]);
      const page = await host.mount({ endpoint: endpointFor(endpoint), applicationId: 'BP-1', transform: permitTransform });
      await waitFor(() => page.updates.length === 1, 'the first status');
      const el = page.tracker()!;

      // The page re-renders around the tracker, with a fresh inline handler each time.
      const latest: CustomEvent<StatusUpdateDetail>[] = [];
      for (const greeting of ['Hello', 'Hola', 'Xin chào', 'Your permit']) {
        await page.rerender(greeting, (event) => void latest.push(event));
      }
      expect(page.greeting()).to.equal('Your permit');
      expect(page.tracker()).to.equal(el);

      // The applicant's next check brings stage 3: exactly one more request, heard by the current handler only.
      await el.refresh();
      await waitFor(() => latest.length === 1, 'the new status through the current handler');
      expect(headingText(el)).to.equal('Step 3 of 5: Documents');
      expect(page.updates).to.have.length(1);
      expect(await askedFor(endpoint)).to.deep.equal(['BP-1', 'BP-1']);
    });

    it(`${says.removal} cancel the next check and abort the one in flight: nothing is requested afterwards`, async () => {
      const [idle, inFlight, witness] = [key(), key(), key()];
      await script(idle, [permitAt('BP-1', 2)]);
      // First check answered, the second one hangs: it is in flight when the tracker goes.
      await script(inFlight, [permitAt('BP-2', 2), { hang: true }]);
      await script(witness, [permitAt('BP-3', 2)]);
      const every = { refreshInterval: 0.2, transform: permitTransform };

      const page = await host.mount({ ...every, endpoint: endpointFor(idle), applicationId: 'BP-1' });
      const other = await host.mount({ ...every, endpoint: endpointFor(inFlight), applicationId: 'BP-2' });
      await host.mount({ ...every, endpoint: endpointFor(witness), applicationId: 'BP-3' });
      // The idle one has answered its second check and waits for the next (its refresh timer is set).
      await waitFor(async () => (await requests(idle))[1]?.status === 200, 'a second answered check');
      await waitForRequests(inFlight, 2);

      // One removed by the page's own state, one with its whole app.
      await page.hideTracker();
      await other.unmount();
      expect(page.tracker()).to.equal(null);
      expect(other.tracker()).to.equal(null);

      await abortedRequest(inFlight, 1);
      expect(await requests(inFlight)).to.have.length(2);
      await expectSilentWhileWitnessRefreshes([idle, inFlight], witness);
    });
  });
}
