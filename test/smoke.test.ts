import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { ApplicantStatusTracker } from '../src/index.js';

it('fetches and renders a status from a loopback endpoint', async () => {
  const key = `smoke-${Math.random().toString(36).slice(2)}`;
  await fetch(`/loopback/script/${key}`, {
    method: 'PUT',
    body: JSON.stringify([{ body: { applicationId: 'A-1', steps: [
      { id: 'a', label: 'Received', state: 'complete', date: '2020-07-01' },
      { id: 'b', label: 'Review', state: 'current' },
      { id: 'c', label: 'Decision', state: 'upcoming' },
    ] } }]),
  });
  const el = await fixture<ApplicantStatusTracker>(html`<applicant-status-tracker endpoint="/loopback/api/${key}?id={id}" application-id="A-1"></applicant-status-tracker>`);
  await oneEvent(el, 'status-update');
  const heading = el.shadowRoot!.querySelector('[role=heading]')!;
  expect(heading.textContent).to.equal('Step 2 of 3: Review');
  expect(el.shadowRoot!.querySelector('[aria-current=step]')!.textContent).to.contain('Review');
  await expect(el).to.be.accessible();
});
