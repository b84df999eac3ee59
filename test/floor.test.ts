/**
 * The support floor (Safari and iOS Safari 16.4+, Chrome and Edge 111+, Firefox 115 ESR+, Samsung
 * Internet 22+): every feature works there, not only the fallback. The features newer than the
 * floor are taken away here, one at a time, in every engine, and the widget must still show the
 * status, abort a superseded request and keep its markers visible.
 */
import { expect } from '@open-wc/testing';
import type { ApplicantStatusTracker } from '../src/index.js';
import { contrast, headingText, mount, plainSteps, serve, showIn, statusAt, stepItems, waitFor } from './support/index.js';


/**
 * Gives `el` its stylesheet without the rules of one kind, as a browser that does not know them
 * reads it (an unknown `@supports` condition or `@container` applies nothing). A copy for this
 * element only (Firefox does not restyle on a rule deleted from an adopted sheet). Returns how
 * many rules were left out.
 */
function withoutRules(el: ApplicantStatusTracker, kind: 'supports' | 'container'): number {
  const type = kind === 'supports' ? CSSSupportsRule : CSSContainerRule;
  const rules = [...el.shadowRoot!.adoptedStyleSheets[0].cssRules];
  const copy = new CSSStyleSheet();
  copy.replaceSync(rules.filter((rule) => !(rule instanceof type)).map((rule) => rule.cssText).join('\n'));
  el.shadowRoot!.adoptedStyleSheets = [copy];
  return rules.filter((rule) => rule instanceof type).length;
}

/** Each marker shows against a white page: a fill or a border at 3:1 or more. */
function expectVisibleMarkers(el: ApplicantStatusTracker): void {
  const page = 'rgb(255, 255, 255)';
  for (const li of stepItems(el)) {
    const marker = getComputedStyle(li.querySelector('.marker')!);
    const rect = li.querySelector('.marker')!.getBoundingClientRect();
    expect(rect.width, `${li.dataset.state} marker size`).to.be.at.least(24);
    const filled = marker.backgroundColor !== page && !/, 0\)$|transparent/.test(marker.backgroundColor);
    const indicator = filled ? marker.backgroundColor : marker.borderTopColor;
    expect(contrast(indicator, page), `${li.dataset.state}: ${indicator}`).to.be.at.least(3);
  }
}

describe('without AbortSignal.any (Safari before 17.4, Firefox before 124)', () => {
  let any: PropertyDescriptor | undefined;
  before(() => {
    any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    delete (AbortSignal as { any?: unknown }).any;
  });
  after(() => {
    if (any) Object.defineProperty(AbortSignal, 'any', any);
  });

  it('shows the status, aborts a superseded request, and still gives up on a hanging one', async () => {
    expect('any' in AbortSignal).to.equal(false);
    const served = await serve([{ body: statusAt(2), delay: 3000 }, { body: statusAt(3) }]);
    const { el, loaded } = await mount({ endpoint: served.endpoint, 'application-id': 'A-1' });
    await waitFor(async () => (await served.requests()).length === 1, 'the first request');
    el.applicationId = 'A-2';
    await loaded();
    expect(headingText(el)).to.equal('Step 3 of 5: Documents');
    await waitFor(async () => (await served.requests())[0].aborted, 'the superseded request aborted');

    const hanging = await serve([{ hang: true }]);
    const slow = await mount({ endpoint: hanging.endpoint, 'application-id': 'A-1', timeout: '0.2' });
    await slow.failed();
    expect(slow.errors[0].kind).to.equal('timeout');
    await waitFor(async () => (await hanging.requests())[0].aborted, 'the timed-out request closed');
  });
});

describe('without light-dark() (Safari before 17.5, Chrome before 123, Firefox before 120)', () => {
  it('keeps every marker visible in the light colours', async () => {
    const el = await showIn(plainSteps(), {}, 'background: white; color-scheme: light');
    expect(withoutRules(el, 'supports'), 'the light-dark() rule').to.equal(1);
    expectVisibleMarkers(el);
    const complete = el.shadowRoot!.querySelector('[data-state=complete] .marker')!;
    expect(getComputedStyle(complete).backgroundColor).to.equal('rgb(0, 136, 23)');
  });
});

describe('without container queries', () => {
  it('lays the steps in one column, markers visible, however wide the widget', async () => {
    const el = await showIn(plainSteps(), { layout: 'horizontal' }, 'width: 1280px; background: white');
    expect(withoutRules(el, 'container'), 'the side-by-side rule').to.equal(1);
    const [first, second] = stepItems(el).map((li) => li.getBoundingClientRect());
    expect(second.top, 'below, not beside').to.be.greaterThan(first.bottom - 1);
    expectVisibleMarkers(el);
  });
});

describe('the built script on a page where those features are missing', () => {
  it('defines the element and shows the status (the old guard left the fallback text)', async () => {
    const { key } = await serve([{ body: statusAt(2) }], 'floor');
    const frame = Object.assign(document.createElement('iframe'), { title: 'floor', src: `/security/plain/page.html?key=${key}&floor=1` });
    document.body.append(frame);
    try {
      const heading = await waitFor(() => frame.contentDocument?.querySelector('applicant-status-tracker')?.shadowRoot
        ?.querySelector('[role=heading]')?.textContent, 'the status in the page without AbortSignal.any and light-dark()');
      expect('any' in (frame.contentWindow as unknown as { AbortSignal: object }).AbortSignal).to.equal(false);
      expect(heading.trim()).to.equal('Step 2 of 5: Review');
    } finally {
      frame.remove();
    }
  });
});
