/**
 * Type test (tsc, not run): the Angular component of the README, compiled against @angular/core.
 * With CUSTOM_ELEMENTS_SCHEMA Angular's template checker accepts any binding on the element, so
 * what can be typed is the component class: the element reference (ElementRef of the class, from
 * HTMLElementTagNameMap), the transform property and the `$event` of `(status-update)`, whose type
 * Angular's checker takes from `addEventListener` on that element (GlobalEventHandlersEventMap).
 * The Angular compiler (ngc) does not run here: it needs TypeScript 5's compiler API.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, ViewChild, signal } from '@angular/core';
import type { StatusDocument, StatusErrorDetail, StatusTransform, StatusUpdateDetail } from 'applicant-status-tracker';

@Component({
  selector: 'app-application-status',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <applicant-status-tracker #tracker
        endpoint="/api/applications/{id}/status"
        [attr.application-id]="applicationId()"
        [transform]="transform"
        (status-update)="onUpdate($event)"
        (status-error)="onError($event)">
      <p>Call 1-800-555-0100.</p>
    </applicant-status-tracker>`,
})
export class ApplicationStatusComponent {
  readonly applicationId = signal('WY-2020-00123');
  readonly transform: StatusTransform = (body) => body as StatusDocument;
  @ViewChild('tracker') tracker?: ElementRef<HTMLElementTagNameMap['applicant-status-tracker']>;

  onUpdate(event: CustomEvent<StatusUpdateDetail>): void {
    console.log(event.detail.status.applicationId);
  }

  onError(event: CustomEvent<StatusErrorDetail>): void {
    console.log(event.detail.kind);
  }

  checkNow(): Promise<void> | undefined {
    return this.tracker?.nativeElement.refresh();
  }
}

/** What Angular's type-check block does with the template above (strictTemplates). */
export function templateCheck(component: ApplicationStatusComponent): void {
  const tracker = document.createElement('applicant-status-tracker');
  tracker.transform = component.transform;
  tracker.addEventListener('status-update', ($event) => component.onUpdate($event));
  tracker.addEventListener('status-error', ($event) => component.onError($event));
  // @ts-expect-error a status-update event is not a status-error event
  tracker.addEventListener('status-update', ($event) => component.onError($event));
  // @ts-expect-error transform is a function
  tracker.transform = 'uscis';
  // @ts-expect-error status is read only
  tracker.status = null;
}
