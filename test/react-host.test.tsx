/**
 * <applicant-status-tracker> inside a real React 19 app (react, react-dom as the agency's app uses
 * them): attributes and properties from props, events through React's own event props, re-renders,
 * unmounting. Types come from the shipped `applicant-status-tracker/react` declarations.
 */
import { expect } from '@open-wc/testing';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type {} from 'applicant-status-tracker/react';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusTransform, StatusUpdateDetail } from '../src/index.js';
import { headingText, requests, uniqueKey, waitFor, waitForRequests } from './support/index.js';
import { abortedRequest, askedFor, endpointFor, expectSilentWhileWitnessRefreshes, permitAt, permitTransform, script } from './support/hosts.js';

interface StatusPageProps {
  endpoint: string;
  applicationId: string;
  refreshInterval?: number;
  transform?: StatusTransform;
  onUpdate?: (event: CustomEvent<StatusUpdateDetail>) => void;
  onError?: (event: CustomEvent<StatusErrorDetail>) => void;
  /** Unrelated page state, to re-render the page around the tracker. */
  greeting?: string;
  showTracker?: boolean;
}

/** An agency page component, written as a React team would. */
function StatusPage({ endpoint, applicationId, refreshInterval = 0, transform, onUpdate, onError, greeting = 'Your permit', showTracker = true }: StatusPageProps) {
  return (
    <section>
      <h1>{greeting}</h1>
      {showTracker && (
        <applicant-status-tracker
          endpoint={endpoint}
          application-id={applicationId}
          refresh-interval={refreshInterval}
          transform={transform}
          onstatus-update={onUpdate}
          onstatus-error={onError}
        >
          <p>Call 1-800-555-0100.</p>
        </applicant-status-tracker>
      )}
    </section>
  );
}

const roots: Root[] = [];
const containers: HTMLElement[] = [];

/** A React root on the page; `render` commits synchronously, as after a click handler. */
function reactRoot() {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  containers.push(container);
  return {
    container,
    root,
    render: (props: StatusPageProps) => flushSync(() => root.render(<StatusPage {...props} />)),
    tracker: () => container.querySelector('applicant-status-tracker') as ApplicantStatusTracker | null,
  };
}

afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
  for (const container of containers.splice(0)) container.remove();
});

function recorders() {
  const updates: CustomEvent<StatusUpdateDetail>[] = [];
  const errors: CustomEvent<StatusErrorDetail>[] = [];
  return { updates, errors, onUpdate: (e: CustomEvent<StatusUpdateDetail>) => updates.push(e), onError: (e: CustomEvent<StatusErrorDetail>) => errors.push(e) };
}

describe('in a React 19 app', () => {
  it('shows the status, with transform passed as a property and the id as an attribute; onstatus-update hears it', async () => {
    const key = uniqueKey('react');
    await script(key, [permitAt('BP-2026-0042', 2)]);
    const { updates, errors, onUpdate, onError } = recorders();
    const app = reactRoot();
    app.render({ endpoint: endpointFor(key), applicationId: 'BP-2026-0042', transform: permitTransform, onUpdate, onError });

    await waitFor(() => updates.length === 1, 'a status-update through onstatus-update');
    const el = app.tracker()!;
    expect(headingText(el)).to.equal('Step 2 of 5: Review');
    expect(updates[0].detail.status.applicationId).to.equal('BP-2026-0042');
    expect(updates[0].detail.previous).to.equal(null);
    expect(errors).to.deep.equal([]);
    // React 19 set the function as the element's property, not as an attribute string.
    expect(el.transform).to.equal(permitTransform);
    expect(el.hasAttribute('transform')).to.equal(false);
    expect(el.getAttribute('application-id')).to.equal('BP-2026-0042');
    expect(await askedFor(key)).to.deep.equal(['BP-2026-0042']);
  });

  it('a new application id from React state fetches that application, in the same element', async () => {
    const key = uniqueKey('react');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-2', 4)]);
    const { updates, onUpdate } = recorders();
    const app = reactRoot();
    app.render({ endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform, onUpdate });
    await waitFor(() => updates.length === 1, 'the first status');
    const el = app.tracker()!;

    app.render({ endpoint: endpointFor(key), applicationId: 'BP-2', transform: permitTransform, onUpdate });
    await waitFor(() => updates.length === 2, 'the second application\'s status');
    expect(app.tracker()).to.equal(el);
    expect(headingText(el)).to.equal('Step 4 of 5: Decision');
    expect(updates[1].detail.status.applicationId).to.equal('BP-2');
    // Another applicant's status: nothing of the first one is handed on.
    expect(updates[1].detail.previous).to.equal(null);
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-2']);
  });

  it('a failed check reaches onstatus-error, and the applicant reads what happened', async () => {
    const key = uniqueKey('react');
    await script(key, [{ status: 404 }]);
    const { updates, errors, onUpdate, onError } = recorders();
    const app = reactRoot();
    app.render({ endpoint: endpointFor(key), applicationId: 'BP-404', onUpdate, onError });

    await waitFor(() => errors.length === 1, 'a status-error through onstatus-error');
    expect(errors[0].detail.kind).to.equal('not-found');
    expect(errors[0].detail.httpStatus).to.equal(404);
    expect(updates).to.deep.equal([]);
    expect(app.tracker()!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('We could not find that application.');
  });

  it('re-renders with new handler functions neither re-fetch nor lose events: the current handler hears them', async () => {
    const key = uniqueKey('react');
    await script(key, [permitAt('BP-1', 2), permitAt('BP-1', 3)]);
    const first = recorders();
    const app = reactRoot();
    const props = { endpoint: endpointFor(key), applicationId: 'BP-1', transform: permitTransform };
    app.render({ ...props, onUpdate: first.onUpdate });
    await waitFor(() => first.updates.length === 1, 'the first status');
    const el = app.tracker()!;

    // The page re-renders around the tracker, with a fresh inline handler each time (as React code does).
    const latest = recorders();
    for (const greeting of ['Hello', 'Hola', 'Xin chào', 'Your permit']) {
      app.render({ ...props, greeting, onUpdate: (event) => latest.onUpdate(event) });
    }
    expect(app.container.querySelector('h1')!.textContent).to.equal('Your permit');
    expect(app.tracker()).to.equal(el);

    // The applicant's next check brings stage 3: exactly one more request, heard by the current handler only.
    await el.refresh();
    await waitFor(() => latest.updates.length === 1, 'the new status through the current handler');
    expect(headingText(el)).to.equal('Step 3 of 5: Documents');
    expect(first.updates).to.have.length(1);
    expect(await askedFor(key)).to.deep.equal(['BP-1', 'BP-1']);
  });

  it('unmounting cancels the next check and aborts the one in flight: nothing is requested afterwards', async () => {
    const idle = uniqueKey('react-idle');
    const inFlight = uniqueKey('react-in-flight');
    const witness = uniqueKey('react-witness');
    await script(idle, [permitAt('BP-1', 2)]);
    // First check answered, the second one hangs: it is in flight when the tracker goes.
    await script(inFlight, [permitAt('BP-2', 2), { hang: true }]);
    await script(witness, [permitAt('BP-3', 2)]);
    const every = { refreshInterval: 0.2, transform: permitTransform };

    const page = reactRoot();
    const other = reactRoot();
    const witnessApp = reactRoot();
    page.render({ ...every, endpoint: endpointFor(idle), applicationId: 'BP-1' });
    other.render({ ...every, endpoint: endpointFor(inFlight), applicationId: 'BP-2' });
    witnessApp.render({ ...every, endpoint: endpointFor(witness), applicationId: 'BP-3' });
    // The idle one has answered its second check and waits for the next (its refresh timer is set).
    await waitFor(async () => (await requests(idle))[1]?.status === 200, 'a second answered check');
    await waitForRequests(inFlight, 2);

    // One removed by the page's own state (conditional rendering), one with its whole React root.
    page.render({ ...every, endpoint: endpointFor(idle), applicationId: 'BP-1', showTracker: false });
    other.root.unmount();
    expect(page.tracker()).to.equal(null);
    expect(other.tracker()).to.equal(null);

    await abortedRequest(inFlight, 1);
    expect(await requests(inFlight)).to.have.length(2);
    await expectSilentWhileWitnessRefreshes([idle, inFlight], witness);
  });

  it('onStatusUpdate (camelCase) is not an event prop in React 19: it listens for "StatusUpdate", which never fires', async () => {
    const key = uniqueKey('react');
    await script(key, [permitAt('BP-1', 2)]);
    const { updates, onUpdate } = recorders();
    const camelCase: Event[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    containers.push(container);
    const root = createRoot(container);
    roots.push(root);
    flushSync(() => root.render(
      <applicant-status-tracker
        endpoint={endpointFor(key)}
        application-id="BP-1"
        refresh-interval={0}
        transform={permitTransform}
        onstatus-update={onUpdate}
        // @ts-expect-error not in the declarations, so that a team cannot write a handler that never runs
        onStatusUpdate={(event: Event) => camelCase.push(event)}
      />,
    ));
    await waitFor(() => updates.length === 1, 'the status');
    expect(camelCase).to.deep.equal([]);
    // What React bound instead: a listener for an event named exactly "StatusUpdate".
    container.querySelector('applicant-status-tracker')!.dispatchEvent(new Event('StatusUpdate'));
    expect(camelCase).to.have.length(1);
  });
});
