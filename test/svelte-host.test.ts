/**
 * <applicant-status-tracker> inside a real Svelte 5 component (the `svelte` package's compiler and
 * runtime): attributes and properties from state, `{transform}` as a property, events through
 * `onstatus-update`, re-renders, `{#if}` and unmounting.
 */
import { flushSync, mount, unmount } from 'svelte';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../src/index.js';
import StatusPage from './hosts/StatusPage.svelte';
import { describeHost, type HostPage, type PageState } from './support/hosts.js';

const mounted: Record<string, unknown>[] = [];
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const component of mounted.splice(0)) void unmount(component);
  for (const container of containers.splice(0)) container.remove();
});

function mountPage(props: PageState): HostPage {
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
  /** Changes the page's state and lets Svelte apply it now. */
  const update = (changes: Record<string, unknown>) => flushSync(() => component.update(changes));
  return {
    updates, errors,
    tracker: () => target.querySelector<ApplicantStatusTracker>('applicant-status-tracker'),
    greeting: () => target.querySelector('h1')!.textContent!,
    setApplicationId: (applicationId) => update({ applicationId }),
    rerender: (greeting, onupdate) => update({ greeting, onupdate }),
    hideTracker: () => update({ showTracker: false }),
    unmount: async () => {
      mounted.splice(mounted.indexOf(component), 1);
      await unmount(component);
    },
  };
}

describeHost({
  name: 'a Svelte 5 app',
  says: { transform: '{transform}', onUpdate: 'onstatus-update', onError: 'onstatus-error', state: 'the page\'s state', removal: '{#if} and unmount()' },
  mount: mountPage,
});
