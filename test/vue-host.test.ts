/**
 * <applicant-status-tracker> inside a real Vue 3 app (the `vue` package, its template compiler in
 * the browser): bindings from reactive state, `:transform` as a property, events through `@`,
 * re-renders, unmounting. Template types come from the shipped `applicant-status-tracker/vue`.
 */
import { expect } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue';
import type {} from 'applicant-status-tracker/vue';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusTransform, StatusUpdateDetail } from '../src/index.js';
import { headingText, requests, uniqueKey, waitFor, waitForRequests } from './support/index.js';
import { abortedRequest, askedFor, endpointFor, expectSilentWhileWitnessRefreshes, permitAt, permitTransform, script } from './support/hosts.js';

/** An agency page component, written as a Vue team would. */
const TEMPLATE = `
  <section>
    <h1>{{ greeting }}</h1>
    <applicant-status-tracker v-if="showTracker"
        :endpoint="endpoint"
        :application-id="applicationId"
        :refresh-interval="refreshInterval"
        :transform="transform"
        @status-update="onUpdate"
        @status-error="onError">
      <p>Call 1-800-555-0100.</p>
    </applicant-status-tracker>
  </section>`;

interface PageState {
  endpoint: string;
  applicationId: string;
  refreshInterval?: number;
  transform?: StatusTransform;
}

const apps: App[] = [];
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  for (const container of containers.splice(0)) container.remove();
});

/** Mounts the page component; its reactive state and event records are returned for the test to drive. */
function mountPage(initial: PageState) {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  const state = {
    endpoint: ref(initial.endpoint),
    applicationId: ref(initial.applicationId),
    refreshInterval: ref(initial.refreshInterval ?? 0),
    transform: ref(initial.transform),
    greeting: ref('Your permit'),
    showTracker: ref(true),
  };
  const updates: CustomEvent<StatusUpdateDetail>[] = [];
  const errors: CustomEvent<StatusErrorDetail>[] = [];
  const onUpdate = ref((event: CustomEvent<StatusUpdateDetail>) => void updates.push(event));
  const onError = (event: CustomEvent<StatusErrorDetail>) => void errors.push(event);
  const app = createApp({ template: TEMPLATE, setup: () => ({ ...state, onUpdate, onError }) });
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'applicant-status-tracker';
  app.mount(container);
  apps.push(app);
  return {
    app, container, state, updates, errors, onUpdate,
    tracker: () => container.querySelector<ApplicantStatusTracker>('applicant-status-tracker'),
  };
}

describe('in a Vue 3 app', () => {
  it('shows the status, with :transform set as a property; @status-update hears it', async () => {
    const key = uniqueKey('vue');
    await script(key, [permitAt('BP-2026-0042', 2)]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-2026-0042', transform: permitTransform });

    await waitFor(() => page.updates.length === 1, 'a status-update through @status-update');
    const el = page.tracker()!;
    expect(headingText(el)).to.equal('Step 2 of 5: Review');
    expect(page.updates[0].detail.status.applicationId).to.equal('BP-2026-0042');
    expect(page.errors).to.deep.equal([]);
    expect(el.transform).to.equal(permitTransform);
    expect(el.hasAttribute('transform')).to.equal(false);
    expect(el.applicationId).to.equal('BP-2026-0042');
    expect(await askedFor(key)).to.deep.equal(['BP-2026-0042']);
  });

  it('a new application id in reactive state fetches that application, in the same element', async () => {
    const key = uniqueKey('vue');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-2', 4)]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform });
    await waitFor(() => page.updates.length === 1, 'the first status');
    const el = page.tracker()!;

    page.state.applicationId.value = 'BP-2';
    await waitFor(() => page.updates.length === 2, 'the second application\'s status');
    expect(page.tracker()).to.equal(el);
    expect(headingText(el)).to.equal('Step 4 of 5: Decision');
    expect(page.updates[1].detail.status.applicationId).to.equal('BP-2');
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-2']);
  });

  it('a failed check reaches @status-error, and the applicant reads what happened', async () => {
    const key = uniqueKey('vue');
    await script(key, [{ status: 404 }]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-404' });

    await waitFor(() => page.errors.length === 1, 'a status-error through @status-error');
    expect(page.errors[0].detail.kind).to.equal('not-found');
    expect(page.errors[0].detail.httpStatus).to.equal(404);
    expect(page.updates).to.deep.equal([]);
    expect(page.tracker()!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('We could not find that application.');
  });

  it('re-renders with a new handler neither re-fetch nor lose events: the current handler hears them', async () => {
    const key = uniqueKey('vue');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-1', 3)]);
    const page = mountPage({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform });
    await waitFor(() => page.updates.length === 1, 'the first status');
    const el = page.tracker()!;

    const latest: CustomEvent<StatusUpdateDetail>[] = [];
    for (const greeting of ['Hello', 'Hola', 'Xin chào', 'Your permit']) {
      page.state.greeting.value = greeting;
      page.onUpdate.value = (event) => void latest.push(event);
      await nextTick();
    }
    expect(page.container.querySelector('h1')!.textContent).to.equal('Your permit');
    expect(page.tracker()).to.equal(el);

    await el.refresh();
    await waitFor(() => latest.length === 1, 'the new status through the current handler');
    expect(headingText(el)).to.equal('Step 3 of 5: Documents');
    expect(page.updates).to.have.length(1);
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-1']);
  });

  it('v-if and unmounting cancel the next check and abort the one in flight: nothing is requested afterwards', async () => {
    const idle = uniqueKey('vue-idle');
    const inFlight = uniqueKey('vue-in-flight');
    const witness = uniqueKey('vue-witness');
    await script(idle, [permitAt('BP-1', 2)]);
    await script(inFlight, [permitAt('BP-2', 2), { hang: true }]);
    await script(witness, [permitAt('BP-3', 2)]);
    const every = { refreshInterval: 0.2, transform: permitTransform };

    const page = mountPage({ ...every, endpoint: endpointFor(idle), applicationId: 'BP-1' });
    const other = mountPage({ ...every, endpoint: endpointFor(inFlight), applicationId: 'BP-2' });
    mountPage({ ...every, endpoint: endpointFor(witness), applicationId: 'BP-3' });
    await waitFor(async () => (await requests(idle))[1]?.status === 200, 'a second answered check');
    await waitForRequests(inFlight, 2);

    // One removed by the page's own state (v-if), one with its whole app.
    page.state.showTracker.value = false;
    await nextTick();
    other.app.unmount();
    apps.splice(apps.indexOf(other.app), 1);
    expect(page.tracker()).to.equal(null);
    expect(other.tracker()).to.equal(null);

    await abortedRequest(inFlight, 1);
    expect(await requests(inFlight)).to.have.length(2);
    await expectSilentWhileWitnessRefreshes([idle, inFlight], witness);
  });
});
