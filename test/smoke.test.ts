/** The shortest path through the widget: one real endpoint, one status, accessible. */
import { expect } from '@open-wc/testing';
import { headingText, mount, part, serve } from './support/index.js';

it('fetches and renders a status from a loopback endpoint', async () => {
  const { endpoint } = await serve([{ body: { applicationId: 'A-1', steps: [
    { id: 'a', label: 'Received', state: 'complete', date: '2020-07-01' },
    { id: 'b', label: 'Review', state: 'current' },
    { id: 'c', label: 'Decision', state: 'upcoming' },
  ] } }]);
  const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1' });
  await loaded();
  expect(headingText(el)).to.equal('Step 2 of 3: Review');
  expect(el.shadowRoot!.querySelector('[aria-current=step]')!.textContent).to.contain('Review');
  expect(part(el, 'steps')!.querySelectorAll('li')).to.have.length(3);
  await expect(el).to.be.accessible();
});
