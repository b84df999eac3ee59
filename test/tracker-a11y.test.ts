/**
 * axe in every state an applicant can meet, in English and Spanish: loading, each step state, each
 * outcome, each error, a stale status after a failed refresh, and the lookup form.
 */
import { fixture, html, expect, waitUntil, aTimeout } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import '../src/index.js';
import type { ApplicantStatusTracker, StatusErrorDetail, StatusUpdateDetail } from '../src/index.js';
import { en, es } from '../src/messages.js';
import { useMockApi, worker } from './support/msw.js';

useMockApi();

let counter = 0;
const uniquePath = (name: string) => `/mock-a11y/${name}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

interface Mounted {
  el: ApplicantStatusTracker;
  errors: StatusErrorDetail[];
  updates: StatusUpdateDetail[];
}

/** Mounts a tracker inside a page section in `lang`, answering with `reply` (by request count). */
async function mount(lang: string, reply: (call: number) => Response | Promise<Response>, attrs: Record<string, string> = {}): Promise<Mounted> {
  const base = uniquePath('api');
  let calls = 0;
  worker.use(http.get(`${base}/:id`, () => reply(++calls)));
  const page = await fixture<HTMLElement>(html`<main lang=${lang}><h1>Application status</h1></main>`);
  const el = document.createElement('applicant-status-tracker');
  for (const [name, value] of Object.entries({ endpoint: `${base}/{id}`, 'application-id': 'WY-2020-00123', 'refresh-interval': '0', ...attrs })) {
    el.setAttribute(name, value);
  }
  const errors: StatusErrorDetail[] = [];
  const updates: StatusUpdateDetail[] = [];
  el.addEventListener('status-error', (e) => errors.push(e.detail));
  el.addEventListener('status-update', (e) => updates.push(e.detail));
  page.append(el);
  await el.updateComplete;
  return { el, errors, updates };
}

const settle = async (m: Mounted, what: () => boolean) => {
  await waitUntil(what, 'the state was not reached', { timeout: 3000 });
  await m.el.updateComplete;
};

const text = (value: string) => ({ en: value, es: `${value} (es)` });

/** The spec's example, every field filled, with `state` on the third step. */
const fullDoc = (state: string, outcome?: string) => ({
  applicationId: 'WY-2020-00123',
  title: text('Business Relief Grant'),
  updatedAt: '2020-08-01T15:04:05Z',
  updateSchedule: text('Statuses are updated every weekday evening.'),
  ...(outcome ? { outcome } : {}),
  notice: text('Payments are delayed this week due to the holiday.'),
  steps: [
    { id: 'received', label: text('Application received'), state: 'complete', date: '2020-07-01' },
    { id: 'review', label: text('Eligibility review'), state: 'skipped' },
    {
      id: 'documents', label: text('Documents'), state, date: '2020-07-10',
      description: text('We need your 2019 tax return.'),
      action: { label: text('Upload your tax return'), url: 'https://agency.example.gov/upload', dueDate: '2020-07-20' },
    },
    { id: 'decision', label: text('Decision'), state: outcome ? 'complete' : 'upcoming', date: '2020-07-30' },
    { id: 'payment', label: text('Payment sent'), state: outcome === 'denied' ? 'failed' : outcome ? 'complete' : 'upcoming' },
  ],
  history: [{ date: '2020-07-09T10:00:00Z', text: text('Eligibility confirmed.') }],
  contact: { phone: '1-800-555-0100', email: 'grants@agency.example.gov', url: 'https://agency.example.gov/help' },
});

const ERRORS: [string, () => Response][] = [
  ['not-found', () => new HttpResponse(null, { status: 404 })],
  ['unauthorized', () => new HttpResponse(null, { status: 401 })],
  ['rate-limited', () => new HttpResponse(null, { status: 429 })],
  ['server', () => new HttpResponse(null, { status: 503 })],
  ['network', () => HttpResponse.error()],
  ['invalid-response', () => HttpResponse.json({ applicationId: 'WY-2020-00123', steps: [] })],
];

for (const lang of ['en', 'es'] as const) {
  const strings = lang === 'en' ? en : es;

  describe(`<applicant-status-tracker> accessibility (${lang})`, () => {
    it('loading', async () => {
      const m = await mount(lang, async () => {
        await delay(250);
        return HttpResponse.json(fullDoc('current'));
      });
      expect(clean(m.el.shadowRoot!.textContent)).to.contain(strings.loading);
      await expect(m.el).to.be.accessible();
      await settle(m, () => m.updates.length === 1); // let the response land before the next test
    });

    for (const state of ['complete', 'current', 'action-required', 'upcoming', 'skipped', 'failed']) {
      it(`a status whose step is ${state}`, async () => {
        const m = await mount(lang, () => HttpResponse.json(fullDoc(state)));
        await settle(m, () => m.updates.length === 1);
        expect(clean(m.el.shadowRoot!.textContent)).to.contain(strings[`state.${state}` as 'state.complete']);
        await expect(m.el).to.be.accessible();
      });
    }

    for (const outcome of ['approved', 'denied', 'withdrawn', 'closed']) {
      it(`the outcome ${outcome}`, async () => {
        const m = await mount(lang, () => HttpResponse.json(fullDoc('complete', outcome)));
        await settle(m, () => m.updates.length === 1);
        expect(clean(m.el.shadowRoot!.textContent)).to.contain(strings[`outcome.${outcome}` as 'outcome.approved']);
        await expect(m.el).to.be.accessible();
      });
    }

    it('the history opened', async () => {
      const m = await mount(lang, () => HttpResponse.json(fullDoc('action-required')));
      await settle(m, () => m.updates.length === 1);
      const details = m.el.shadowRoot!.querySelector('details');
      expect(details, 'history').to.exist;
      details!.open = true;
      await expect(m.el).to.be.accessible();
    });

    for (const [kind, reply] of ERRORS) {
      it(`the ${kind} error`, async () => {
        const m = await mount(lang, reply);
        await settle(m, () => m.errors.length === 1);
        expect(m.errors[0].kind).to.equal(kind);
        expect(clean(m.el.shadowRoot!.textContent)).to.contain(strings[`error.${kind}` as 'error.server']);
        await expect(m.el).to.be.accessible();
      });
    }

    it('the timeout error', async () => {
      const m = await mount(lang, async () => {
        await delay(200);
        return HttpResponse.json(fullDoc('current'));
      }, { timeout: '0.05' });
      await settle(m, () => m.errors.length === 1);
      expect(m.errors[0].kind).to.equal('timeout');
      await expect(m.el).to.be.accessible();
      await aTimeout(200); // let the mocked delay finish
    });

    it('a stale status after a failed refresh', async () => {
      const m = await mount(lang, (call) => (call === 1 ? HttpResponse.json(fullDoc('action-required')) : new HttpResponse(null, { status: 500 })));
      await settle(m, () => m.updates.length === 1);
      await m.el.refresh();
      await m.el.updateComplete;
      expect(clean(m.el.shadowRoot!.textContent)).to.contain(strings.stale);
      await expect(m.el).to.be.accessible();
    });

    it('the lookup form, and its validation errors', async () => {
      const page = await fixture<HTMLElement>(html`<main lang=${lang}><h1>Application status</h1></main>`);
      const el = document.createElement('applicant-status-tracker');
      el.setAttribute('endpoint', `${uniquePath('lookup')}/{id}`);
      el.setAttribute('refresh-interval', '0');
      page.append(el);
      await el.updateComplete;
      const form = el.shadowRoot!.querySelector('form');
      expect(form, 'lookup form').to.exist;
      await expect(el).to.be.accessible();
      form!.requestSubmit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}
