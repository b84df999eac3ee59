/**
 * <applicant-status-tracker> inside a real Angular app (@angular/core, @angular/platform-browser,
 * templates compiled in the browser by @angular/compiler's JIT, zoneless change detection):
 * bindings from signals, `[transform]` as a property, events through `(status-update)`,
 * re-renders, `@if` and destroying the app.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, type ApplicationRef, type ComponentRef } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../src/index.js';
import { describeHost, type HostPage, type PageState } from './support/hosts.js';

let pages = 0;

/** An agency page component, written as an Angular team would; one class (and tag) per page configuration. */
function statusPage(config: PageState, selector: string) {
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
    readonly onUpdate = signal<(event: CustomEvent<StatusUpdateDetail>) => void>((event) => void this.updates.push(event));
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

async function mountPage(config: PageState): Promise<HostPage> {
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
  /** Applies signal changes now, as Angular would on its next change detection. */
  const render = () => app.tick();
  return {
    updates: page.updates,
    errors: page.errors,
    tracker: () => container.querySelector<ApplicantStatusTracker>('applicant-status-tracker'),
    greeting: () => container.querySelector('h1')!.textContent!,
    setApplicationId: (id) => {
      page.applicationId.set(id);
      render();
    },
    rerender: (greeting, onUpdate) => {
      page.greeting.set(greeting);
      page.onUpdate.set(onUpdate);
      render();
    },
    hideTracker: () => {
      page.showTracker.set(false);
      render();
    },
    unmount: () => app.destroy(),
  };
}

describeHost({
  name: 'an Angular app',
  says: { transform: '[transform]', onUpdate: '(status-update)', onError: '(status-error)', state: 'a signal', removal: '@if and destroying the app' },
  mount: mountPage,
});
