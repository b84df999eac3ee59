// Generated from custom-elements.json by scripts/framework-types.mjs (npm run analyze). Do not edit.
/**
 * <applicant-status-tracker> in Vue 3 templates (vue-tsc, Volar) and render functions. Bring it into your program
 * once, e.g. in env.d.ts:
 *
 *     import type {} from 'applicant-status-tracker/vue';
 *
 * and tell Vue's compiler the tag is a custom element (`compilerOptions.isCustomElement`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ApplicantStatusTracker, StatusUpdateDetail, StatusErrorDetail, ActionClickDetail } from 'applicant-status-tracker';

export interface ApplicantStatusTrackerVueProps {
  /** URL template of the status endpoint; `{id}` is replaced by the URL-encoded application id. */
  endpoint?: ApplicantStatusTracker['endpoint'];
  /** The application to show. */
  applicationId?: ApplicantStatusTracker['applicationId'];
  /** Seconds between automatic checks while the page is visible; 0 turns them off. */
  refreshInterval?: ApplicantStatusTracker['refreshInterval'] | `${number}`;
  /** Seconds before a check is abandoned as timed out. */
  timeout?: ApplicantStatusTracker['timeout'] | `${number}`;
  /** fetch credentials mode: `same-origin`, `include` or `omit`. */
  credentials?: ApplicantStatusTracker['credentials'];
  /** Level (2–6) of the widget's headings, to fit the page's outline. */
  headingLevel?: ApplicantStatusTracker['headingLevel'] | `${number}`;
  /** POST endpoint for lookups with verifier fields; the answers go in a JSON body, never in the URL. */
  lookupEndpoint?: ApplicantStatusTracker['lookupEndpoint'];
  /** Verifier fields the lookup form asks for, space separated: `last-name date-of-birth postal-code email`. */
  verify?: ApplicantStatusTracker['verify'];
  /** An example application number shown as the lookup field's format hint, e.g. `WY-2020-00123`. */
  idFormat?: ApplicantStatusTracker['idFormat'];
  /** A regular expression the whole application number must match, e.g. `WY-\d{4}-\d{5}`. */
  idPattern?: ApplicantStatusTracker['idPattern'];
  /** Name of a query parameter of the page URL that carries the application number (e.g. `application`). */
  idParam?: ApplicantStatusTracker['idParam'];
  /** Dotted path of the status code in a response mapped by declared steps (e.g. `case.status`). */
  statusField?: ApplicantStatusTracker['statusField'];
  /** The agency's sign-in page (https/http, relative to the page), linked as "Sign in" on a 401 or 403. */
  signInUrl?: ApplicantStatusTracker['signInUrl'];
  /** `auto` (default) lays the steps side by side when the widget is at least 52em (832 px at 16 px text) wide, has at most 6 steps and none carries a description or action; else in a column. `horizontal`: side by side whenever that wide; `vertical`: never. */
  layout?: ApplicantStatusTracker['layout'];
  /** Adapts an agency's own response shape to the status document. */
  transform?: ApplicantStatusTracker['transform'];
  /** Overrides any built-in string, e.g. `{ contact: 'Need help?' }`. */
  messages?: ApplicantStatusTracker['messages'];
  /** A new or changed status has been rendered. `detail: { status, previous }`. */
  onStatusUpdate?: (event: CustomEvent<StatusUpdateDetail>) => void;
  /** A check failed. `detail: { kind, httpStatus?, message }`. */
  onStatusError?: (event: CustomEvent<StatusErrorDetail>) => void;
  /** The applicant followed an action's link. `detail: { stepId }` only: no application number, no personal data. */
  onActionClick?: (event: CustomEvent<ActionClickDetail>) => void;
}

export interface ApplicantStatusTrackerVueEvents {
  'status-update': CustomEvent<StatusUpdateDetail>;
  'status-error': CustomEvent<StatusErrorDetail>;
  'action-click': CustomEvent<ActionClickDetail>;
}

export type ApplicantStatusTrackerVueElement = new () => ApplicantStatusTracker & {
  /** @deprecated Types the template's bindings only: not a property of the element. */
  $props: HTMLAttributes & ApplicantStatusTrackerVueProps & PublicProps;
  /** @deprecated Types the template's listeners only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof ApplicantStatusTrackerVueEvents]: (event: ApplicantStatusTrackerVueEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'applicant-status-tracker': ApplicantStatusTrackerVueElement;
  }
}
