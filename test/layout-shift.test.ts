/**
 * Issue 12.8: while the status loads, the widget takes about the room the status will, so what the
 * agency's page has below it does not jump when the status arrives. Measured as the applicant
 * sees it (how far the content below moves, in every engine) and, where the browser has the Layout
 * Instability API, as the page's layout-shift score.
 */
import { expect } from '@open-wc/testing';
import { mount, reviewDoc, serve, statusAt } from './support/index.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const measuresShifts = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

/**
 * Mounts the widget at the top of a 320 px column with the page's content below it, lets the
 * status arrive, and reports how far the content below moved and the layout-shift score.
 */
async function loadAtPhoneWidth(document_: unknown, light?: string): Promise<{ moved: number; score: number }> {
  const column = document.createElement('div');
  column.style.cssText = 'inline-size: 320px; position: absolute; inset-block-start: 0; inset-inline-start: 0; background: white';
  const below = Object.assign(document.createElement('p'), { textContent: 'More about the grant program. '.repeat(20) });
  below.style.blockSize = '300px';
  document.body.prepend(column);
  const served = await serve([{ body: document_, delay: 200 }]);
  const { el, loaded } = await mount({ endpoint: served.endpoint, 'application-id': 'A-1' }, { parent: column, light });
  column.append(below);
  await frame();
  const loadingTop = below.getBoundingClientRect().top;
  expect(el.shadowRoot!.querySelector('[part=loading]'), 'still loading when measured').to.exist;

  let score = 0;
  const observer = measuresShifts
    ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => (score += (entry as unknown as { value: number }).value)))
    : undefined;
  observer?.observe({ type: 'layout-shift' });
  await loaded();
  await frame();
  observer?.takeRecords().forEach((entry) => (score += (entry as unknown as { value: number }).value));
  observer?.disconnect();
  const moved = Math.abs(below.getBoundingClientRect().top - loadingTop);
  column.remove();
  return { moved, score };
}

describe('room reserved while loading (320 px)', () => {
  it('a typical five-step status moves the content below by less than three lines of text', async () => {
    const { moved, score } = await loadAtPhoneWidth(statusAt(3));
    // What still differs is font-dependent wrapping (a title beside the number): 6 px in Chromium,
    // 31 px in Firefox and WebKit; it was 401 px (score 0.10) with the fixed-height placeholder.
    expect(moved).to.be.below(64);
    if (measuresShifts) expect(score, 'layout-shift score').to.be.below(0.02);
  });

  it('with the steps listed in the fallback markup, reserves exactly that many steps', async () => {
    const fallback = '<ol><li>Application received</li><li>Eligibility review</li><li>Decision</li></ol>';
    const { moved, score } = await loadAtPhoneWidth({ ...reviewDoc(), title: 'Business Relief Grant', updatedAt: '2020-08-01T15:04:05Z' }, fallback);
    expect(moved).to.be.below(64); // 205 px (score 0.06) with the fixed-height placeholder
    if (measuresShifts) expect(score, 'layout-shift score').to.be.below(0.02);
  });
});
