/**
 * Accessible by design (issue 5): reading order in the accessibility tree, reflow at 320 px,
 * automatic layouts, forced colours, right-to-left, colour scheme, reduced motion, indicator contrast.
 */
import { fixture, html, expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { mount, serve } from './support/index.js';

/** Emulated media features through the project's CDP command (puppeteer's emulateMedia lacks forced-colors). */
const emulate = (features: Record<string, string>) =>
  executeServerCommand('media-features', Object.entries(features).map(([name, value]) => ({ name, value })));
import { ApplicantStatusTracker, type StatusDocument } from '../src/index.js';
import ar from '../src/locales/ar.js';

const fiveSteps: StatusDocument = {
  applicationId: 'WY-2020-00123',
  title: 'Business Relief Grant',
  notice: 'Payments are delayed this week due to the holiday.',
  steps: [
    { id: 'received', label: 'Application received', state: 'complete', date: '2020-07-01' },
    { id: 'review', label: 'Eligibility review', state: 'skipped' },
    { id: 'documents', label: 'Documents', state: 'action-required', description: 'We need your 2019 tax return.',
      action: { label: 'Upload your tax return', url: 'https://agency.example.gov/upload', dueDate: '2020-07-20' } },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
    { id: 'payment', label: { en: 'Payment sent', es: 'Pago enviado', ar: 'تم إرسال الدفعة' }, state: 'failed' },
  ],
};

/** The same five steps with nothing but labels, states and dates: fits side by side. */
const plainSteps: StatusDocument = {
  ...fiveSteps,
  steps: fiveSteps.steps.map(({ id, label, state, date }) => ({ id, label, state, ...(date ? { date } : {}) })),
};

const manySteps = (count: number): StatusDocument => ({
  applicationId: 'WY-2020-LONG-APPLICATION-NUMBER-000000000001',
  notice: 'https://agency.example.gov/a/very/long/unbroken/address/that/must/wrap/rather/than/scroll/sideways/0123456789',
  steps: Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    label: `Step number ${i + 1} with a fairly long label for a phone screen`,
    state: i < 4 ? 'complete' : i === 4 ? 'current' : 'upcoming',
  })),
});

/** Serves `status` from the loopback endpoint and renders a tracker for it, in a wrapper styled `wrapperStyle`. */
async function tracker(status: StatusDocument, attributes: Record<string, string> = {}, wrapperStyle = ''): Promise<ApplicantStatusTracker> {
  const { endpoint } = await serve([{ body: status }]);
  const wrapper = await fixture<HTMLElement>(html`<div style=${wrapperStyle}></div>`);
  const { el, loaded } = await mount({ endpoint, 'application-id': status.applicationId, ...attributes }, { parent: wrapper });
  await loaded();
  return el;
}

const steps = (el: ApplicantStatusTracker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.step')];
const sideBySide = (el: ApplicantStatusTracker) => {
  const [first, second] = steps(el).map((li) => li.getBoundingClientRect());
  return Math.abs(first.top - second.top) < 1 && second.left !== first.left;
};

interface AxNode { role: string; name: string; children?: AxNode[] }
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulate({});
});

describe('reading order', () => {
  it('puts the "step N of M" heading and whose turn it is before the list in the accessibility tree', async () => {
    await tracker(fiveSteps);
    const nodes = flatten(await executeServerCommand<AxNode, void>('accessibility-tree'));
    const heading = nodes.findIndex((n) => n.role === 'heading' && n.name === 'Step 3 of 5: Documents');
    const summary = nodes.findIndex((n, i) => i > heading && n.name === 'Action needed: we need something from you.');
    const list = nodes.findIndex((n) => n.role === 'list' && n.name === 'Application steps');
    const link = nodes.findIndex((n) => n.role === 'link' && n.name === 'Upload your tax return');
    expect(heading, 'heading').to.be.greaterThan(-1);
    expect(summary).to.be.greaterThan(heading);
    expect(list).to.be.greaterThan(summary);
    expect(link, 'action link inside the list, after it starts').to.be.greaterThan(list);
  });

  it('reaches the action link by keyboard: the first Tab stop in the widget, right after the page\'s own control', async () => {
    const el = await tracker(fiveSteps);
    const before = document.createElement('button');
    before.textContent = 'Before the widget';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement;
    expect(document.activeElement, 'focus moved into the widget').to.equal(el);
    expect(focused?.tagName).to.equal('A');
    expect(focused?.textContent?.trim()).to.equal('Upload your tax return');
    expect(focused?.getAttribute('href')).to.equal('https://agency.example.gov/upload');
    before.remove();
  });
});

describe('layout', () => {
  it('reflows at 320 px with 12 steps and long unbroken text: no horizontal scrolling, every step named', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await tracker(manySteps(12));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(sideBySide(el)).to.equal(false);
    const labels = steps(el).map((li) => li.querySelector('.label')!);
    expect(labels).to.have.length(12);
    for (const label of labels) expect(label.getBoundingClientRect().width).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('lays few plain steps side by side on a wide widget, and many or detailed steps in a column', async () => {
    await setViewport({ width: 1280, height: 800 });
    expect(sideBySide(await tracker(plainSteps))).to.equal(true);
    expect(sideBySide(await tracker(manySteps(12)))).to.equal(false);
    // A description or an action call-out would be squeezed into one narrow column.
    expect(sideBySide(await tracker(fiveSteps))).to.equal(false);
    // The widget's own width decides, not the window's: a narrow sidebar column stays vertical.
    expect(sideBySide(await tracker(plainSteps, {}, 'width: 300px'))).to.equal(false);
  });

  it('lets the agency force a layout with the layout attribute', async () => {
    await setViewport({ width: 1280, height: 800 });
    expect(sideBySide(await tracker(plainSteps, { layout: 'vertical' }))).to.equal(false);
    const forced = await tracker(manySteps(12), { layout: 'horizontal' });
    expect(sideBySide(forced)).to.equal(true);
    expect(forced.scrollWidth).to.be.at.most(forced.clientWidth);
  });
});

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b2] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every state indicator at 3:1 against the page and axe-clean, ${scheme} scheme`, async () => {
      await emulate({ 'prefers-color-scheme': scheme });
      const el = await tracker(fiveSteps, {}, `color-scheme: light dark; background: Canvas; color: CanvasText`);
      const page = getComputedStyle(el.parentElement!).backgroundColor;
      for (const li of steps(el)) {
        const marker = getComputedStyle(li.querySelector('.marker')!);
        const filled = marker.backgroundColor !== page && !marker.backgroundColor.endsWith(', 0)');
        const indicator = filled ? marker.backgroundColor : marker.borderTopColor;
        expect(contrast(indicator, page), `${li.dataset.state} in ${scheme}`).to.be.at.least(3);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('follows the page: a light-only page stays light on a dark system', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' });
    const el = await tracker(fiveSteps);
    const surface = getComputedStyle(el.shadowRoot!.querySelector('.summary')!).backgroundColor;
    expect(surface).to.equal('rgb(250, 243, 209)');
  });

  it('keeps indicators visible in forced colours (Windows high contrast)', async () => {
    await emulate({ 'forced-colors': 'active' });
    const el = await tracker(fiveSteps);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const canvas = getComputedStyle(el.parentElement!.appendChild(Object.assign(document.createElement('div'), { style: 'background: Canvas' }))).backgroundColor;
    for (const li of steps(el)) {
      const marker = getComputedStyle(li.querySelector('.marker')!);
      expect(marker.borderTopStyle, li.dataset.state).not.to.equal('none');
      // Each marker shows against the page: by a system-colour fill or a system-colour border.
      expect([marker.backgroundColor, marker.borderTopColor].some((c) => c !== canvas), li.dataset.state).to.equal(true);
    }
    const current = getComputedStyle(el.shadowRoot!.querySelector('[aria-current=step] .marker')!);
    const upcoming = getComputedStyle(el.shadowRoot!.querySelector('[data-state=upcoming] .marker')!);
    expect(current.backgroundColor, 'the current step stands out').not.to.equal(upcoming.backgroundColor);
  });
});

describe('motion', () => {
  it('does not animate the loading placeholder when the applicant prefers reduced motion', async () => {
    await emulate({ 'prefers-reduced-motion': 'reduce' });
    const { endpoint } = await serve([{ hang: true }]); // stays loading until removed
    const { el } = await mount({ endpoint, 'application-id': 'A-1' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('.loading .bar')!).animationName).to.equal('none');
    await emulate({});
    expect(getComputedStyle(el.shadowRoot!.querySelector('.loading .bar')!).animationName).to.equal('ast-pulse');
    el.remove();
  });
});

describe('right to left', () => {
  it('lays Arabic out right to left with the marker on the right, whatever the page direction', async () => {
    ApplicantStatusTracker.registerLanguage('ar', ar);
    const el = await tracker(fiveSteps, { lang: 'ar' });
    const root = el.shadowRoot!.querySelector('[dir]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    const li = el.shadowRoot!.querySelector('[data-state=failed]')!;
    expect(li.querySelector('.label')!.textContent).to.equal('تم إرسال الدفعة');
    expect(li.querySelector('.marker')!.getBoundingClientRect().left).to.be.greaterThan(li.querySelector('.label')!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });
});
