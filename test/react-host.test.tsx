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
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../src/index.js';
import { script, uniqueKey, waitFor } from './support/index.js';
import { describeHost, endpointFor, permitAt, permitTransform, type HostPage, type PageState } from './support/hosts.js';

interface StatusPageProps extends PageState {
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

/** The page component in a React root of its own; its props change as the app's state would change them. */
function mountPage(initial: PageState): HostPage {
  const app = reactRoot();
  const { updates, errors, onUpdate, onError } = recorders();
  let props: StatusPageProps = { ...initial, onUpdate, onError };
  const render = (changes: Partial<StatusPageProps>) => app.render((props = { ...props, ...changes }));
  render({});
  return {
    updates, errors,
    tracker: app.tracker,
    greeting: () => app.container.querySelector('h1')!.textContent!,
    setApplicationId: (applicationId) => render({ applicationId }),
    // A fresh inline handler each time, as React code writes them.
    rerender: (greeting, handler) => render({ greeting, onUpdate: (event) => handler(event) }),
    hideTracker: () => render({ showTracker: false }),
    unmount: () => app.root.unmount(),
  };
}

describeHost({
  name: 'a React 19 app',
  says: { transform: 'transform', onUpdate: 'onstatus-update', onError: 'onstatus-error', state: 'React state', removal: 'conditional rendering and unmounting' },
  mount: mountPage,
});

describe('in a React 19 app, event props', () => {
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
