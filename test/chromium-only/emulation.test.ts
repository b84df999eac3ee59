/**
 * What needs Chromium's DevTools protocol to test: the accessibility tree, and emulated media
 * (colour scheme, forced colours, reduced motion, print). Firefox (WebDriver BiDi) and WebKit
 * (WebDriver classic) offer neither, so only the Chromium run includes this folder; everything
 * else about the design is in test/design.test.ts, run in all three engines.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { en } from '../../src/i18n/messages.js';
import { contrast, fiveSteps, mount, part, serve, showIn, specExample, stepItems } from '../support/index.js';

/** Emulated media features through the project's CDP command (puppeteer's emulateMedia lacks forced-colors). */
const emulate = (features: Record<string, string>) =>
  executeServerCommand('media-features', Object.entries(features).map(([name, value]) => ({ name, value })));

interface AxNode { role: string; name: string; children?: AxNode[] }
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

afterEach(async () => {
  await emulate({});
  await emulateMedia({ media: 'screen' });
});

describe('reading order', () => {
  it('puts the "step N of M" heading and whose turn it is before the list in the accessibility tree', async () => {
    await showIn(fiveSteps());
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
});


describe('colour', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every state indicator at 3:1 against the page and axe-clean, ${scheme} scheme`, async () => {
      await emulate({ 'prefers-color-scheme': scheme });
      const el = await showIn(fiveSteps(), {}, `color-scheme: light dark; background: Canvas; color: CanvasText`);
      const page = getComputedStyle(el.parentElement!).backgroundColor;
      for (const li of stepItems(el)) {
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
    const el = await showIn(fiveSteps());
    const surface = getComputedStyle(el.shadowRoot!.querySelector('.summary')!).backgroundColor;
    expect(surface).to.equal('rgb(250, 243, 209)');
  });

  it('keeps indicators visible in forced colours (Windows high contrast)', async () => {
    await emulate({ 'forced-colors': 'active' });
    const el = await showIn(fiveSteps());
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const canvas = getComputedStyle(el.parentElement!.appendChild(Object.assign(document.createElement('div'), { style: 'background: Canvas' }))).backgroundColor;
    for (const li of stepItems(el)) {
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


describe('print media', () => {
  afterEach(() => dispatchEvent(new Event('afterprint')));

  it('prints a clean record: no buttons, link addresses written out, the history expanded; the screen is unchanged after', async () => {
    const doc = specExample();
    delete (doc as Partial<typeof doc>).outcome;
    doc.steps[2].action!.dueDate = '2099-07-20';
    const el = await showIn(doc);
    const root = el.shadowRoot!;
    const action = [...part(el, 'action')!.querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Upload your tax return')!;
    await emulateMedia({ media: 'print' });
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const button of root.querySelectorAll('button')) expect(getComputedStyle(button).display, button.textContent!).to.equal('none');
    expect(getComputedStyle(root.querySelector('a[download]')!).display, 'calendar link').to.equal('none');
    expect(getComputedStyle(action, '::after').content).to.equal('" (https://agency.example.gov/upload)"');
    const help = [...root.querySelectorAll('a')].find((a) => a.textContent!.trim() === en.website)!;
    expect(getComputedStyle(help, '::after').content).to.contain('https://agency.example.gov/help');
    expect(root.querySelector('.entries')!.textContent).to.contain('Eligibility confirmed.');

    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await el.updateComplete;
    expect(getComputedStyle(root.querySelector('button')!).display).not.to.equal('none');
    expect(getComputedStyle(action, '::after').content).to.equal('none');
  });
});
