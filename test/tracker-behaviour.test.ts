/**
 * What an agency's page relies on: events, the `status` property and `refresh()`, the request the
 * widget makes (URL, credentials), `transform`, switching applications, language, registration,
 * the light-DOM fallback, and that no field of a response is ever treated as HTML or a script URL.
 */
import { fixture, html, expect, oneEvent, aTimeout } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApplicantStatusTracker, type StatusDocument, type StatusUpdateDetail } from '../src/index.js';
import { en, es, format } from '../src/i18n/messages.js';
import { useMockApi, worker, serveMock as serve, uniquePath } from './support/msw.js';
import { bilingualDoc, gate, spokenStatus, headingText, mount, reviewDoc, screenText, shadowText } from './support/index.js';

useMockApi();

/** Three steps; the second, in progress, names the application: "Step 2 of 3: Review of A-1". */
const docFor = (applicationId: string, label = `Review of ${applicationId}`) => reviewDoc(applicationId, label);

/** Records window.fetch calls made by the widget; restored after each test. */
let restoreFetch: (() => void) | undefined;
function spyOnFetch(): { url: string; init?: RequestInit }[] {
  const original = window.fetch;
  const calls: { url: string; init?: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    return original.call(window, input, init);
  };
  restoreFetch = () => (window.fetch = original);
  return calls;
}
afterEach(() => {
  restoreFetch?.();
  restoreFetch = undefined;
});

describe('<applicant-status-tracker> behaviour', () => {
  describe('status-update', () => {
    it('fires once with { status, previous: null }, bubbling and composed out of a shadow root, after rendering', async () => {
      const { endpoint } = serve({ ...docFor('A-1'), internal: 'dropped' });
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const host = document.createElement('div');
      outer.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const seen: { event: CustomEvent<StatusUpdateDetail>; heading: string }[] = [];
      outer.addEventListener('status-update', (e) => {
        const tracker = root.querySelector('applicant-status-tracker')!;
        seen.push({ event: e, heading: headingText(tracker) });
      });
      const m = await mount({ endpoint, 'application-id': 'A-1' }, { parent: root });
      await m.loaded();

      expect(seen).to.have.length(1);
      const { event, heading } = seen[0];
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.previous).to.equal(null);
      expect(event.detail.status).to.deep.equal(docFor('A-1'));
      expect(event.detail.status).to.equal(m.el.status);
      // "has been rendered": the page can read the new status off the screen when the event arrives.
      expect(heading).to.equal('Step 2 of 3: Review of A-1');
    });

    it('fires on a changed status with the previous one', async () => {
      const { endpoint } = serve((call: number) => docFor('A-1', call === 1 ? 'Review' : 'Final review'));
      const m = await mount({ endpoint, 'application-id': 'A-1' });
      await m.loaded();
      await m.el.refresh();
      await m.loaded(2);
      expect(m.updates).to.have.length(2);
      expect(m.updates[1].previous).to.deep.equal(docFor('A-1', 'Review'));
      expect(m.updates[1].status).to.deep.equal(docFor('A-1', 'Final review'));
      expect(headingText(m.el)).to.equal('Step 2 of 3: Final review');
    });

    it('does not fire when a refresh returns the same status (even with fields in another order)', async () => {
      const { endpoint, requests } = serve((call: number) => {
        const doc = docFor('A-1');
        return call === 1 ? doc : { steps: doc.steps.map((s) => ({ state: s.state, label: s.label, id: s.id })), applicationId: 'A-1' };
      });
      const m = await mount({ endpoint, 'application-id': 'A-1' });
      await m.loaded();
      const first = m.el.status;
      await m.el.refresh();
      await m.el.refresh();
      await m.el.updateComplete;
      expect(requests).to.have.length(3);
      expect(m.updates).to.have.length(1);
      expect(m.el.status).to.equal(first);
      expect(m.errors).to.have.length(0);
    });
  });

  describe('status and refresh()', () => {
    it('status is null until loaded, then the validated document without unknown fields', async () => {
      const answer = gate();
      const { endpoint } = serve(async () => {
        await answer.opened;
        return { ...docFor('A-1'), internalCode: 'X9', steps: docFor('A-1').steps.map((s) => ({ ...s, color: 'red' })) };
      });
      const m = await mount({ endpoint, 'application-id': 'A-1' });
      expect(m.el.status).to.equal(null);
      answer.open();
      await m.loaded();
      expect(m.el.status).to.deep.equal(docFor('A-1'));
    });

    it('refresh() fetches now and resolves once the new status is rendered', async () => {
      const { endpoint, requests } = serve((call: number) => docFor('A-1', `Review ${call}`));
      const m = await mount({ endpoint, 'application-id': 'A-1' });
      await m.loaded();
      expect(requests).to.have.length(1);
      await m.el.refresh();
      expect(requests).to.have.length(2);
      expect(m.el.status!.steps[1].label).to.equal('Review 2');
      await m.el.updateComplete;
      expect(headingText(m.el)).to.equal('Step 2 of 3: Review 2');
    });

    it('refresh() with nothing to fetch resolves without a request', async () => {
      const calls = spyOnFetch();
      const m = await mount({});
      await m.el.refresh();
      expect(calls).to.have.length(0);
    });

    it('moving the element while it loads still loads the status', async () => {
      const answer = gate();
      const { endpoint } = serve(async () => {
        await answer.opened;
        return docFor('A-1');
      });
      const m = await mount({ endpoint, 'application-id': 'A-1' });
      const other = await fixture<HTMLDivElement>(html`<div></div>`);
      other.append(m.el);
      answer.open();
      await m.loaded();
      expect(headingText(m.el)).to.equal('Step 2 of 3: Review of A-1');
    });
  });

  describe('changing application-id', () => {
    it('aborts the old request and never shows its result', async () => {
      const calls = spyOnFetch();
      const base = uniquePath('switch');
      // The old answer is held back until the new one is on screen, then let go.
      const oldArrived = gate();
      const releaseOld = gate();
      const oldAnswered = gate();
      worker.use(
        http.get(`${base}/OLD-1`, async () => {
          oldArrived.open();
          await releaseOld.opened;
          queueMicrotask(oldAnswered.open);
          return HttpResponse.json(docFor('OLD-1', 'Old applicant step'));
        }),
        http.get(`${base}/NEW-2`, () => HttpResponse.json(docFor('NEW-2', 'New applicant step'))),
      );
      const m = await mount({ endpoint: `${base}/{id}`, 'application-id': 'OLD-1' });
      await oldArrived.opened;
      m.el.applicationId = 'NEW-2';
      await m.loaded();
      releaseOld.open();
      await oldAnswered.opened;
      await m.el.updateComplete;

      expect(calls.map((c) => new URL(c.url).pathname)).to.deep.equal([`${base}/OLD-1`, `${base}/NEW-2`]);
      expect(calls[0].init?.signal?.aborted, 'old request aborted').to.equal(true);
      expect(m.updates.map((u) => u.status.applicationId)).to.deep.equal(['NEW-2']);
      expect(m.el.status!.applicationId).to.equal('NEW-2');
      expect(shadowText(m.el)).to.contain('New applicant step');
      expect(shadowText(m.el)).not.to.contain('Old applicant step');
      expect(m.errors).to.have.length(0);
    });

    it('clears the previous application from the screen at once, live region included', async () => {
      const base = uniquePath('clear');
      const second = gate();
      worker.use(
        http.get(`${base}/A-1`, () => HttpResponse.json(docFor('A-1', 'First applicant step'))),
        http.get(`${base}/B-2`, async () => {
          await second.opened;
          return HttpResponse.json(docFor('B-2', 'Second applicant step'));
        }),
      );
      const m = await mount({ endpoint: `${base}/{id}`, 'application-id': 'A-1' });
      await m.loaded();
      m.el.applicationId = 'B-2';
      await m.el.updateComplete;
      expect(m.el.status).to.equal(null);
      const onScreen = screenText(m.el);
      const live = spokenStatus(m.el);
      second.open();
      await m.loaded(2);
      expect(onScreen, 'on screen').not.to.contain('First applicant step');
      expect(onScreen, 'on screen').to.contain(en.loading);
      expect(m.updates[1]).to.deep.equal({ status: docFor('B-2', 'Second applicant step'), previous: null });
      // The visually hidden live region is read by screen readers too: it must not keep the previous applicant's status.
      expect(live, 'live region').not.to.contain('First applicant step');
    });

    it('never shows the old application when its (async) transform finishes after the switch', async () => {
      const { endpoint } = serve((_call: number, request: Request) => docFor(decodeURIComponent(new URL(request.url).pathname.split('/').pop()!)));
      const oldTransformRunning = gate();
      const releaseOld = gate();
      let oldTransformDone: Promise<StatusDocument> = Promise.resolve({} as StatusDocument);
      const transform = (body: unknown) => {
        if ((body as StatusDocument).applicationId !== 'OLD-1') return body as StatusDocument;
        oldTransformRunning.open();
        return (oldTransformDone = releaseOld.opened.then(() => body as StatusDocument));
      };
      const m = await mount({ endpoint, 'application-id': 'OLD-1' }, { setup: (el) => (el.transform = transform) });
      await oldTransformRunning.opened;
      m.el.applicationId = 'NEW-2';
      await m.loaded();
      releaseOld.open();
      await oldTransformDone;
      await m.el.updateComplete;
      expect(m.updates.map((u) => u.status.applicationId)).to.deep.equal(['NEW-2']);
      expect(m.el.status!.applicationId).to.equal('NEW-2');
      expect(headingText(m.el)).to.equal('Step 2 of 3: Review of NEW-2');
    });
  });

  describe('the request', () => {
    it('URL-encodes the application id into {id}', async () => {
      const id = 'WY 2020/00123?x=1#frag&é';
      const { endpoint, requests } = serve(docFor(id));
      const m = await mount({ endpoint, 'application-id': id });
      await m.loaded();
      const url = new URL(requests[0].url);
      expect(url.pathname).to.equal(endpoint.replace('{id}', 'WY%202020%2F00123%3Fx%3D1%23frag%26%C3%A9'));
      expect(url.search).to.equal('');
      expect(url.hash).to.equal('');
    });

    it('replaces every {id}, in the path and the query', async () => {
      const base = uniquePath('twice');
      const requests: Request[] = [];
      worker.use(http.get(`${base}/*`, ({ request }) => {
        requests.push(request);
        return HttpResponse.json(docFor('A 1'));
      }));
      const m = await mount({ endpoint: `${base}/{id}/status?id={id}`, 'application-id': 'A 1' });
      await m.loaded();
      const url = new URL(requests[0].url);
      expect(url.pathname).to.equal(`${base}/A%201/status`);
      expect(url.searchParams.get('id')).to.equal('A 1');
    });

    it('fetches an endpoint without {id} as is, with or without application-id', async () => {
      const base = uniquePath('mine');
      const requests: Request[] = [];
      worker.use(http.get(`${base}/my-application`, ({ request }) => {
        requests.push(request);
        return HttpResponse.json(docFor('A-1'));
      }));
      const endpoint = `${base}/my-application?lang=en&v=2`;
      const first = await mount({ endpoint });
      await first.loaded();
      const second = await mount({ endpoint, 'application-id': 'IGNORED-1' });
      await second.loaded();
      expect(requests.map((r) => r.url)).to.deep.equal([new URL(endpoint, location.href).href, new URL(endpoint, location.href).href]);
      expect(headingText(first.el)).to.equal('Step 2 of 3: Review of A-1');
    });

    it('resolves a relative endpoint against the page', async () => {
      const calls = spyOnFetch();
      const name = uniquePath('relative').slice(1);
      const absolute = new URL(`${name}/A-1`, document.baseURI);
      worker.use(http.get(absolute.pathname, () => HttpResponse.json(docFor('A-1'))));
      const m = await mount({ endpoint: `${name}/{id}`, 'application-id': 'A-1' });
      await m.loaded();
      expect(calls[0].url).to.equal(absolute.href);
    });

    it('asks for JSON with GET', async () => {
      const { endpoint, requests } = serve(docFor('A-1'));
      const m = await mount({ endpoint, 'application-id': 'A-1' });
      await m.loaded();
      expect(requests[0].method).to.equal('GET');
      expect(requests[0].headers.get('Accept')).to.contain('application/json');
    });

    it('makes no request with no endpoint, or with {id} and no application-id', async () => {
      const calls = spyOnFetch();
      await mount({});
      await mount({ endpoint: `${uniquePath('none')}/{id}` });
      expect(calls).to.have.length(0);
    });

    for (const [attribute, expected] of [[undefined, 'same-origin'], ['include', 'include'], ['omit', 'omit'], ['same-origin', 'same-origin']] as const) {
      it(`passes credentials ${attribute ? `="${attribute}"` : '(default)'} to fetch as "${expected}"`, async () => {
        const calls = spyOnFetch();
        const { endpoint, requests } = serve(docFor('A-1'));
        const m = await mount({ endpoint, 'application-id': 'A-1', ...(attribute ? { credentials: attribute } : {}) });
        await m.loaded();
        expect(calls[0].init?.credentials).to.equal(expected);
        expect(requests[0].credentials).to.equal(expected);
      });
    }
  });

  describe('transform', () => {
    const agencyShape = { case: { number: 'WY-7', status: 'IN_REVIEW' } };
    const fromAgency = (body: unknown): StatusDocument => {
      const c = (body as typeof agencyShape).case;
      return {
        applicationId: c.number,
        steps: [
          { id: 'received', label: 'Received', state: 'complete' },
          { id: 'review', label: 'In review', state: c.status === 'IN_REVIEW' ? 'current' : 'upcoming' },
        ],
      };
    };

    it('adapts an agency\'s own shape (sync), given the parsed body and the Response', async () => {
      const { endpoint } = serve(agencyShape);
      const seen: { body: unknown; response: Response }[] = [];
      const m = await mount({ endpoint, 'application-id': 'WY-7' }, {
        setup: (el) => (el.transform = (body, response) => {
          seen.push({ body, response });
          return fromAgency(body);
        }),
      });
      await m.loaded();
      expect(seen).to.have.length(1);
      expect(seen[0].body).to.deep.equal(agencyShape);
      expect(seen[0].response).to.be.instanceOf(Response);
      expect(seen[0].response.status).to.equal(200);
      expect(headingText(m.el)).to.equal('Step 2 of 2: In review');
      expect(m.el.status!.applicationId).to.equal('WY-7');
    });

    it('adapts asynchronously', async () => {
      const { endpoint } = serve(agencyShape);
      const m = await mount({ endpoint, 'application-id': 'WY-7' }, {
        setup: (el) => (el.transform = async (body) => {
          await Promise.resolve();
          return fromAgency(body);
        }),
      });
      await m.loaded();
      expect(headingText(m.el)).to.equal('Step 2 of 2: In review');
    });

    it('validates its result: a bad result is invalid-response naming the field; unknown fields are dropped', async () => {
      const { endpoint } = serve(agencyShape);
      const m = await mount({ endpoint, 'application-id': 'WY-7' }, {
        setup: (el) => (el.transform = () => ({ applicationId: 'WY-7', steps: [{ id: 'a', label: 'A', state: 'IN_REVIEW' }] }) as never),
      });
      await m.failed();
      expect(m.errors[0].kind).to.equal('invalid-response');
      expect(m.errors[0].message).to.equal('steps[0].state: expected one of complete, current, action-required, upcoming, skipped, failed');

      const ok = await mount({ endpoint, 'application-id': 'WY-7' }, {
        setup: (el) => (el.transform = (body) => ({ ...fromAgency(body), raw: body }) as StatusDocument),
      });
      await ok.loaded();
      expect(ok.el.status).to.deep.equal(fromAgency(agencyShape));
    });

    for (const [name, transform] of [
      ['throws', () => { throw new TypeError('Cannot read properties of undefined (reading \'status\')'); }],
      ['rejects', async () => { throw new Error('unexpected shape'); }],
    ] as const) {
      it(`a transform that ${name} → invalid-response`, async () => {
        const { endpoint } = serve(agencyShape);
        const m = await mount({ endpoint, 'application-id': 'WY-7' }, { setup: (el) => (el.transform = transform) });
        await m.failed();
        await m.el.updateComplete;
        expect(m.errors[0].kind).to.equal('invalid-response');
        expect(m.errors[0].httpStatus).to.equal(200);
        expect(m.errors[0].message).to.contain('transform');
        expect(headingText(m.el)).to.equal('We could not read your status.');
      });
    }
  });

  describe('language', () => {
    /** After a lang change: its observer runs first (a microtask), then the update it asked for. */
    const languageFollowed = async (el: ApplicantStatusTracker) => {
      await Promise.resolve();
      await el.updateComplete;
    };

    let savedLang: string | null;
    beforeEach(() => (savedLang = document.documentElement.getAttribute('lang')));
    afterEach(() => {
      if (savedLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', savedLang);
    });

    const expectSpanish = (el: ApplicantStatusTracker) => {
      expect(headingText(el)).to.equal(format(es.stepOf, { n: 2, total: 3, label: 'Documentos' }));
      expect(headingText(el)).to.match(/^Paso 2 de 3/); // the pack really is Spanish
      const text = screenText(el);
      for (const key of ['waitingOnYou', 'state.complete', 'state.action-required', 'state.upcoming'] as const) {
        expect(text, key).to.contain(es[key]);
        expect(text, key).not.to.contain(en[key]);
      }
      expect(text).to.contain('Solicitud recibida');
      expect(text).to.contain('Pago enviado');
      expect(text).to.contain(format(es.applicationNumber, { id: 'A-1' }));
      expect(text).not.to.contain('Payment sent');
    };
    const expectEnglish = (el: ApplicantStatusTracker) => {
      expect(headingText(el)).to.equal('Step 2 of 3: Documents');
      expect(screenText(el)).to.contain('Payment sent');
      expect(screenText(el)).to.contain(en['state.upcoming']);
      expect(screenText(el)).not.to.contain(es['state.upcoming']);
    };

    it('uses the element\'s own lang', async () => {
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1', lang: 'es' });
      await m.loaded();
      expectSpanish(m.el);
    });

    it('uses the nearest ancestor\'s lang', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div lang="en"><section lang="es"><div></div></section></div>`);
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1' }, { parent: outer.querySelector('section div')! });
      await m.loaded();
      expectSpanish(m.el);
    });

    it('uses the lang of a shadow host around it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1' }, { parent: root });
      await m.loaded();
      expectSpanish(m.el);
    });

    it('uses the document\'s lang', async () => {
      document.documentElement.setAttribute('lang', 'es');
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1' });
      await m.loaded();
      expectSpanish(m.el);
    });

    it('falls back to English with no lang anywhere', async () => {
      document.documentElement.removeAttribute('lang');
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1' });
      await m.loaded();
      expectEnglish(m.el);
    });

    it('falls back to English for a language it does not have', async () => {
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1', lang: 'fr' });
      await m.loaded();
      expectEnglish(m.el);
    });

    it('its own lang wins over an ancestor\'s', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1', lang: 'en' }, { parent: outer });
      await m.loaded();
      expectEnglish(m.el);
    });

    it('serves es-MX with the Spanish strings and the "es" text', async () => {
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1', lang: 'es-MX' });
      await m.loaded();
      expectSpanish(m.el);
    });

    it('follows a later change of lang, on the element or the page', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const m = await mount({ endpoint: serve(bilingualDoc()).endpoint, 'application-id': 'A-1' });
      await m.loaded();
      expectEnglish(m.el);
      document.documentElement.setAttribute('lang', 'es');
      await languageFollowed(m.el);
      expectSpanish(m.el);
      m.el.setAttribute('lang', 'en');
      await languageFollowed(m.el);
      expectEnglish(m.el);
    });
  });

  describe('registration', () => {
    it('loading the module again does not throw and keeps the element', async () => {
      const before = customElements.get('applicant-status-tracker');
      expect(before).to.equal(ApplicantStatusTracker);
      const again = new URL('../src/index.ts?again', import.meta.url).href;
      await import(/* @vite-ignore */ again);
      expect(customElements.get('applicant-status-tracker')).to.equal(before);
    });

    it('loading the IIFE build twice in a page does not throw, and the element works', async () => {
      const script = '/dist/applicant-status-tracker.iife.js';
      expect((await fetch(script, { method: 'HEAD' })).ok, `${script} is missing: run "npm run build" first`).to.equal(true);
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      const loadedFrame = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));</script>
        <script src="${script}"></script>
        <script src="${script}"></script>
        <applicant-status-tracker><p id="fallback">Call 1-800-555-0100</p></applicant-status-tracker>
      </body></html>`;
      await loadedFrame;
      const win = frame.contentWindow as Window & { errors: string[] };
      expect(win.errors).to.deep.equal([]);
      const tracker = win.document.querySelector('applicant-status-tracker')!;
      expect(win.customElements.get('applicant-status-tracker')).to.be.a('function');
      await (tracker as ApplicantStatusTracker).updateComplete;
      expect(tracker.shadowRoot, 'upgraded').to.exist;
      expect(win.document.getElementById('fallback')!.checkVisibility()).to.equal(true);
    });

    it('leaves the agency\'s fallback in place in a browser below the support floor', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      const loadedFrame = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      // A browser below the floor: no AbortSignal.timeout (Safari before 16, Chrome before 103).
      // (Above the floor, a missing AbortSignal.any has a fallback: test/floor.test.ts.)
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message))); delete AbortSignal.timeout;</script>
        <script src="/dist/applicant-status-tracker.iife.js"></script>
        <applicant-status-tracker endpoint="/never/{id}" application-id="A-1"><p id="fallback">Call 1-800-555-0100</p></applicant-status-tracker>
      </body></html>`;
      await loadedFrame;
      const win = frame.contentWindow as Window & { errors: string[] };
      expect(win.errors).to.deep.equal([]);
      expect(win.customElements.get('applicant-status-tracker'), 'not defined').to.equal(undefined);
      expect(win.document.getElementById('fallback')!.checkVisibility()).to.equal(true);
    });
  });

  describe('light-DOM fallback', () => {
    it('shows the page\'s own content when there is nothing to fetch', async () => {
      const { el } = await mount({}, { light: '<p id="fallback">Check your status on <a href="/status">our status page</a>.</p>' });
      const fallback = el.querySelector('#fallback')!;
      expect(fallback.checkVisibility(), 'fallback visible').to.equal(true);
      expect(fallback.assignedSlot, 'slotted').to.exist;
    });

    it('hides it once a status is shown', async () => {
      const m = await mount({ endpoint: serve(docFor('A-1')).endpoint, 'application-id': 'A-1' }, { light: '<p id="fallback">Call us</p>' });
      await m.loaded();
      expect(m.el.querySelector('#fallback')!.checkVisibility(), 'fallback hidden').to.equal(false);
    });
  });

  describe('text is always text', () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><iframe src="javascript:window.__xss=1"></iframe><b>bold</b>';
    const hostile = (): Record<string, unknown> => ({
      applicationId: `A-1${payload}`,
      title: payload,
      updatedAt: '2020-08-01',
      updateSchedule: payload,
      notice: { en: payload, es: payload },
      outcome: 'approved',
      steps: [
        { id: 'a', label: payload, state: 'complete', description: payload },
        { id: 'b', label: { en: payload }, state: 'action-required', description: payload,
          action: { label: payload, url: 'https://agency.example.gov/upload', dueDate: '2020-07-20' } },
        { id: 'c', label: payload, state: 'upcoming', action: { label: payload } },
      ],
      history: [{ date: '2020-07-01', text: payload }, { date: '2020-07-02', text: { en: payload } }],
      contact: { phone: payload, email: payload, url: payload },
    });

    beforeEach(() => delete (window as { __xss?: unknown }).__xss);

    it('renders HTML in every text field literally and creates no elements from it', async () => {
      const m = await mount({ endpoint: serve(hostile()).endpoint, 'application-id': 'A-1' });
      await m.loaded();
      const root = m.el.shadowRoot!;
      // The history renders its entries once opened.
      root.querySelector('details')!.open = true;
      await oneEvent(root.querySelector('details')!, 'toggle');
      await m.el.updateComplete;
      await aTimeout(50);
      expect(root.querySelectorAll('img, script, iframe, b'), 'elements from data').to.have.length(0);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
      const text = root.textContent ?? '';
      // title, updateSchedule, notice, 3 labels + heading, 2 descriptions, 2 action labels, 2 history texts,
      // phone, email, application number: every one of them shown as the literal text.
      const shown = text.split(payload).length - 1;
      expect(shown).to.be.at.least(16);
      expect(text).to.contain(`Application A-1${payload}`);
      expect(text).to.contain(`Call ${payload}`);
      expect(text).to.contain(`Email ${payload}`);
      for (const a of root.querySelectorAll('a')) {
        expect(a.getAttribute('href'), a.outerHTML).to.match(/^(https?:|tel:|mailto:)/);
      }
      expect([...root.querySelectorAll('a')].some((a) => (a.getAttribute('href') ?? '').startsWith('mailto:')), 'no mailto: for a hostile email').to.equal(false);
    });

    for (const url of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)']) {
      it(`renders no link for the action or contact URL ${JSON.stringify(url)}`, async () => {
        const doc = {
          applicationId: 'A-1',
          steps: [{ id: 'a', label: 'Documents', state: 'action-required', action: { label: 'Upload your tax return', url } }],
          contact: { url },
        };
        const m = await mount({ endpoint: serve(doc).endpoint, 'application-id': 'A-1' });
        await m.loaded();
        const root = m.el.shadowRoot!;
        expect(root.querySelectorAll('a'), 'links').to.have.length(0);
        expect(shadowText(m.el)).to.contain('Upload your tax return');
        expect(shadowText(m.el)).not.to.contain('Get help online');
      });
    }
  });
});
