/**
 * axe in every state an applicant can meet, in English and Spanish: loading, each step state, each
 * outcome, each error, a stale status after a failed refresh, and the lookup form.
 */
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { en, es } from '../src/i18n/messages.js';
import { bilingualSpecExample, gate, mount as mountTracker, shadowText, type Mounted } from './support/index.js';
import { useMockApi, worker, uniquePath } from './support/msw.js';

useMockApi();

/** Mounts a tracker inside a page section in `lang`, answering with `reply` (by request count). */
async function mount(lang: string, reply: (call: number) => Response | Promise<Response>, attrs: Record<string, string> = {}): Promise<Mounted> {
  const base = uniquePath('a11y');
  let calls = 0;
  worker.use(http.get(`${base}/:id`, () => reply(++calls)));
  const page = await fixture<HTMLElement>(html`<main lang=${lang}><h1>Application status</h1></main>`);
  return mountTracker({ endpoint: `${base}/{id}`, 'application-id': 'WY-2020-00123', ...attrs }, { parent: page });
}

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
      const answer = gate();
      const m = await mount(lang, async () => {
        await answer.opened;
        return HttpResponse.json(bilingualSpecExample('current'));
      });
      expect(shadowText(m.el)).to.contain(strings.loading);
      await expect(m.el).to.be.accessible();
      answer.open();
      await m.loaded(); // let the response land before the next test
    });

    for (const state of ['complete', 'current', 'action-required', 'upcoming', 'skipped', 'failed']) {
      it(`a status whose step is ${state}`, async () => {
        const m = await mount(lang, () => HttpResponse.json(bilingualSpecExample(state)));
        await m.loaded();
        expect(shadowText(m.el)).to.contain(strings[`state.${state}` as 'state.complete']);
        await expect(m.el).to.be.accessible();
      });
    }

    for (const outcome of ['approved', 'denied', 'withdrawn', 'closed']) {
      it(`the outcome ${outcome}`, async () => {
        const m = await mount(lang, () => HttpResponse.json(bilingualSpecExample('complete', outcome)));
        await m.loaded();
        expect(shadowText(m.el)).to.contain(strings[`outcome.${outcome}` as 'outcome.approved']);
        await expect(m.el).to.be.accessible();
      });
    }

    it('the history opened', async () => {
      const m = await mount(lang, () => HttpResponse.json(bilingualSpecExample('action-required')));
      await m.loaded();
      const details = m.el.shadowRoot!.querySelector('details');
      expect(details, 'history').to.exist;
      details!.open = true;
      await oneEvent(details!, 'toggle');
      await m.el.updateComplete;
      expect(details!.querySelectorAll('li')).to.have.length(1);
      await expect(m.el).to.be.accessible();
    });

    for (const [kind, reply] of ERRORS) {
      it(`the ${kind} error`, async () => {
        const m = await mount(lang, reply);
        await m.failed();
        expect(m.errors[0].kind).to.equal(kind);
        expect(shadowText(m.el)).to.contain(strings[`error.${kind}` as 'error.server']);
        await expect(m.el).to.be.accessible();
      });
    }

    it('the timeout error', async () => {
      const never = gate(); // opened once the widget gave up
      const m = await mount(lang, async () => {
        await never.opened;
        return HttpResponse.json(bilingualSpecExample('current'));
      }, { timeout: '0.05' });
      await m.failed();
      expect(m.errors[0].kind).to.equal('timeout');
      await expect(m.el).to.be.accessible();
      never.open();
    });

    it('a stale status after a failed refresh', async () => {
      const m = await mount(lang, (call) => (call === 1 ? HttpResponse.json(bilingualSpecExample('action-required')) : new HttpResponse(null, { status: 500 })));
      await m.loaded();
      await m.el.refresh();
      await m.el.updateComplete;
      expect(shadowText(m.el)).to.contain(strings.stale);
      await expect(m.el).to.be.accessible();
    });

    it('the lookup form, and its validation errors', async () => {
      const page = await fixture<HTMLElement>(html`<main lang=${lang}><h1>Application status</h1></main>`);
      const { el } = await mountTracker({ endpoint: `${uniquePath('lookup')}/{id}` }, { parent: page });
      const form = el.shadowRoot!.querySelector('form');
      expect(form, 'lookup form').to.exist;
      await expect(el).to.be.accessible();
      form!.requestSubmit();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}
