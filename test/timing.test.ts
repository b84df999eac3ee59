/**
 * "When?" (issue 13): expected dates worded as estimates, moved estimates, honest delays, overdue
 * actions, "today" as the applicant's local day across midnight, the calendar file, the
 * `action-click` event and the printed record. Dates are relative to the real today unless a fake
 * clock sets it, so every test means the same thing on any day it runs.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import ICAL from 'ical.js';
import { Validator } from '@cfworker/json-schema';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusDocument } from '../src/index.js';
import { validateStatusDocument } from '../src/core/status-document.js';
import { en, es, format } from '../src/i18n/messages.js';
import { clean, describeMutation, mount, part, serve, watchMutations, type Mounted } from './support/index.js';

/** The local calendar day `days` from today (or from `from`), as the status document writes it. */
function day(days: number, from = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, 12);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A day as an applicant reads it in `lang` ("July 30, 2099"), independently of the widget's code. */
const long = (iso: string, lang = 'en') =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });

const CONTACT = { phone: '1-800-555-0100', email: 'grants@agency.example.gov', url: 'https://agency.example.gov/help' };

/** A grant application waiting on the agency: review in progress, decision ahead. */
const waiting = (review: Record<string, unknown>, decision: Record<string, unknown> = {}): StatusDocument => ({
  applicationId: 'WY-2020-00123',
  title: 'Business Relief Grant',
  steps: [
    { id: 'received', label: 'Application received', state: 'complete', date: '2020-07-01' },
    { id: 'review', label: 'Eligibility review', state: 'current', ...review },
    { id: 'decision', label: 'Decision', state: 'upcoming', ...decision },
  ],
  contact: CONTACT,
} as StatusDocument);

/** A document is due: `dueDate` on the action of an action-required step. */
const due = (dueDate: string, extra: Partial<StatusDocument> = {}, action: Record<string, unknown> = {}): StatusDocument => ({
  applicationId: 'WY-2020-00123',
  title: 'Business Relief Grant',
  updatedAt: '2020-08-01T15:04:05Z',
  steps: [
    { id: 'received', label: 'Application received', state: 'complete', date: '2020-07-01' },
    { id: 'documents', label: 'Documents', state: 'action-required', description: 'We need your 2019 tax return.',
      action: { label: 'Upload your tax return', url: 'https://agency.example.gov/upload', dueDate, ...action } },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
  ],
  contact: CONTACT,
  ...extra,
} as StatusDocument);

/** Serves `docs` in order (the last one repeated) on a fresh loopback endpoint and shows the first. */
async function show(docs: StatusDocument[], attributes: Record<string, string> = {}): Promise<Mounted> {
  const { endpoint } = await serve(docs.map((body) => ({ body })), 'timing');
  const mounted = await mount({ endpoint, 'application-id': 'A-1', ...attributes });
  await mounted.loaded();
  return mounted;
}

const root = (el: ApplicantStatusTracker) => el.shadowRoot!;
const text = (node: Element | null | undefined) => clean(node?.textContent);
const LABELS: Record<string, string> = { received: 'Application received', review: 'Eligibility review', documents: 'Documents', decision: 'Decision' };
/** The list item of a step, found by its label as the applicant reads it. */
const step = (el: ApplicantStatusTracker, id: keyof typeof LABELS) =>
  [...root(el).querySelectorAll<HTMLElement>('li.step')].find((li) => text(li.querySelector('.label')) === LABELS[id])!;
const summary = (el: ApplicantStatusTracker) => text(part(el, 'summary'));
const calendarLink = (el: ApplicantStatusTracker) => root(el).querySelector<HTMLAnchorElement>('a[download]');
/** The calendar file the link downloads, as text. */
const calendarFile = (link: HTMLAnchorElement) => {
  const href = link.getAttribute('href')!;
  expect(href.startsWith('data:text/calendar;charset=utf-8,'), href.slice(0, 40)).to.equal(true);
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
};
/** The one VEVENT of a calendar file, parsed by ical.js. */
function parseEvent(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events, 'exactly one event').to.have.length(1);
  return events[0];
}

describe('expected dates', () => {
  it('shows a current step\'s expected date and an upcoming step\'s range as estimates, in words', async () => {
    const { el } = await show([waiting({ expected: day(5) }, { expected: { from: '2099-07-20', to: '2099-07-30' } })]);
    expect(text(step(el, 'review'))).to.contain(`In progress · Expected by ${long(day(5))} (estimate)`);
    // formatRange: the month and year once.
    expect(text(step(el, 'decision'))).to.contain('Not started · Expected July 20 – 30, 2099 (estimate)');
    await expect(el).to.be.accessible();
  });

  it('writes ranges the Spanish way, through Intl', async () => {
    const { el } = await show([waiting({}, { expected: { from: '2099-07-20', to: '2099-08-02' } })], { lang: 'es' });
    expect(text(step(el, 'decision'))).to.contain(format(es.dateExpected, { date: '20 de julio – 2 de agosto de 2099' }));
  });

  it('says what to expect next in the summary while the agency works', async () => {
    const { el } = await show([waiting({}, { expected: '2099-07-30' })]);
    expect(summary(el)).to.equal(`${en.waitingOnUs} Decision: Expected by July 30, 2099 (estimate).`);
  });

  it('lets `expected` win over an upcoming step\'s date, which still counts as its estimate when alone', async () => {
    const { el } = await show([waiting({}, { date: '2099-07-01', expected: '2099-07-30' })]);
    expect(text(step(el, 'decision'))).to.contain('Expected by July 30, 2099 (estimate)');
    expect(text(step(el, 'decision'))).not.to.contain('July 1, 2099');
    const { el: v1 } = await show([waiting({}, { date: '2099-07-01' })]);
    expect(text(step(v1, 'decision'))).to.contain('Expected by July 1, 2099 (estimate)');
  });

  it('shows no estimate on finished steps or on a step waiting on the applicant', async () => {
    const doc = due(day(3));
    doc.steps[0].expected = day(-30);
    doc.steps[1].expected = day(-1);
    const { el } = await show([doc]);
    expect(text(step(el, 'received'))).not.to.match(/Expected|longer/);
    expect(text(step(el, 'documents'))).not.to.match(/Expected|longer/);
  });

  it('says when the agency moved an estimate between refreshes, and keeps saying it', async () => {
    const first = waiting({ expected: '2099-07-20' });
    const moved = waiting({ expected: '2099-07-30' });
    const later = { ...moved, notice: 'Offices are closed on Monday.' };
    const { el, updates } = await show([first, moved, later]);
    expect(text(step(el, 'review'))).not.to.contain('changed');
    await el.refresh();
    expect(updates).to.have.length(2);
    expect(text(step(el, 'review'))).to.contain('Expected by July 30, 2099 (estimate)');
    expect(text(step(el, 'review'))).to.contain(format(en.estimateMoved, { date: 'July 20, 2099' }));
    await el.refresh(); // another change, not to this estimate: the note stays
    expect(updates).to.have.length(3);
    expect(text(step(el, 'review'))).to.contain(format(en.estimateMoved, { date: 'July 20, 2099' }));
  });

  it('does not call a first estimate, or another application\'s, a change', async () => {
    const { el } = await show([waiting({ expected: '2099-07-20' }), { ...waiting({ expected: '2099-07-30' }), applicationId: 'WY-2020-00999' }]);
    await el.refresh();
    expect(text(step(el, 'review'))).to.contain('Expected by July 30, 2099');
    expect(text(step(el, 'review'))).not.to.contain('changed');
  });
});

describe('honest delays', () => {
  it('says "taking longer than expected", with the agency contact, once the estimate has passed', async () => {
    const { el } = await show([waiting({ expected: day(-1) })]);
    const review = step(el, 'review');
    expect(text(review)).to.contain(`In progress · ${format(en.late, { date: long(day(-1)) })}`);
    expect(text(review)).not.to.contain('Expected');
    const links = [...review.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+18005550100', 'mailto:grants@agency.example.gov', 'https://agency.example.gov/help']);
    expect(summary(el)).to.equal(`${en.waitingOnUs} Eligibility review: ${format(en.late, { date: long(day(-1)) })}.`);
    await expect(el).to.be.accessible();
  });

  it('reads an upcoming step\'s past date and the last day of a past range the same way', async () => {
    const { el } = await show([waiting({ expected: { from: day(-10), to: day(-1) } }, { date: day(-2) })]);
    expect(text(step(el, 'review'))).to.contain('Taking longer than expected');
    expect(text(step(el, 'decision'))).to.contain('Taking longer than expected');
  });

  it('says nothing of estimates or delays once the application is decided', async () => {
    const { el } = await show([{ ...waiting({ state: 'failed', expected: day(-5) }, { date: day(-1) }), outcome: 'denied' }]);
    expect(text(root(el).querySelector('ol'))).not.to.match(/Expected|longer/);
    expect(root(el).querySelector('ol a')).to.equal(null);
  });

  it('is not late on the expected day itself, nor while a range is still open', async () => {
    const { el } = await show([waiting({ expected: day(0) }, { expected: { from: day(-3), to: day(2) } })]);
    expect(text(step(el, 'review'))).to.contain(`Expected by ${long(day(0))} (estimate)`);
    expect(text(step(el, 'decision'))).to.contain('(estimate)');
    expect(text(root(el).querySelector('ol'))).not.to.contain('longer');
  });

  it('says in the call-out that the due date has passed, how to reach the agency, and offers no calendar', async () => {
    const { el } = await show([due(day(-1))]);
    const action = part(el, 'action')!;
    expect(text(action)).to.contain(format(en.duePassed, { date: long(day(-1)) }));
    expect(text(action)).not.to.contain('Due by');
    expect([...action.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members(['tel:+18005550100', 'mailto:grants@agency.example.gov']);
    expect(calendarLink(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is still "due by" on the due day itself, with the calendar link', async () => {
    const { el } = await show([due(day(0))]);
    expect(text(part(el, 'action'))).to.contain(format(en.dueBy, { date: long(day(0)) }));
    expect(text(calendarLink(el))).to.equal(en.addToCalendar);
  });
});

describe('"today" is the applicant\'s local day, also past midnight', () => {
  let clock: SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('turns a due date and an estimate into "passed" at local midnight, with one timer, released on removal', async () => {
    // One minute before midnight, local time, on the due day. Only Date and timers are faked.
    const eve = new Date(2099, 6, 20, 23, 59, 0);

    const doc = due('2099-07-20');
    doc.steps[2].expected = '2099-07-20';
    doc.steps[2].state = 'current';
    const { endpoint } = await serve([{ body: doc }], 'midnight');
    clock = useFakeTimers({ now: eve, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1' });
    await loaded();
    expect(text(part(el, 'action'))).to.contain('Due by July 20, 2099');
    expect(text(step(el, 'decision'))).to.contain('Expected by July 20, 2099 (estimate)');
    // Nothing but the timer to the next midnight is waiting (no per-second ticking).
    expect(clock.countTimers(), 'timers').to.equal(1);

    clock.tick(59_000);
    await el.updateComplete;
    expect(text(part(el, 'action')), 'a second before midnight').to.contain('Due by July 20, 2099');

    clock.tick(1_000);
    await el.updateComplete;
    expect(text(part(el, 'action'))).to.contain(format(en.duePassed, { date: 'July 20, 2099' }));
    expect(text(step(el, 'decision'))).to.contain(format(en.late, { date: 'July 20, 2099' }));
    expect(calendarLink(el)).to.equal(null);
    expect(clock.countTimers(), 'the next midnight only').to.equal(1);

    el.remove();
    expect(clock.countTimers(), 'after removal').to.equal(0);
  });

  it('counts a due date-time by the day it falls on where the applicant is', async () => {
    const eve = new Date(2099, 6, 20, 9, 0, 0);

    // 23:30 local on July 20 is still July 20 here, whatever the time zone of the machine.
    const local = new Date(2099, 6, 20, 23, 30).toISOString();
    const { endpoint } = await serve([{ body: due(local) }], 'local-day');
    clock = useFakeTimers({ now: eve, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1' });
    await loaded();
    expect(text(part(el, 'action'))).to.contain('Due by July 20, 2099');
    expect(calendarFile(calendarLink(el)!)).to.contain('\r\nDTSTART;VALUE=DATE:20990720\r\n');
  });
});

describe('Add to my calendar (.ics)', () => {
  it('is an RFC 5545 all-day event on the due date, named after the action and the application', async () => {
    const { el } = await show([due('2099-07-20')]);
    const link = calendarLink(el)!;
    expect(link.getAttribute('download')).to.match(/\.ics$/);
    const file = calendarFile(link);
    expect(file.endsWith('\r\n')).to.equal(true);
    expect(file.replace(/\r\n/g, ''), 'no bare line breaks').not.to.match(/[\r\n]/);
    const lines = file.split('\r\n').slice(0, -1);
    expect(lines.slice(0, 4)).to.deep.equal(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Applicant Status Tracker//EN', 'BEGIN:VEVENT']);
    expect(lines.slice(-2)).to.deep.equal(['END:VEVENT', 'END:VCALENDAR']);
    expect(lines).to.include.members([
      'DTSTAMP:20200801T150405Z', // the agency's updatedAt: when this information was last revised
      'DTSTART;VALUE=DATE:20990720',
      'SUMMARY:Upload your tax return (Business Relief Grant)',
      'DESCRIPTION:https://agency.example.gov/upload',
    ]);
    const uid = lines.find((line) => line.startsWith('UID:'))!;
    expect(uid).to.match(/^UID:[0-9a-z]+@localhost$/);
    expect(uid, 'no application number in the file').not.to.contain('WY-2020');

    const event = parseEvent(file);
    expect(event.getFirstPropertyValue('summary')).to.equal('Upload your tax return (Business Relief Grant)');
    expect(event.getFirstPropertyValue('description')).to.equal('https://agency.example.gov/upload');
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([start.isDate, start.year, start.month, start.day]).to.deep.equal([true, 2099, 7, 20]);
    expect(event.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2020-08-01T15:04:05Z');
  });

  it('keeps its UID across refreshes, languages and a moved due date, and not across applications', async () => {
    const uidOf = (el: ApplicantStatusTracker) => parseEvent(calendarFile(calendarLink(el)!)).getFirstPropertyValue('uid');
    const { el } = await show([due('2099-07-20'), due('2099-07-27')]);
    const uid = uidOf(el);
    await el.refresh();
    expect(calendarFile(calendarLink(el)!)).to.contain('DTSTART;VALUE=DATE:20990727');
    expect(uidOf(el)).to.equal(uid);
    el.lang = 'es';
    await el.updateComplete;
    expect(uidOf(el)).to.equal(uid);
    const { el: other } = await show([due('2099-07-20', { applicationId: 'WY-2020-00124' })]);
    expect(uidOf(other)).not.to.equal(uid);
  });

  it('speaks the applicant\'s language, and leaves out an unsafe URL', async () => {
    const doc = due('2099-07-20', { title: { en: 'Business Relief Grant', es: 'Subvención de ayuda' } },
      { label: { en: 'Upload your tax return', es: 'Suba su declaración de impuestos' }, url: 'javascript:alert(1)' });
    const { el } = await show([doc], { lang: 'es' });
    expect(text(calendarLink(el))).to.equal(es.addToCalendar);
    const event = parseEvent(calendarFile(calendarLink(el)!));
    expect(event.getFirstPropertyValue('summary')).to.equal('Suba su declaración de impuestos (Subvención de ayuda)');
    expect(event.getFirstPropertyValue('description')).to.equal(null);
  });

  it('lets nothing from the server add a property or an event: CR/LF, ";", "," and "\\" in every field', async () => {
    const hostile = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected;a,b\\c\nLOCATION:here\rATTACH:file';
    const url = 'https://agency.example.gov/upload?a=1,2;b=%0D%0AX:1&c=\\';
    const doc = due('2099-07-20', { title: `Grant ${hostile}`, applicationId: `A-1 ${hostile}` }, { label: `Upload ${hostile}`, url });
    doc.steps[1].id = `documents ${hostile}`;
    const { el } = await show([doc]);
    const file = calendarFile(calendarLink(el)!);
    const names = file.split('\r\n').filter((line) => line && !line.startsWith(' ')).map((line) => line.split(/[:;]/)[0]);
    expect(names).to.deep.equal(['BEGIN', 'VERSION', 'PRODID', 'BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'DESCRIPTION', 'END', 'END']);
    // As written (unfolded): every special character escaped (RFC 5545 3.3.11).
    const escaped = 'x\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:injected\\;a\\,b\\\\c\\nLOCATION:here\\nATTACH:file';
    const unfolded = file.replace(/\r\n /g, '');
    expect(unfolded).to.contain(`\r\nSUMMARY:Upload ${escaped} (Grant ${escaped})\r\n`);
    expect(unfolded).to.contain(`\r\nDESCRIPTION:${new URL(url).href.replace(/[\\;,]/g, '\\$&')}\r\n`);
    const event = parseEvent(file);
    const unescaped = 'x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected;a,b\\c\nLOCATION:here\nATTACH:file';
    expect(event.getFirstPropertyValue('summary')).to.equal(`Upload ${unescaped} (Grant ${unescaped})`);
    expect(event.getFirstPropertyValue('description')).to.equal(new URL(url).href);
    expect(new URL(url).href, 'a URL with the characters to escape').to.match(/,.*;.*\\/);
    expect(event.getAllProperties().map((p) => p.name).sort()).to.deep.equal(['description', 'dtstamp', 'dtstart', 'summary', 'uid']);
  });

  it('folds long lines at 75 octets of UTF-8, never inside a character, and unfolds to the same text', async () => {
    const label = `${'Suba su declaración de impuestos — 上传您的报税表 🙂 '.repeat(4)}end`;
    const doc = due('2099-07-20', { title: undefined }, { label, url: undefined });
    delete doc.title;
    // A lone surrogate cannot be written as UTF-8: it is dropped rather than breaking the link.
    doc.steps[1].action!.label = `${label}\uD800`;
    const { el } = await show([doc]);
    const file = calendarFile(calendarLink(el)!);
    const encoder = new TextEncoder();
    const lines = file.split('\r\n');
    expect(lines.filter((line) => line.startsWith(' ')).length, 'folded lines').to.be.at.least(3);
    for (const line of lines) expect(encoder.encode(line).length, line).to.be.at.most(75);
    // Every line is whole UTF-8 text on its own: no character was cut in two.
    for (const line of lines) expect(line).not.to.match(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(parseEvent(file).getFirstPropertyValue('summary')).to.equal(label);
  });

  it('stands apart from the action\'s own link, on a line of its own, even at 320 px in Spanish', async () => {
    const { el } = await show([due('2099-07-20')], { lang: 'es', style: 'display: block; width: 320px' });
    const action = part(el, 'action')!.querySelector<HTMLAnchorElement>('a:not([download])')!;
    const [actionBox, calendarBox] = [action, calendarLink(el)!].map((link) => link.getBoundingClientRect());
    expect(calendarBox.top, 'below the action link').to.be.at.least(actionBox.bottom);
    expect(calendarBox.height, 'a target of at least 24 px').to.be.at.least(24);
  });

  it('is offered only for an action still due on a step waiting on the applicant', async () => {
    const noDate = due('2099-07-20');
    delete noDate.steps[1].action!.dueDate;
    expect(calendarLink((await show([noDate])).el)).to.equal(null);
    const done = due('2099-07-20');
    done.steps[1].state = 'complete';
    expect(calendarLink((await show([done])).el)).to.equal(null);
  });

  it('stamps a status without updatedAt with when it was first shown: an unchanged refresh changes nothing', async () => {
    const doc = due('2099-07-20');
    delete doc.updatedAt;
    const { el } = await show([doc]);
    const stamp = /\r\nDTSTAMP:(\d{8}T\d{6}Z)\r\n/.exec(calendarFile(calendarLink(el)!))![1];
    const shown = new Date(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13)}`);
    expect(Math.abs(Date.now() - shown.getTime()), 'shown moments ago').to.be.below(60_000);
    const mutations = watchMutations(el);
    await el.refresh();
    await el.updateComplete;
    expect(mutations.records().map(describeMutation)).to.deep.equal([]);
    mutations.stop();
  });

  it('costs no request: the file is made in the page', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el } = await show([due('2099-07-20')]);
    const after = performance.getEntriesByType('resource').length;
    calendarFile(calendarLink(el)!);
    // The endpoint's one request (and the script's log), nothing for the calendar.
    expect(after - before).to.be.at.most(2);
    expect(calendarLink(el)!.getAttribute('href')!.startsWith('data:')).to.equal(true);
  });
});

describe('action-click', () => {
  it('tells the page which step\'s action was followed, and nothing else', async () => {
    const { el } = await show([due('2099-07-20')]);
    // Stay on this page: the link's own navigation is cancelled once the event has been seen.
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      const clicked = oneEvent(document, 'action-click');
      const link = [...part(el, 'action')!.querySelectorAll('a')].find((a) => text(a) === 'Upload your tax return')!;
      link.click();
      const event = await clicked;
      expect(event.detail).to.deep.equal({ stepId: 'documents' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(JSON.stringify(event.detail)).not.to.contain('WY-2020');
      let more = 0;
      document.addEventListener('action-click', () => more++, { once: true });
      calendarLink(el)!.click();
      expect(more, 'the calendar link is not the action').to.equal(0);
    } finally {
      document.removeEventListener('click', stay);
    }
  });
});

describe('printing', () => {
  afterEach(() => dispatchEvent(new Event('afterprint')));

  // How the print stylesheet looks (no buttons, addresses written out) needs print-media emulation:
  // test/chromium-only/emulation.test.ts.
  it('writes the history out while printing, leaves the applicant\'s choice alone, and listens only while on the page', async () => {
    const doc = { ...due('2099-07-20'), history: [{ date: '2020-07-09T10:00:00Z', text: 'Eligibility confirmed.' }] };
    const { el } = await show([doc]);
    expect(root(el).textContent, 'collapsed on screen').not.to.contain('Eligibility confirmed.');
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(text(root(el).querySelector('.entries'))).to.contain('Eligibility confirmed.');
    expect(root(el).querySelector('details')!.open, 'the applicant\'s choice is left alone').to.equal(false);

    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).textContent).not.to.contain('Eligibility confirmed.');
    // Removed from the page, it no longer listens for printing.
    const parent = el.parentElement!;
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    parent.append(el);
    await el.updateComplete;
    expect(root(el).textContent, 'beforeprint while removed').not.to.contain('Eligibility confirmed.');
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(root(el).textContent, 'listening again once back').to.contain('Eligibility confirmed.');
  });
});

describe('validation of `expected`', () => {
  const withExpected = (expected: unknown) => ({ applicationId: 'A-1', steps: [{ id: 'a', label: 'A', state: 'upcoming' }, { id: 'b', label: 'B', state: 'upcoming', expected }] });
  const errorOf = (doc: unknown) => {
    try {
      validateStatusDocument(doc);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts a date, a date-time and a range, and keeps them', () => {
    expect(validateStatusDocument(withExpected('2020-07-30')).steps[1].expected).to.equal('2020-07-30');
    expect(validateStatusDocument(withExpected({ from: '2020-07-20', to: '2020-07-30', note: 'x' })).steps[1].expected)
      .to.deep.equal({ from: '2020-07-20', to: '2020-07-30' });
    expect(errorOf(withExpected({ from: '2020-07-30', to: '2020-07-30' }))).to.equal(undefined);
    expect(errorOf(withExpected(null))).to.equal(undefined);
  });

  it('names the field of a bad one', () => {
    expect(errorOf(withExpected('2020-02-30'))).to.match(/^steps\[1\]\.expected: expected an ISO 8601 date/);
    expect(errorOf(withExpected(20200730))).to.match(/^steps\[1\]\.expected: expected an ISO 8601 date/);
    expect(errorOf(withExpected({ from: '2020-07-20' }))).to.match(/^steps\[1\]\.expected\.to: expected an ISO 8601 date/);
    expect(errorOf(withExpected({ from: 'soon', to: '2020-07-30' }))).to.match(/^steps\[1\]\.expected\.from: expected an ISO 8601 date/);
    expect(errorOf(withExpected({ from: '2020-07-31', to: '2020-07-30' })))
      .to.equal('steps[1].expected.from: expected a date on or before steps[1].expected.to');
  });

  it('agrees with the JSON Schema on every form the schema can judge', async () => {
    const schema = await (await fetch('/schema/status.schema.json')).json();
    const validator = new Validator(schema, '2020-12', false);
    const schemaAccepts = (doc: unknown) => validator.validate(doc).valid;
    for (const good of ['2020-07-30', '2020-07-30T17:00:00Z', { from: '2020-07-20', to: '2020-07-30' }, null]) {
      expect(schemaAccepts(withExpected(good)), JSON.stringify(good)).to.equal(true);
      expect(errorOf(withExpected(good)), JSON.stringify(good)).to.equal(undefined);
    }
    for (const bad of ['2020-02-30', 'July 30', 20200730, { from: '2020-07-20' }, { to: 'soon' }, ['2020-07-30']]) {
      expect(schemaAccepts(withExpected(bad)), JSON.stringify(bad)).to.equal(false);
      expect(errorOf(withExpected(bad)), JSON.stringify(bad)).to.be.a('string');
    }
  });
});
