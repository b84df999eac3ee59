/**
 * Type test (tsc, not run): <applicant-status-tracker> as Svelte 5 markup sees it through the
 * shipped `applicant-status-tracker/svelte` declarations. svelte-check types an element's
 * attributes as `SvelteHTMLElements[tag]`; these objects are such attribute lists. svelte-check
 * itself does not run here (it needs TypeScript 5's compiler API; the project's tsc is 7).
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'applicant-status-tracker/svelte';
import type { StatusDocument, StatusTransform } from 'applicant-status-tracker';

type Attributes = SvelteHTMLElements['applicant-status-tracker'];
const transform: StatusTransform = (body) => body as StatusDocument;

// <applicant-status-tracker endpoint="…" application-id={id} refresh-interval="600" {transform}
//   class="status" onstatus-update={…} onstatus-error={…}>
export const markup: Attributes = {
  endpoint: '/api/applications/{id}/status',
  'application-id': 'WY-2020-00123',
  'refresh-interval': '600',
  headingLevel: 3,
  credentials: 'include',
  transform,
  class: 'status',
  'onstatus-update': (event) => console.log(event.detail.status.applicationId),
  'onstatus-error': (event) => console.log(event.detail.kind, event.detail.httpStatus),
};

export const wrong: Attributes[] = [
  // @ts-expect-error credentials is same-origin, include or omit
  { credentials: 'everyone' },
  // @ts-expect-error layout is auto, horizontal or vertical
  { layout: 'diagonal' },
  // @ts-expect-error a numeric attribute takes a number or a numeric string
  { 'refresh-interval': 'soon' },
  // @ts-expect-error transform is a function
  { transform: 'uscis' },
  // @ts-expect-error a misspelt property
  { applicationID: 'A-1' },
  // @ts-expect-error status-update's detail has no kind (that is status-error's)
  { 'onstatus-update': (event) => event.detail.kind },
];
