/**
 * What the applicant sees for a valid status: steps and their states, where they are, what they
 * must do and by when, the agency's notes and contact details, dates in their language.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { en, es, format } from '../src/i18n/messages.js';
import type { ApplicantStatusTracker } from '../src/index.js';
import { clean, heading, mount, serve, showIn, specExampleWithoutOutcome, spokenText, stepItems, stepsDoc } from './support/index.js';

const shadow = (el: ApplicantStatusTracker) => el.shadowRoot!;
const headingOf = heading;
const levelOf = (element: HTMLElement) => element.getAttribute('aria-level');
/** Opens the history disclosure as an applicant would, and waits for its entries to render. */
async function openHistory(el: ApplicantStatusTracker): Promise<void> {
  const details = shadow(el).querySelector('details')!;
  const toggled = oneEvent(details, 'toggle');
  details.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}
const stepList = (el: ApplicantStatusTracker) => shadow(el).querySelector('ol')!;
const links = (el: ApplicantStatusTracker) => [...shadow(el).querySelectorAll('a')];
const linkTo = (el: ApplicantStatusTracker, href: string) => links(el).find((a) => a.getAttribute('href') === href);

/** Serves `doc` from the loopback endpoint and mounts a tracker on it; resolves once the status is rendered. */
async function showStatus(doc: unknown, attrs: Record<string, string> = {}): Promise<ApplicantStatusTracker> {
  const { endpoint } = await serve([{ body: doc }]);
  const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1', ...attrs });
  await loaded();
  return el;
}

const STATES = ['complete', 'current', 'action-required', 'upcoming', 'skipped', 'failed'] as const;
const STATE_TEXT = Object.fromEntries(STATES.map((state) => [state, en[`state.${state}`]])) as Record<(typeof STATES)[number], string>;

const longDate = (lang: string, iso: string) =>
  clean(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)));

describe('<applicant-status-tracker> rendering', () => {
  describe('steps', () => {
    it('shows every step, in order, as an ordered list', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      const items = stepItems(el);
      expect(stepList(el).tagName).to.equal('OL');
      expect(items.map((li) => li.tagName)).to.deep.equal(['LI', 'LI', 'LI', 'LI', 'LI']);
      const labels = ['Application received', 'Eligibility review', 'Documents', 'Decision', 'Payment sent'];
      items.forEach((li, i) => expect(spokenText(li)).to.contain(labels[i]));
    });

    it('conveys each of the six states in its own text, not by colour or icon', async () => {
      const states = STATES;
      const el = await showStatus(stepsDoc(...states));
      const items = stepItems(el);
      expect(new Set(Object.values(STATE_TEXT)).size).to.equal(6);
      states.forEach((state, i) => {
        const spoken = spokenText(items[i]);
        expect(spoken, state).to.contain(STATE_TEXT[state]);
        for (const other of states.filter((s) => s !== state)) {
          expect(spoken, `${state} step also says "${STATE_TEXT[other]}"`).not.to.contain(STATE_TEXT[other]);
        }
        // Seen, not only announced: the text is rendered.
        expect(clean(items[i].innerText), state).to.contain(STATE_TEXT[state]);
      });
    });

    it('puts aria-current="step" on the current step only', async () => {
      const el = await showStatus(stepsDoc('complete', 'current', 'upcoming', 'upcoming'));
      expect(stepItems(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null]);
    });

    it('puts aria-current="step" on an action-required step', async () => {
      const el = await showStatus(stepsDoc('complete', 'skipped', 'action-required', 'upcoming'));
      expect(stepItems(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null]);
    });

    it('puts aria-current="step" only on the first of several current or action-required steps', async () => {
      let el = await showStatus(stepsDoc('complete', 'action-required', 'current', 'action-required'));
      expect(stepItems(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null]);
      el = await showStatus(stepsDoc('current', 'current', 'upcoming'));
      expect(stepItems(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal(['step', null, null]);
    });

    it('has no aria-current when no step is current', async () => {
      const el = await showStatus(stepsDoc('complete', 'skipped', 'failed', 'upcoming'));
      expect(shadow(el).querySelectorAll('[aria-current]')).to.have.length(0);
    });

    it('shows step descriptions', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      expect(spokenText(stepItems(el)[2])).to.contain('We need your 2019 tax return.');
    });

    it('shows step dates in words: completed, expected, updated', async () => {
      const doc = {
        applicationId: 'A-1',
        steps: [
          { id: 'a', label: 'Received', state: 'complete', date: '2020-07-01' },
          { id: 'b', label: 'Review', state: 'current', date: '2020-07-09' },
          { id: 'c', label: 'Decision', state: 'upcoming', date: '2020-07-30' },
        ],
      };
      const el = await showStatus(doc);
      const [received, review, decision] = stepItems(el).map(spokenText);
      expect(received).to.contain(format(en.dateComplete, { date: 'July 1, 2020' }));
      expect(review).to.contain(format(en.dateOther, { date: 'July 9, 2020' }));
      // July 30, 2020 has passed: the estimate is said to be late rather than shown as a promise (test/timing.test.ts).
      expect(decision).to.contain(format(en.late, { date: 'July 30, 2020' }));
    });
  });

  describe('where the applicant is', () => {
    it('says "Step 3 of 5: Documents" in a heading before the list', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      const heading = headingOf(el)!;
      expect(clean(heading.textContent)).to.equal('Step 3 of 5: Documents');
      expect(levelOf(heading)).to.equal('2');
      expect(heading.compareDocumentPosition(stepList(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // The heading is the first heading: nothing else comes before it in reading order.
      const texts = clean(shadow(el).textContent);
      expect(texts.indexOf('Step 3 of 5: Documents')).to.be.lessThan(texts.indexOf('Application received'));
    });

    it('shows the title and the application number', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      const texts = clean(shadow(el).textContent);
      expect(texts).to.contain('Business Relief Grant');
      expect(texts).to.contain(format(en.applicationNumber, { id: 'WY-2020-00123' }));
    });

    it('says whose turn it is: the applicant must act', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      expect(clean(shadow(el).textContent)).to.contain(en.waitingOnYou);
      expect(clean(shadow(el).textContent)).not.to.contain(en.waitingOnUs);
    });

    it('says whose turn it is: the agency is working on it', async () => {
      const el = await showStatus(stepsDoc('complete', 'current', 'upcoming'));
      expect(clean(headingOf(el)!.textContent)).to.equal('Step 2 of 3: Step label 2');
      expect(clean(shadow(el).textContent)).to.contain(en.waitingOnUs);
      expect(clean(shadow(el).textContent)).not.to.contain(en.waitingOnYou);
    });

    it('counts completed steps when none is current and there is no outcome', async () => {
      const el = await showStatus(stepsDoc('complete', 'complete', 'upcoming'));
      expect(clean(headingOf(el)!.textContent)).to.equal(format(en.stepsDone, { done: 2, total: 3 }));
    });

    for (const outcome of ['approved', 'denied', 'withdrawn', 'closed'] as const) {
      it(`shows the outcome "${outcome}"`, async () => {
        const states = outcome === 'denied' ? ['complete', 'failed', 'skipped'] : ['complete', 'complete', 'skipped'];
        const el = await showStatus({ ...stepsDoc(...states), outcome });
        expect(clean(headingOf(el)!.textContent)).to.equal(en[`outcome.${outcome}`]);
        expect(new Set(['approved', 'denied', 'withdrawn', 'closed'].map((o) => en[`outcome.${o as 'closed'}`])).size).to.equal(4);
        expect(clean(shadow(el).textContent)).not.to.contain(en.waitingOnUs);
      });
    }

    it('heading-level sets the heading level', async () => {
      const el = await showStatus(specExampleWithoutOutcome(), { 'heading-level': '4' });
      expect(levelOf(headingOf(el)!)).to.equal('4');
      el.headingLevel = 3;
      await el.updateComplete;
      expect(levelOf(headingOf(el)!)).to.equal('3');
    });

    it('heading-level out of range is kept between 2 and 6', async () => {
      expect(levelOf(headingOf(await showStatus(specExampleWithoutOutcome(), { 'heading-level': '9' }))!)).to.equal('6');
      expect(levelOf(headingOf(await showStatus(specExampleWithoutOutcome(), { 'heading-level': '1' }))!)).to.equal('2');
      expect(levelOf(headingOf(await showStatus(specExampleWithoutOutcome(), { 'heading-level': 'big' }))!)).to.equal('2');
    });
  });

  describe('the line between steps', () => {
    it('is in the finished colour into a finished step, even from a skipped or failed one; grey ahead', async () => {
      const el = await showStatus(stepsDoc('complete', 'skipped', 'complete', 'failed', 'complete', 'current', 'upcoming'));
      const items = stepItems(el);
      const lineFrom = (index: number) => getComputedStyle(items[index], '::before').borderInlineStartColor;
      const finished = getComputedStyle(items[0].querySelector('.marker')!).backgroundColor;
      expect([0, 1, 2, 3, 4].map(lineFrom), 'up to the last finished step').to.deep.equal(Array(5).fill(finished));
      expect(lineFrom(5), 'from the current step on').not.to.equal(finished);
    });

    it('side by side, too: the line into a finished step is in the finished colour, and grey ahead', async () => {
      const el = await showIn(stepsDoc('complete', 'skipped', 'complete', 'current', 'upcoming'), { layout: 'horizontal' }, 'width: 1280px');
      const items = stepItems(el);
      expect(items[1].getBoundingClientRect().top, 'laid out side by side').to.be.closeTo(items[0].getBoundingClientRect().top, 1);
      const line = (index: number) => getComputedStyle(items[index], '::before');
      const finished = getComputedStyle(items[0].querySelector('.marker')!).backgroundColor;
      expect([0, 1].map((i) => line(i).borderTopColor), 'up to the last finished step').to.deep.equal([finished, finished]);
      expect(line(3).borderTopColor, 'from the current step on').not.to.equal(finished);
      expect([0, 3].map((i) => [line(i).borderTopWidth, line(i).borderLeftWidth]), 'a horizontal line only').to.deep.equal([['2px', '0px'], ['2px', '0px']]);
    });
  });

  describe('what the applicant must do', () => {
    it('shows the action inside its step, with the due date and a link to do it', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      const step = stepItems(el)[2];
      // The spec example's due date has passed: the call-out says so (test/timing.test.ts has one still ahead).
      expect(spokenText(step)).to.contain(format(en.duePassed, { date: 'July 20, 2020' }));
      const link = [...step.querySelectorAll('a')].find((a) => clean(a.textContent) === 'Upload your tax return');
      expect(link, 'action link').to.exist;
      expect(link!.getAttribute('href')).to.equal('https://agency.example.gov/upload');
    });

    it('shows an action without a URL as text, not as a link', async () => {
      const doc = { applicationId: 'A-1', steps: [{ id: 'a', label: 'Interview', state: 'action-required',
        action: { label: 'Bring your ID to the office', dueDate: '2020-07-20' } }] };
      const el = await showStatus(doc);
      expect(spokenText(stepItems(el)[0])).to.contain('Bring your ID to the office');
      expect(spokenText(stepItems(el)[0])).to.contain(format(en.duePassed, { date: 'July 20, 2020' }));
      expect(stepItems(el)[0].querySelectorAll('a')).to.have.length(0);
    });

    it('an action with no link says where to act: the agency\'s contact, in the call-out', async () => {
      const doc = { applicationId: 'A-1', contact: { phone: '(307) 555-0150', email: 'grants@agency.example.gov' },
        steps: [{ id: 'a', label: 'Interview', state: 'action-required', action: { label: 'Bring your ID to the office', dueDate: '2099-07-20' } }] };
      const el = await showStatus(doc);
      const callOut = stepItems(el)[0].querySelector('[part=action]')!;
      expect([...callOut.querySelectorAll('a:not(.calendar)')].map((a) => a.getAttribute('href')))
        .to.deep.equal(['tel:+13075550150', 'mailto:grants@agency.example.gov']);
    });

    it('an action-required step with neither link nor contact shows the page\'s own help there', async () => {
      const doc = { applicationId: 'A-1', steps: [{ id: 'a', label: 'Documents', state: 'action-required', description: 'We sent you a letter.' }] };
      const { endpoint } = await serve([{ body: doc }]);
      const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1' }, { light: '<p slot="help" id="help">Call 1-800-555-0100.</p>' });
      await loaded();
      const help = el.querySelector<HTMLElement>('#help')!;
      expect(help.checkVisibility(), 'help visible').to.equal(true);
      expect(stepItems(el)[0].contains(help.assignedSlot), 'inside the step').to.equal(true);
    });

    it('resolves a relative action URL against the page', async () => {
      const doc = { applicationId: 'A-1', steps: [{ id: 'a', label: 'Upload', state: 'action-required',
        action: { label: 'Upload now', url: '/upload?step=a' } }] };
      const el = await showStatus(doc);
      expect(stepItems(el)[0].querySelector('a')!.href).to.equal(new URL('/upload?step=a', document.baseURI).href);
    });
  });

  describe('agency details', () => {
    it('shows the notice', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      expect(clean(shadow(el).textContent)).to.contain(`${en.notice}: Payments are delayed this week due to the holiday.`);
    });

    it('shows the history with dates', async () => {
      const el = await showStatus({
        ...specExampleWithoutOutcome(),
        history: [
          { date: '2020-07-01', text: 'Application received.' },
          { date: '2020-07-09T10:00:00Z', text: 'Eligibility confirmed.' },
        ],
      });
      const details = shadow(el).querySelector('details');
      expect(details, 'history disclosure').to.exist;
      expect(clean(details!.querySelector('summary')!.textContent)).to.equal(`${en.history} (2)`);
      expect(details!.querySelectorAll('li'), 'collapsed history is not rendered').to.have.length(0);
      await openHistory(el);
      const entries = [...details!.querySelectorAll('li')].map((li) => clean(li.textContent));
      expect(entries).to.deep.equal([
        'July 1, 2020 Application received.',
        `${longDate('en', '2020-07-09T10:00:00Z')} Eligibility confirmed.`,
      ]);
    });

    it('shows no history section without history', async () => {
      const el = await showStatus(stepsDoc('current'));
      expect(shadow(el).querySelector('details')).to.equal(null);
      expect(clean(shadow(el).textContent)).not.to.contain(en.history);
    });

    it('links the phone (tel:), email (mailto:) and help page (https:)', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      const tel = linkTo(el, 'tel:+18005550100');
      const mail = linkTo(el, 'mailto:grants@agency.example.gov');
      const help = linkTo(el, 'https://agency.example.gov/help');
      expect(tel, 'tel: link').to.exist;
      expect(mail, 'mailto: link').to.exist;
      expect(help, 'help link').to.exist;
      expect(clean(tel!.textContent)).to.equal(format(en.call, { phone: '1-800-555-0100' }));
      expect(clean(mail!.textContent)).to.equal(format(en.email, { email: 'grants@agency.example.gov' }));
      expect(clean(help!.textContent)).to.equal(en.website);
      expect(clean(shadow(el).textContent)).to.contain(en.contact);
    });

    it('keeps an international phone number with its +', async () => {
      const el = await showStatus({ ...stepsDoc('current'), contact: { phone: '+1 (307) 555-0100' } });
      expect(linkTo(el, 'tel:+13075550100'), 'tel: link').to.exist;
    });

    // A tel: link must dial the number shown, or not be a link: letters and extensions must not be
    // squeezed into another number ("1-800-MEDICARE" is not tel:1800).
    for (const [phone, dials] of [
      ['1-800-MEDICARE', 'tel:+18006334227'],
      ['1-800-555-0100 ext. 12', 'tel:+18005550100;ext=12'],
      // The most common way a US number is written (issue 12.2) was plain text.
      ['(307) 555-0150', 'tel:+13075550150'],
      ['(307) 555-0150 x123', 'tel:+13075550150;ext=123'],
    ] as const) {
      it(`links "${phone}" to the number it spells, ${dials}, and no other`, async () => {
        const el = await showStatus({ ...stepsDoc('current'), contact: { phone } });
        const tel = links(el).filter((a) => a.getAttribute('href')?.startsWith('tel:'));
        expect(tel.map((a) => a.getAttribute('href'))).to.deep.equal([dials]);
        expect(clean(tel[0].textContent)).to.equal(format(en.call, { phone }));
      });
    }

    it('shows a phone number that cannot be dialled as text, not as a link', async () => {
      const el = await showStatus({ ...stepsDoc('current'), contact: { phone: 'Ask at the front desk' } });
      expect(clean(shadow(el).textContent)).to.contain(format(en.call, { phone: 'Ask at the front desk' }));
      expect(links(el).filter((a) => a.getAttribute('href')?.startsWith('tel:'))).to.have.length(0);
    });

    it('shows when the agency last updated the status and its update schedule', async () => {
      const el = await showStatus(specExampleWithoutOutcome());
      const texts = clean(shadow(el).textContent);
      expect(texts).to.contain(format(en.updatedAt, { date: longDate('en', '2020-08-01T15:04:05Z') }));
      expect(texts).to.contain('Statuses are updated every weekday evening.');
    });

    it('shows a date-only updatedAt as a calendar day', async () => {
      const el = await showStatus({ ...stepsDoc('current'), updatedAt: '2020-08-01' });
      expect(clean(shadow(el).textContent)).to.contain(format(en.updatedAt, { date: 'August 1, 2020' }));
    });

    it('shows a recent updatedAt relative to now ("3 hours ago")', async () => {
      const el = await showStatus({ ...stepsDoc('current'), updatedAt: new Date(Date.now() - 3 * 3600e3).toISOString() });
      expect(clean(shadow(el).textContent)).to.contain(format(en.updatedAt, { date: '3 hours ago' }));
    });

    it('shows when the widget last checked, and a "Check again" button', async () => {
      const el = await showStatus(stepsDoc('current'));
      const [before] = en.checkedAt.split('{time}');
      const text = clean(shadow(el).textContent);
      expect(text).to.contain(before);
      expect(text.slice(text.indexOf(before) + before.length)).to.match(/^\s?\d{1,2}:\d{2}:\d{2}\s?[AP]M/);
      const buttons = [...shadow(el).querySelectorAll('button')].map((b) => clean(b.textContent));
      expect(buttons).to.include(en.checkAgain);
    });
  });

  describe('dates through Intl in the widget language', () => {
    it('formats step dates, due dates, history and updatedAt in Spanish', async () => {
      const el = await showStatus(specExampleWithoutOutcome(), { lang: 'es' });
      await openHistory(el);
      const [received, , documents, decision] = stepItems(el).map(spokenText);
      expect(received).to.contain(format(es.dateComplete, { date: '1 de julio de 2020' }));
      expect(documents).to.contain(format(es.duePassed, { date: '20 de julio de 2020' }));
      expect(decision).to.contain(format(es.late, { date: '30 de julio de 2020' }));
      const texts = clean(shadow(el).textContent);
      expect(texts).to.contain(format(es.updatedAt, { date: longDate('es', '2020-08-01T15:04:05Z') }));
      expect(texts).to.contain(longDate('es', '2020-07-09T10:00:00Z'));
      expect(texts).not.to.contain('July');
    });

    it('formats dates in the regional variant of the language (en-GB)', async () => {
      const el = await showStatus(specExampleWithoutOutcome(), { lang: 'en-GB' });
      expect(spokenText(stepItems(el)[0])).to.contain(format(en.dateComplete, { date: '1 July 2020' }));
    });

    it('does not break on a malformed page language', async () => {
      const el = await showStatus(specExampleWithoutOutcome(), { lang: 'english_US!' });
      expect(clean(headingOf(el)!.textContent)).to.equal('Step 3 of 5: Documents');
      expect(spokenText(stepItems(el)[0])).to.contain(format(en.dateComplete, { date: 'July 1, 2020' }));
    });
  });
});
