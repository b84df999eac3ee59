/**
 * Issue 12.3: a page's inherited styles do not reach into the widget. A legacy agency stylesheet
 * (62.5 % root font size, centred body text, tight line height, letter spacing, capitals, indents…)
 * must leave the widget looking as designed, while it still takes the page's font family and text
 * colour (README, "Theming").
 */
import { expect } from '@open-wc/testing';
import { heading, mount, part, serve, stepItems } from './support/index.js';

const LEGACY_CSS = `
  html { font-size: 62.5%; }
  body {
    font-family: Georgia, serif; color: rgb(51, 0, 102); font-size: 1.6rem;
    text-align: center; line-height: 1; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase;
    text-indent: 3em; white-space: nowrap; font-style: italic; font-weight: 700; font-variant: small-caps;
    list-style: square inside; text-shadow: 1px 1px red; -webkit-text-fill-color: rgb(0, 128, 0);
  }`;

const doc = {
  applicationId: 'WY-2020-00123',
  title: 'Business Relief Grant',
  notice: 'Payments are delayed this week.',
  steps: [
    { id: 'received', label: 'Application received', state: 'complete', date: '2020-07-01' },
    { id: 'review', label: 'Eligibility review', state: 'current' },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
  ],
  history: [{ date: '2020-07-09T10:00:00Z', text: 'Eligibility confirmed.' }],
  contact: { phone: '1-800-555-0100' },
};

describe('host page CSS (issue 12.3)', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = Object.assign(document.createElement('style'), { textContent: LEGACY_CSS });
    document.head.append(style);
  });
  afterEach(() => style.remove());

  async function showStatus(width = '360px') {
    const { endpoint } = await serve([{ body: doc }]);
    const parent = document.createElement('div');
    parent.style.width = width;
    document.body.append(parent);
    const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1' }, { parent });
    await loaded();
    return { el, remove: () => parent.remove() };
  }

  it('keeps text aligned to the start, unindented, in its own case, spacing and line height', async () => {
    const { el, remove } = await showStatus();
    try {
      const root = el.shadowRoot!;
      const texts = [heading(el)!, part(el, 'summary')!, part(el, 'notice')!, root.querySelector('.label')!, root.querySelector('.state')!,
        root.querySelector('.contact-heading')!];
      for (const text of texts) {
        const css = getComputedStyle(text);
        const name = text.className;
        expect(css.textAlign, `${name} text-align`).to.be.oneOf(['start', 'left']);
        expect(css.textIndent, `${name} text-indent`).to.equal('0px');
        expect(css.letterSpacing, `${name} letter-spacing`).to.equal('normal');
        expect(css.wordSpacing, `${name} word-spacing`).to.equal('0px');
        expect(css.textTransform, `${name} text-transform`).to.equal('none');
        expect(css.whiteSpace, `${name} white-space`).to.equal('normal');
        expect(css.fontStyle, `${name} font-style`).to.equal('normal');
        expect(css.fontVariantCaps, `${name} font-variant`).to.equal('normal');
        expect(css.textShadow, `${name} text-shadow`).to.equal('none');
        expect(parseFloat(css.lineHeight) / parseFloat(css.fontSize), `${name} line height`).to.be.at.least(1.2);
        // What the documentation promises to inherit.
        expect(css.fontFamily, `${name} font-family`).to.equal('Georgia, serif');
      }
      expect(getComputedStyle(root.querySelector('.state')!).fontWeight, 'state names are not bold').to.equal('400');
      expect(getComputedStyle(root.querySelector('.label')!).color, 'plain text takes the page colour').to.equal('rgb(51, 0, 102)');
      expect(getComputedStyle(root.querySelector('.label')!).webkitTextFillColor, 'and is painted in it').to.equal('rgb(51, 0, 102)');
      // The heading starts where the widget starts: not centred.
      const range = document.createRange();
      range.selectNodeContents(heading(el)!);
      expect(range.getBoundingClientRect().left - el.getBoundingClientRect().left, 'heading text offset').to.be.below(2);
    } finally {
      remove();
    }
  });

  it('sizes markers from the widget, not from the page root (at least 24 px), and lines labels up beside them', async () => {
    const { el, remove } = await showStatus();
    try {
      for (const item of stepItems(el)) {
        const marker = item.querySelector<HTMLElement>('.marker')!.getBoundingClientRect();
        const label = item.querySelector<HTMLElement>('.label')!;
        expect(marker.width, 'marker width').to.be.at.least(24);
        expect(marker.height, 'marker height').to.be.at.least(24);
        const range = document.createRange();
        range.selectNodeContents(label);
        expect(range.getClientRects()[0].left - marker.right, 'label right beside its marker').to.be.within(0, 20);
      }
    } finally {
      remove();
    }
  });

  it('keeps the steps in a column at 600 px: the side-by-side width does not shrink with a 62.5 % root', async () => {
    const { el, remove } = await showStatus('600px');
    try {
      expect(getComputedStyle(part(el, 'steps')!).display).to.equal('block');
    } finally {
      remove();
    }
  });

  it('sizes nothing in rem, so the page\'s root font size cannot reach in (the calendar link\'s spacing did)', () => {
    const sheets = (customElements.get('applicant-status-tracker') as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
    const rem = sheets.flatMap((sheet) => sheet.cssText.match(/[\d.]+rem\b/g) ?? []);
    expect(rem).to.deep.equal([]);
  });
});
