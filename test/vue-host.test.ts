/**
 * <applicant-status-tracker> inside a real Vue 3 app (the `vue` package, its template compiler in
 * the browser): bindings from reactive state, `:transform` as a property, events through `@`,
 * re-renders, `v-if` and unmounting. Template types come from the shipped `applicant-status-tracker/vue`.
 */
import { createApp, nextTick, ref, type App } from 'vue';
import type {} from 'applicant-status-tracker/vue';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../src/index.js';
import { describeHost, type HostPage, type PageState } from './support/hosts.js';

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

const apps: App[] = [];
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  for (const container of containers.splice(0)) container.remove();
});

function mountPage(initial: PageState): HostPage {
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
  const onUpdate = ref<(event: CustomEvent<StatusUpdateDetail>) => void>((event) => void updates.push(event));
  const onError = (event: CustomEvent<StatusErrorDetail>) => void errors.push(event);
  const app = createApp({ template: TEMPLATE, setup: () => ({ ...state, onUpdate, onError }) });
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'applicant-status-tracker';
  app.mount(container);
  apps.push(app);
  return {
    updates, errors,
    tracker: () => container.querySelector<ApplicantStatusTracker>('applicant-status-tracker'),
    greeting: () => container.querySelector('h1')!.textContent!,
    setApplicationId: (id) => {
      state.applicationId.value = id;
      return nextTick();
    },
    rerender: (greeting, handler) => {
      state.greeting.value = greeting;
      onUpdate.value = handler;
      return nextTick();
    },
    hideTracker: () => {
      state.showTracker.value = false;
      return nextTick();
    },
    unmount: () => {
      app.unmount();
      apps.splice(apps.indexOf(app), 1);
    },
  };
}

describeHost({
  name: 'a Vue 3 app',
  says: { transform: ':transform', onUpdate: '@status-update', onError: '@status-error', state: 'reactive state', removal: 'v-if and unmounting' },
  mount: mountPage,
});
