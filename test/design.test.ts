/**
 * Accessible by design (issue 5), in every engine: keyboard order, reflow at 320 px, automatic
 * layouts, right-to-left. What needs Chromium's DevTools protocol (the accessibility tree, emulated
 * colour schemes, forced colours, reduced motion, print) is in test/chromium-only/emulation.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApplicantStatusTracker } from '../src/index.js';
import ar from '../src/locales/ar.js';
import { fiveSteps, manySteps, plainSteps, serve, showIn, stepItems, waitFor } from './support/index.js';

const sideBySide = (el: ApplicantStatusTracker) => {
  const [first, second] = stepItems(el).map((li) => li.getBoundingClientRect());
  return Math.abs(first.top - second.top) < 1 && second.left !== first.left;
};

describe('keyboard', () => {
  it('reaches the action link by keyboard: the first Tab stop in the widget, right after the page\'s own control', async () => {
    const el = await showIn(fiveSteps());
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
    const el = await showIn(manySteps(12), {}, 'width: 320px');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(sideBySide(el)).to.equal(false);
    const labels = stepItems(el).map((li) => li.querySelector('.label')!);
    expect(labels).to.have.length(12);
    for (const label of labels) expect(label.getBoundingClientRect().width).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('a 320 px phone page with long real-world texts never scrolls sideways', async () => {
    const long = {
      applicationId: 'WY-2020-LONG-APPLICATION-NUMBER-000000000001',
      title: 'Wyoming Small Business Revitalization and Pandemic Relief Grant Program (Round Two)',
      notice: 'See https://business.laramie.example.gov/grants/relief/round-two/frequently-asked-questions',
      steps: [
        { id: 'a', label: 'Application received', state: 'complete', date: '2020-07-01' },
        { id: 'b', label: 'Supporting documents', state: 'action-required', description: 'Send them to documents.relief.grants@business.laramie.example.gov',
          action: { label: 'Upload to https://upload.business.laramie.example.gov/relief-grant-documents', url: 'https://upload.business.laramie.example.gov/x', dueDate: '2099-07-20' } },
        { id: 'c', label: 'Decision', state: 'upcoming' },
      ],
      history: [{ date: '2020-07-09T10:00:00Z', text: 'Forwarded to documents.relief.grants@business.laramie.example.gov' }],
      contact: { phone: '1-800-555-0100', email: 'documents.relief.grants@business.laramie.example.gov', url: 'https://business.laramie.example.gov/grants/relief/help' },
    };
    for (const lang of ['en', 'es', 'ar']) {
      const { key } = await serve([{ body: long }], 'reflow');
      const frame = Object.assign(document.createElement('iframe'), { title: 'phone', src: `/security/plain/page.html?key=${key}&lang=${lang}` });
      frame.style.cssText = 'width: 320px; height: 640px; border: 0';
      document.body.append(frame);
      try {
        const page = await waitFor(() => {
          const doc = frame.contentDocument;
          return doc?.querySelector('applicant-status-tracker')?.shadowRoot?.querySelector('li') ? doc : undefined;
        }, `the status in the 320 px page (${lang})`);
        // The frame is 320 px wide; a classic scrollbar (Firefox) may take some of it.
        expect(page.documentElement.scrollWidth, `${lang}: page width`).to.be.at.most(page.documentElement.clientWidth);
      } finally {
        frame.remove();
      }
    }
  });

  it('lays few plain steps side by side on a wide widget, and many or detailed steps in a column', async () => {
    const wide = 'width: 1280px';
    expect(sideBySide(await showIn(plainSteps(), {}, wide))).to.equal(true);
    expect(sideBySide(await showIn(manySteps(12), {}, wide))).to.equal(false);
    // A description or an action call-out would be squeezed into one narrow column.
    expect(sideBySide(await showIn(fiveSteps(), {}, wide))).to.equal(false);
    // The widget's own width decides, not the window's: a narrow sidebar column stays vertical.
    expect(sideBySide(await showIn(plainSteps(), {}, 'width: 300px'))).to.equal(false);
  });

  it('lets the agency force a layout with the layout attribute', async () => {
    expect(sideBySide(await showIn(plainSteps(), { layout: 'vertical' }, 'width: 1280px'))).to.equal(false);
    const forced = await showIn(manySteps(12), { layout: 'horizontal' }, 'width: 1280px');
    expect(sideBySide(forced)).to.equal(true);
    expect(forced.scrollWidth).to.be.at.most(forced.clientWidth);
  });
});

describe('right to left', () => {
  it('lays Arabic out right to left with the marker on the right, whatever the page direction', async () => {
    ApplicantStatusTracker.registerLanguage('ar', ar);
    const el = await showIn(fiveSteps(), { lang: 'ar' });
    const root = el.shadowRoot!.querySelector('[dir]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    const li = el.shadowRoot!.querySelector('[data-state=failed]')!;
    expect(li.querySelector('.label')!.textContent).to.equal('تم إرسال الدفعة');
    expect(li.querySelector('.marker')!.getBoundingClientRect().left).to.be.greaterThan(li.querySelector('.label')!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });
});
