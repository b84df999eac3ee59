/**
 * <applicant-status-tracker> inside a real Angular app (@angular/core, @angular/platform-browser,
 * templates compiled in the browser by @angular/compiler's JIT, zoneless change detection):
 * bindings from signals, `[transform]` as a property, events through `(status-update)`,
 * re-renders, `@if` and destroying the app.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, type ApplicationRef, type ComponentRef } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusTransform, StatusUpdateDetail } from '../src/index.js';
import { headingText, requests, uniqueKey, waitFor, waitForRequests } from './support/index.js';
import { abortedRequest, askedFor, endpointFor, expectSilentWhileWitnessRefreshes, permitAt, permitTransform, script } from './support/hosts.js';

interface PageConfig {
  endpoint: string;
  applicationId: string;
  refreshInterval?: number;
  transform?: StatusTransform;
}

let pages = 0;

/** An agency page component, written as an Angular team would; one class (and tag) per page configuration. */
function statusPage(config: PageConfig, selector: string) {
  @Component({
    selector,
    schemas: [CUSTOM_ELEMENTS_SCHEMA],
    template: `
      <section>
        <h1>{{ greeting() }}</h1>
        @if (showTracker()) {
          <applicant-status-tracker
              [attr.endpoint]="endpoint"
              [attr.application-id]="applicationId()"
              [attr.refresh-interval]="refreshInterval"
              [transform]="transform"
              (status-update)="onUpdate()($event)"
              (status-error)="onError($event)">
            <p>Call 1-800-555-0100.</p>
          </applicant-status-tracker>
        }
      </section>`,
  })
  class StatusPage {
    readonly endpoint = config.endpoint;
    readonly refreshInterval = config.refreshInterval ?? 0;
    readonly transform = config.transform;
    readonly applicationId = signal(config.applicationId);
    readonly greeting = signal('Your permit');
    readonly showTracker = signal(true);
    readonly updates: CustomEvent<StatusUpdateDetail>[] = [];
    readonly errors: CustomEvent<StatusErrorDetail>[] = [];
    readonly onUpdate = signal((event: CustomEvent<StatusUpdateDetail>) => void this.updates.push(event));
    onError(event: CustomEvent<StatusErrorDetail>): void {
      this.errors.push(event);
    }
  }
  return StatusPage;
}

type StatusPage = InstanceType<ReturnType<typeof statusPage>>;

const apps: ApplicationRef[] = [];
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const app of apps.splice(0)) if (!app.destroyed) app.destroy();
  for (const container of containers.splice(0)) container.remove();
});

async function mountPage(config: PageConfig) {
  const selector = `status-page-${++pages}`;
  const host = document.createElement(selector);
  const container = document.createElement('div');
  container.append(host);
  document.body.append(container);
  containers.push(container);
  const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
  apps.push(app);
  const ref: ComponentRef<StatusPage> = app.bootstrap(statusPage(config, selector), host);
  app.tick();
  const page = ref.instance;
  return {
    app, page, container,
    /** Applies signal changes now, as Angular would on its next change detection. */
    render: () => app.tick(),
    tracker: () => container.querySelector<ApplicantStatusTracker>('applicant-status-tracker'),
  };
}

describe('in an Angular app', () => {
  it('shows the status, with [transform] set as a property; (status-update) hears it', async () => {
    const key = uniqueKey('angular');
    await script(key, [permitAt('BP-2026-0042', 2)]);
    const { page, tracker } = await mountPage({ endpoint: endpointFor(key), applicationId: 'BP-2026-0042', transform: permitTransform });

    await waitFor(() => page.updates.length === 1, 'a status-update through (status-update)');
    const el = tracker()!;
    expect(headingText(el)).to.equal('Step 2 of 5: Review');
    expect(page.updates[0].detail.status.applicationId).to.equal('BP-2026-0042');
    expect(page.errors).to.deep.equal([]);
    expect(el.transform).to.equal(permitTransform);
    expect(el.hasAttribute('transform')).to.equal(false);
    expect(el.getAttribute('application-id')).to.equal('BP-2026-0042');
    expect(await askedFor(key)).to.deep.equal(['BP-2026-0042']);
  });

  it('a new application id in a signal fetches that application, in the same element', async () => {
    const key = uniqueKey('angular');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-2', 4)]);
    const { page, render, tracker } = await mountPage({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform });
    await waitFor(() => page.updates.length === 1, 'the first status');
    const el = tracker()!;

    page.applicationId.set('BP-2');
    render();
    await waitFor(() => page.updates.length === 2, 'the second application\'s status');
    expect(tracker()).to.equal(el);
    expect(headingText(el)).to.equal('Step 4 of 5: Decision');
    expect(page.updates[1].detail.status.applicationId).to.equal('BP-2');
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-2']);
  });

  it('a failed check reaches (status-error), and the applicant reads what happened', async () => {
    const key = uniqueKey('angular');
    await script(key, [{ status: 404 }]);
    const { page, tracker } = await mountPage({ endpoint: endpointFor(key), applicationId: 'BP-404' });

    await waitFor(() => page.errors.length === 1, 'a status-error through (status-error)');
    expect(page.errors[0].detail.kind).to.equal('not-found');
    expect(page.errors[0].detail.httpStatus).to.equal(404);
    expect(page.updates).to.deep.equal([]);
    expect(tracker()!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('We could not find that application.');
  });

  it('re-renders with a new handler neither re-fetch nor lose events: the current handler hears them', async () => {
    const key = uniqueKey('angular');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-1', 3)]);
    const { page, render, container, tracker } = await mountPage({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform });
    await waitFor(() => page.updates.length === 1, 'the first status');
    const el = tracker()!;

    const latest: CustomEvent<StatusUpdateDetail>[] = [];
    for (const greeting of ['Hello', 'Hola', 'Xin chào', 'Your permit']) {
      page.greeting.set(greeting);
      page.onUpdate.set((event) => void latest.push(event));
      render();
    }
    expect(container.querySelector('h1')!.textContent).to.equal('Your permit');
    expect(tracker()).to.equal(el);

    await el.refresh();
    await waitFor(() => latest.length === 1, 'the new status through the current handler');
    expect(headingText(el)).to.equal('Step 3 of 5: Documents');
    expect(page.updates).to.have.length(1);
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-1']);
  });

  it('@if and destroying the app cancel the next check and abort the one in flight: nothing is requested afterwards', async () => {
    const idle = uniqueKey('angular-idle');
    const inFlight = uniqueKey('angular-in-flight');
    const witness = uniqueKey('angular-witness');
    await script(idle, [permitAt('BP-1', 2)]);
    await script(inFlight, [permitAt('BP-2', 2), { hang: true }]);
    await script(witness, [permitAt('BP-3', 2)]);
    const every = { refreshInterval: 0.2, transform: permitTransform };

    const first = await mountPage({ ...every, endpoint: endpointFor(idle), applicationId: 'BP-1' });
    const other = await mountPage({ ...every, endpoint: endpointFor(inFlight), applicationId: 'BP-2' });
    await mountPage({ ...every, endpoint: endpointFor(witness), applicationId: 'BP-3' });
    await waitFor(async () => (await requests(idle))[1]?.status === 200, 'a second answered check');
    await waitForRequests(inFlight, 2);

    // One removed by the page's own state (@if), one with its whole application.
    first.page.showTracker.set(false);
    first.render();
    other.app.destroy();
    expect(first.tracker()).to.equal(null);
    expect(other.tracker()).to.equal(null);

    await abortedRequest(inFlight, 1);
    expect(await requests(inFlight)).to.have.length(2);
    await expectSilentWhileWitnessRefreshes([idle, inFlight], witness);
  });
});
