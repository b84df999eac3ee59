/**
 * <applicant-status-tracker> inside a real Svelte 5 component (the `svelte` package's compiler and
 * runtime): attributes and properties from state, `{transform}` as a property, events through
 * `onstatus-update`, re-renders, `{#if}` and unmounting.
 */
import { expect } from '@open-wc/testing';
import { flushSync, mount, unmount } from 'svelte';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusTransform, StatusUpdateDetail } from '../src/index.js';
import StatusPage from './hosts/StatusPage.svelte';
import { headingText, requests, uniqueKey, waitFor, waitForRequests } from './support/index.js';
import { abortedRequest, askedFor, endpointFor, expectSilentWhileWitnessRefreshes, permitAt, permitTransform, script } from './support/hosts.js';

interface PageProps {
  endpoint: string;
  applicationId: string;
  refreshInterval?: number;
  transform?: StatusTransform;
}

const mounted: Record<string, unknown>[] = [];
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const component of mounted.splice(0)) void unmount(component);
  for (const container of containers.splice(0)) container.remove();
});

function mountPage(props: PageProps) {
  const target = document.createElement('div');
  document.body.append(target);
  containers.push(target);
  const updates: CustomEvent<StatusUpdateDetail>[] = [];
  const errors: CustomEvent<StatusErrorDetail>[] = [];
  const component = mount(StatusPage, {
    target,
    props: { ...props, onupdate: (event: CustomEvent<StatusUpdateDetail>) => updates.push(event), onerror: (event: CustomEvent<StatusErrorDetail>) => errors.push(event) },
  });
  mounted.push(component);
  return {
    component, target, updates, errors,
    /** Changes the page's state and lets Svelte apply it now. */
    update: (changes: Record<string, unknown>) => flushSync(() => component.update(changes)),
    tracker: () => target.querySelector<ApplicantStatusTracker>('applicant-status-tracker'),
  };
}

describe('in a Svelte 5 app', () => {
  it('shows the status, with {transform} set as a property; onstatus-update hears it', async () => {
    const key = uniqueKey('svelte');
    await script(key, [permitAt('BP-2026-0042', 2)]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-2026-0042', transform: permitTransform });

    await waitFor(() => page.updates.length === 1, 'a status-update through onstatus-update');
    const el = page.tracker()!;
    expect(headingText(el)).to.equal('Step 2 of 5: Review');
    expect(page.updates[0].detail.status.applicationId).to.equal('BP-2026-0042');
    expect(page.errors).to.deep.equal([]);
    expect(el.transform).to.equal(permitTransform);
    expect(el.hasAttribute('transform')).to.equal(false);
    expect(el.getAttribute('application-id')).to.equal('BP-2026-0042');
    expect(await askedFor(key)).to.deep.equal(['BP-2026-0042']);
  });

  it('a new application id in the page\'s state fetches that application, in the same element', async () => {
    const key = uniqueKey('svelte');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-2', 4)]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform });
    await waitFor(() => page.updates.length === 1, 'the first status');
    const el = page.tracker()!;

    page.update({ applicationId: 'BP-2' });
    await waitFor(() => page.updates.length === 2, 'the second application\'s status');
    expect(page.tracker()).to.equal(el);
    expect(headingText(el)).to.equal('Step 4 of 5: Decision');
    expect(page.updates[1].detail.status.applicationId).to.equal('BP-2');
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-2']);
  });

  it('a failed check reaches onstatus-error, and the applicant reads what happened', async () => {
    const key = uniqueKey('svelte');
    await script(key, [{ status: 404 }]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-404' });

    await waitFor(() => page.errors.length === 1, 'a status-error through onstatus-error');
    expect(page.errors[0].detail.kind).to.equal('not-found');
    expect(page.errors[0].detail.httpStatus).to.equal(404);
    expect(page.updates).to.deep.equal([]);
    expect(page.tracker()!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('We could not find that application.');
  });

  it('re-renders with a new handler neither re-fetch nor lose events: the current handler hears them', async () => {
    const key = uniqueKey('svelte');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-1', 3)]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform });
    await waitFor(() => page.updates.length === 1, 'the first status');
    const el = page.tracker()!;

    const latest: CustomEvent<StatusUpdateDetail>[] = [];
    for (const greeting of ['Hello', 'Hola', 'Xin chào', 'Your permit']) {
      page.update({ greeting, onupdate: (event: CustomEvent<StatusUpdateDetail>) => latest.push(event) });
    }
    expect(page.target.querySelector('h1')!.textContent).to.equal('Your permit');
    expect(page.tracker()).to.equal(el);

    await el.refresh();
    await waitFor(() => latest.length === 1, 'the new status through the current handler');
    expect(headingText(el)).to.equal('Step 3 of 5: Documents');
    expect(page.updates).to.have.length(1);
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-1']);
  });

  it('{#if} and unmount() cancel the next check and abort the one in flight: nothing is requested afterwards', async () => {
    const idle = uniqueKey('svelte-idle');
    const inFlight = uniqueKey('svelte-in-flight');
    const witness = uniqueKey('svelte-witness');
    await script(idle, [permitAt('BP-1', 2)]);
    await script(inFlight, [permitAt('BP-2', 2), { hang: true }]);
    await script(witness, [permitAt('BP-3', 2)]);
    const every = { refreshInterval: 0.2, transform: permitTransform };

    const page = mountPage({ ...every, endpoint: endpointFor(idle), applicationId: 'BP-1' });
    const other = mountPage({ ...every, endpoint: endpointFor(inFlight), applicationId: 'BP-2' });
    mountPage({ ...every, endpoint: endpointFor(witness), applicationId: 'BP-3' });
    await waitFor(async () => (await requests(idle))[1]?.status === 200, 'a second answered check');
    await waitForRequests(inFlight, 2);

    // One removed by the page's own state ({#if}), one with its whole component.
    page.update({ showTracker: false });
    await unmount(other.component);
    mounted.splice(mounted.indexOf(other.component), 1);
    expect(page.tracker()).to.equal(null);
    expect(other.tracker()).to.equal(null);

    await abortedRequest(inFlight, 1);
    expect(await requests(inFlight)).to.have.length(2);
    await expectSilentWhileWitnessRefreshes([idle, inFlight], witness);
  });
});
