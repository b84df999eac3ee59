/** The events the element fires for the agency's page: plain CustomEvents that bubble out of the shadow root. */
import type { ErrorKind, StatusError } from '../core/errors.js';
import type { StatusDocument } from '../core/status-document.js';

export interface StatusUpdateDetail {
  status: StatusDocument;
  previous: StatusDocument | null;
}

export interface StatusErrorDetail {
  kind: ErrorKind;
  httpStatus?: number;
  message: string;
}

/** Which step's action the applicant followed: nothing else (no application number, no lookup answer). */
export interface ActionClickDetail {
  stepId: string;
}

export const statusUpdate = (detail: StatusUpdateDetail) =>
  new CustomEvent<StatusUpdateDetail>('status-update', { bubbles: true, composed: true, detail });

export function statusError(error: StatusError): CustomEvent<StatusErrorDetail> {
  const detail: StatusErrorDetail = { kind: error.kind, message: error.message };
  if (error.httpStatus !== undefined) detail.httpStatus = error.httpStatus;
  return new CustomEvent<StatusErrorDetail>('status-error', { bubbles: true, composed: true, detail });
}

export const actionClick = (stepId: string) =>
  new CustomEvent<ActionClickDetail>('action-click', { bubbles: true, composed: true, detail: { stepId } });

declare global {
  interface GlobalEventHandlersEventMap {
    'action-click': CustomEvent<ActionClickDetail>;
    'status-update': CustomEvent<StatusUpdateDetail>;
    'status-error': CustomEvent<StatusErrorDetail>;
  }
}
