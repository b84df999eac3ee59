/**
 * Type test (tsc, not run): <applicant-status-tracker> in React 19 JSX with the shipped
 * `applicant-status-tracker/react` declarations. Each @ts-expect-error line must stay an error:
 * if the declarations loosen, tsc reports the directive as unused.
 */
import { useRef, useState, type CSSProperties } from 'react';
import type {} from 'applicant-status-tracker/react';
import type { ApplicantStatusTracker, StatusDocument, StatusTransform } from 'applicant-status-tracker';

const transform: StatusTransform = (body) => body as StatusDocument;

export function Typed() {
  const [applicationId] = useState('WY-2020-00123');
  const ref = useRef<ApplicantStatusTracker>(null);
  return (
    <>
      <applicant-status-tracker
        ref={ref}
        endpoint="/api/applications/{id}/status"
        application-id={applicationId}
        refresh-interval="600"
        heading-level={3}
        credentials="include"
        layout="vertical"
        id="status"
        className="status"
        lang="es"
        style={{ '--ast-color-primary': '#6b2c91' } as CSSProperties}
        transform={transform}
        messages={{ contact: 'Need help?' }}
        onstatus-update={(event) => console.log(event.detail.status.applicationId, event.detail.previous?.steps.length)}
        onstatus-error={(event) => console.log(event.detail.kind, event.detail.httpStatus)}
      >
        <p>Call 1-800-555-0100.</p>
      </applicant-status-tracker>
      <applicant-status-tracker endpoint="/api/me/status" applicationId={applicationId} refreshInterval={0} headingLevel={2} />
    </>
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error credentials is same-origin, include or omit */}
      <applicant-status-tracker credentials="everyone" />
      {/* @ts-expect-error layout is auto, horizontal or vertical */}
      <applicant-status-tracker layout="diagonal" />
      {/* @ts-expect-error a numeric attribute takes a number or a numeric string */}
      <applicant-status-tracker refresh-interval="soon" />
      {/* @ts-expect-error the refreshInterval property takes a number, not a string */}
      <applicant-status-tracker refreshInterval="600" />
      {/* @ts-expect-error transform is a function, not markup */}
      <applicant-status-tracker transform="uscis" />
      {/* @ts-expect-error status is read only: the widget sets it */}
      <applicant-status-tracker status={null} />
      {/* @ts-expect-error a misspelt property */}
      <applicant-status-tracker applicationID="A-1" />
      {/* @ts-expect-error React 19 would listen for an event named "StatusUpdate", which never fires: use onstatus-update */}
      <applicant-status-tracker onStatusUpdate={() => {}} />
      {/* @ts-expect-error status-update's detail has no kind (that is status-error's) */}
      <applicant-status-tracker onstatus-update={(event) => event.detail.kind} />
      {/* @ts-expect-error a status-error handler does not take a status-update event */}
      <applicant-status-tracker onstatus-error={(event: CustomEvent<{ status: StatusDocument }>) => event} />
    </>
  );
}
