/**
 * Issue 12.1: numbers, e-mail addresses and URLs keep their left-to-right order inside right-to-left
 * text. Checked where the applicant reads them: the on-screen position of each piece (Range rects),
 * not the markup.
 */
import { expect } from '@open-wc/testing';
import { ApplicantStatusTracker } from '../src/index.js';
import ar from '../src/locales/ar.js';
import { mount, serve } from './support/index.js';

ApplicantStatusTracker.registerLanguage('ar', ar);

/** Every text node in the shadow root (and its nested elements) holding `text`. */
function textNodesWith(root: Node, text: string): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(text)) found.push(node as Text);
  return found;
}

/** The on-screen left edge of each of `pieces`, found in that order inside `node`'s text. */
function leftEdges(node: Text, pieces: string[]): number[] {
  let from = 0;
  return pieces.map((piece) => {
    const start = node.data.indexOf(piece, from);
    from = start + piece.length;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + piece.length);
    return range.getBoundingClientRect().left;
  });
}

/** Asserts that `text` is shown somewhere and that, everywhere it is, `pieces` read left to right. */
function expectLeftToRight(root: Node, text: string, pieces: string[]): void {
  const nodes = textNodesWith(root, text);
  expect(nodes.length, `"${text}" is on screen`).to.be.greaterThan(0);
  for (const node of nodes) {
    const edges = leftEdges(node, pieces);
    expect(edges, `"${text}" in "${node.parentElement?.closest('p, li, div')?.textContent?.trim()}"`)
      .to.deep.equal([...edges].sort((a, b) => a - b));
  }
}

describe('numbers, addresses and links inside right-to-left text (issue 12.1)', () => {
  const doc = {
    applicationId: '2020-00123',
    steps: [
      { id: 'a', label: 'Received', state: 'complete' },
      { id: 'b', label: '2020 review', state: 'action-required', action: { label: 'Upload', url: 'https://agency.example.gov/upload' } },
    ],
    contact: { phone: '(307) 555-0150', email: '2020help@agency.example.gov', url: 'https://agency.example.gov/help' },
  };

  it('shows the application number, phone and e-mail in left-to-right order in Arabic', async () => {
    const { endpoint } = await serve([{ body: doc }]);
    const { el, loaded } = await mount({ endpoint, 'application-id': '2020-00123', lang: 'ar' });
    await loaded();
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.tracker')!).direction).to.equal('rtl');
    expectLeftToRight(root, '2020-00123', ['2020', '00123']);
    expectLeftToRight(root, '(307) 555-0150', ['307', '555', '0150']);
    expectLeftToRight(root, '2020help@agency.example.gov', ['2020', 'help', 'agency', 'gov']);
    // An English step label keeps its own order inside the Arabic heading ("Step 2 of 2: 2020 review").
    expectLeftToRight(root.querySelector('#heading')!, '2020 review', ['2020', 'review']);
  });

  it('shows a vanity and a toll-free number left to right', async () => {
    const { endpoint } = await serve([{ body: { ...doc, contact: { phone: '1-800-555-0100' } } }]);
    const { el, loaded } = await mount({ endpoint, 'application-id': '2020-00123', lang: 'ar' });
    await loaded();
    expectLeftToRight(el.shadowRoot!, '1-800-555-0100', ['1', '800', '555', '0100']);
  });

  it("keeps the lookup form's example number and its error left to right, and the field itself", async () => {
    const { endpoint } = await serve([{ body: doc }]);
    const { el } = await mount({ endpoint, lang: 'ar', 'id-format': '2020-00123', 'id-pattern': '\\d{4}-\\d{5}' });
    const root = el.shadowRoot!;
    expectLeftToRight(root, '2020-00123', ['2020', '00123']);
    const input = root.querySelector<HTMLInputElement>('#applicationId')!;
    input.value = '12';
    input.dispatchEvent(new Event('input'));
    root.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(root.querySelector('.field-error')!.textContent).to.contain('2020-00123');
    expectLeftToRight(root.querySelector('.field-error')!, '2020-00123', ['2020', '00123']);
    expect(getComputedStyle(input).direction, 'the number is typed left to right').to.equal('ltr');
  });
});
