/**
 * Type test (tsc, not run): <applicant-status-tracker> as Vue 3 templates see it through the shipped
 * `applicant-status-tracker/vue` declarations. vue-tsc checks a template's bindings against the
 * `$props` of the `GlobalComponents` entry (attribute names camelized, `@status-update` as
 * `onStatusUpdate`); these objects are those bindings. vue-tsc itself does not run here (it needs
 * TypeScript 5's compiler API; the project's tsc is 7).
 */
import { h, type GlobalComponents } from 'vue';
import type {} from 'applicant-status-tracker/vue';
import type { StatusDocument, StatusTransform } from 'applicant-status-tracker';

type Bindings = InstanceType<GlobalComponents['applicant-status-tracker']>['$props'];
const transform: StatusTransform = (body) => body as StatusDocument;

// <applicant-status-tracker endpoint="…" :application-id="id" refresh-interval="600" :transform="transform"
//   class="status" :style="{ '--ast-color-primary': '#6b2c91' }" @status-update="…" @status-error="…">
export const template: Bindings = {
  endpoint: '/api/applications/{id}/status',
  applicationId: 'WY-2020-00123',
  refreshInterval: '600',
  headingLevel: 3,
  credentials: 'include',
  layout: 'vertical',
  transform,
  messages: { contact: 'Need help?' },
  class: 'status',
  style: { '--ast-color-primary': '#6b2c91' },
  key: 'tracker',
  onStatusUpdate: (event) => console.log(event.detail.status.applicationId, event.detail.previous?.steps.length),
  onStatusError: (event) => console.log(event.detail.kind, event.detail.httpStatus),
};

// Render functions take the same bindings.
export const vnode = h('applicant-status-tracker', template);

export const wrong: Bindings[] = [
  // @ts-expect-error credentials is same-origin, include or omit
  { credentials: 'everyone' },
  // @ts-expect-error layout is auto, horizontal or vertical
  { layout: 'diagonal' },
  // @ts-expect-error a numeric attribute takes a number or a numeric string
  { refreshInterval: 'soon' },
  // @ts-expect-error transform is a function
  { transform: 'uscis' },
  // @ts-expect-error a misspelt property
  { applicationID: 'A-1' },
  // @ts-expect-error status-update's detail has no kind (that is status-error's)
  { onStatusUpdate: (event) => event.detail.kind },
];
