/**
 * Everything that can go wrong between the widget and the agency's endpoint: each failure says what
 * happened and what to do next, offers "Try again", tells the page through `status-error`, and never
 * loses a status the applicant already saw.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { en, es, type MessageKey } from '../src/i18n/messages.js';
import { useMockApi, worker, uniquePath } from './support/msw.js';
import { button, clean, gate, heading, headingText, mount as mountTracker, part, reviewDoc, shadowText, setOnline, restorePage } from './support/index.js';

useMockApi();
afterEach(() => restorePage());

const APPLICATION_ID = 'WY-2020-00999';

const goodDoc = (label = 'Eligibility review') => reviewDoc(APPLICATION_ID, label);

/** Mounts a tracker on `endpoint` for APPLICATION_ID, recording its events from before it connects. */
const mount = (endpoint: string, attrs: Record<string, string> = {}, light?: string) =>
  mountTracker({ endpoint, 'application-id': APPLICATION_ID, ...attrs }, { light });

interface ErrorCase {
  name: string;
  reply: () => Response | Promise<Response>;
  kind: string;
  httpStatus?: number;
  /** The exact developer message, when the contract fixes it. */
  message?: string;
}

/** What the applicant reads for an error kind: what happened, and what to do next. */
const says = (kind: string) => en[`error.${kind}` as MessageKey];
const next = (kind: string) => en[`error.${kind}.next` as MessageKey];

const SHAPE_MESSAGE = 'steps[2].state: expected one of complete, current, action-required, upcoming, skipped, failed';

const cases: ErrorCase[] = [
  ...([404, 410] as const).map((code) => ({
    name: `HTTP ${code}`, reply: () => new HttpResponse(null, { status: code }), kind: 'not-found', httpStatus: code,
  })),
  ...([401, 403] as const).map((code) => ({
    name: `HTTP ${code}`, reply: () => new HttpResponse(null, { status: code }), kind: 'unauthorized', httpStatus: code,
  })),
  {
    name: 'HTTP 429', reply: () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }),
    kind: 'rate-limited', httpStatus: 429,
  },
  ...([500, 503] as const).map((code) => ({
    name: `HTTP ${code}`, reply: () => HttpResponse.json({ error: `failure for ${APPLICATION_ID}` }, { status: code }),
    kind: 'server', httpStatus: code,
  })),
  {
    name: 'a network error', reply: () => HttpResponse.error(), kind: 'network',
  },
  {
    name: 'malformed JSON',
    reply: () => new HttpResponse(`{"applicationId": "${APPLICATION_ID}", "steps": [`, { headers: { 'Content-Type': 'application/json' } }),
    kind: 'invalid-response', httpStatus: 200,
  },
  {
    name: 'an HTML page answered with 200 (e.g. a CMS login page)',
    reply: () => HttpResponse.html(`<!doctype html><title>Sign in</title><p>Application ${APPLICATION_ID}</p>`),
    kind: 'invalid-response', httpStatus: 200,
  },
  {
    name: 'a document of the wrong shape',
    reply: () => HttpResponse.json({
      applicationId: APPLICATION_ID,
      steps: [...goodDoc().steps.slice(0, 2), { id: 'decision', label: 'Decision', state: 'pending' }],
    }),
    kind: 'invalid-response', httpStatus: 200, message: SHAPE_MESSAGE,
  },
  {
    name: 'a document without applicationId',
    reply: () => HttpResponse.json({ steps: goodDoc().steps }),
    kind: 'invalid-response', httpStatus: 200, message: 'applicationId: expected a non-empty string',
  },
];

describe('<applicant-status-tracker> errors', () => {
  for (const c of cases) {
    describe(`${c.name} → ${c.kind}`, () => {
      it('says what happened and what to do next, and fires status-error', async () => {
        const base = uniquePath('error');
        worker.use(http.get(`${base}/:id`, c.reply));
        const { el, errors, updates, loaded, failed } = await mount(`${base}/{id}`);
        await failed();

        expect(errors).to.have.length(1);
        const detail = errors[0];
        expect(detail.kind).to.equal(c.kind);
        if (c.httpStatus === undefined) expect(detail).not.to.have.property('httpStatus');
        else expect(detail.httpStatus).to.equal(c.httpStatus);
        expect(detail.message).to.be.a('string').and.not.equal('');
        if (c.message) expect(detail.message).to.equal(c.message);
        expect(detail.message).not.to.contain(APPLICATION_ID);
        expect(detail.message).not.to.contain(encodeURIComponent(APPLICATION_ID));
        expect(detail.message).not.to.contain(base);

        expect(says(c.kind), 'a message for the kind').to.be.a('string');
        expect(headingText(el)).to.equal(says(c.kind));
        expect(shadowText(el)).to.contain(next(c.kind));
        expect(button(el, en.retry), '"Try again" button').to.exist;
        expect(el.status).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
        expect(updates).to.have.length(0);
      });

      it('"Try again" fetches again and shows the status once it loads', async () => {
        const base = uniquePath('retry');
        let calls = 0;
        worker.use(http.get(`${base}/:id`, () => (++calls === 1 ? c.reply() : HttpResponse.json(goodDoc()))));
        const { el, errors, updates, loaded, failed } = await mount(`${base}/{id}`);
        await failed();
        expect(calls).to.equal(1);

        button(el, en.retry)!.click();
        await loaded();
        expect(calls).to.equal(2);
        expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
        expect(shadowText(el)).not.to.contain(says(c.kind));
        expect(shadowText(el)).not.to.contain(en.stale);
        expect(errors).to.have.length(1);
      });
    });
  }

  it('every error kind has its own text, in English and Spanish', () => {
    const kinds = ['not-found', 'unauthorized', 'rate-limited', 'server', 'network', 'timeout', 'invalid-response'];
    for (const pack of [en, es]) {
      const texts = kinds.map((kind) => pack[`error.${kind}` as MessageKey]);
      const nexts = kinds.map((kind) => pack[`error.${kind}.next` as MessageKey]);
      expect(new Set(texts).size, 'distinct texts').to.equal(kinds.length);
      texts.concat(nexts).forEach((text) => expect(text).to.be.a('string').and.not.equal(''));
    }
  });

  it('times out a slow endpoint → timeout', async () => {
    const base = uniquePath('timeout');
    const never = gate(); // opened after the test: the endpoint answers only once the widget gave up
    worker.use(http.get(`${base}/:id`, async () => {
      await never.opened;
      return HttpResponse.json(goodDoc());
    }));
    const { el, errors, failed } = await mount(`${base}/{id}`, { timeout: '0.05' });
    await failed();
    expect(errors[0].kind).to.equal('timeout');
    expect(errors[0]).not.to.have.property('httpStatus');
    expect(headingText(el)).to.equal(en['error.timeout']);
    expect(shadowText(el)).to.contain(en['error.timeout.next']);
    expect(button(el, en.retry)).to.exist;
    never.open();
  });

  it('shows the page\'s slot="help" content with an error', async () => {
    const base = uniquePath('help');
    worker.use(http.get(`${base}/:id`, () => new HttpResponse(null, { status: 500 })));
    const { el, errors, failed } = await mount(`${base}/{id}`, {}, '<p slot="help" id="help">Call 1-800-555-0100</p>');
    await failed();
    expect(el.querySelector('#help')!.checkVisibility(), 'help content visible').to.equal(true);
  });

  it('while "Try again" is checking, the button says so and a second press does not fetch twice', async () => {
    const base = uniquePath('checking');
    let calls = 0;
    const answer = gate();
    worker.use(http.get(`${base}/:id`, async () => {
      if (++calls === 1) return new HttpResponse(null, { status: 503 });
      await answer.opened;
      return HttpResponse.json(goodDoc());
    }));
    const { el, errors, updates, loaded, failed } = await mount(`${base}/{id}`);
    await failed();
    button(el, en.retry)!.click();
    await el.updateComplete;
    const busy = button(el, en.checking);
    expect(busy, '"Checking…" button').to.exist;
    expect(busy!.getAttribute('aria-disabled')).to.equal('true');
    busy!.click();
    answer.open();
    await loaded();
    expect(calls).to.equal(2);
  });

  describe('a failed refresh after a good load', () => {
    for (const [name, reply, kind] of [
      ['HTTP 503', () => new HttpResponse(null, { status: 503 }), 'server'],
      ['a network error', () => HttpResponse.error(), 'network'],
      ['an invalid document', () => HttpResponse.json({ applicationId: APPLICATION_ID, steps: [] }), 'invalid-response'],
    ] as const) {
      it(`${name}: keeps the last good status on screen with a note that it may be out of date`, async () => {
        const base = uniquePath('stale');
        let calls = 0;
        worker.use(http.get(`${base}/:id`, () => (++calls === 1 ? HttpResponse.json(goodDoc()) : reply())));
        const { el, errors, updates, loaded, failed } = await mount(`${base}/{id}`);
        await loaded();
        const shown = el.status;
        const before = [...el.shadowRoot!.querySelectorAll('li')].map((li) => clean(li.textContent));

        await el.refresh();
        await el.updateComplete;

        expect(calls).to.equal(2);
        expect(errors.map((e) => e.kind)).to.deep.equal([kind]);
        expect(el.status).to.equal(shown);
        expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
        expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => clean(li.textContent))).to.deep.equal(before);
        expect(shadowText(el)).to.contain(en.stale);
        expect(updates).to.have.length(1);
      });
    }

    it('the note goes away once a refresh succeeds again', async () => {
      const base = uniquePath('recover');
      let calls = 0;
      worker.use(http.get(`${base}/:id`, () => (++calls === 2 ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(goodDoc()))));
      const { el, updates, loaded } = await mount(`${base}/{id}`);
      await loaded();
      await el.refresh();
      await el.updateComplete;
      expect(shadowText(el)).to.contain(en.stale);
      await el.refresh();
      await el.updateComplete;
      expect(calls).to.equal(3);
      expect(shadowText(el)).not.to.contain(en.stale);
      expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
    });

    it('"Check again" after a good load refetches; its failure keeps the status too', async () => {
      const base = uniquePath('check-again');
      let calls = 0;
      worker.use(http.get(`${base}/:id`, () => (++calls === 1 ? HttpResponse.json(goodDoc()) : new HttpResponse(null, { status: 429 }))));
      const { el, errors, updates, loaded, failed } = await mount(`${base}/{id}`);
      await loaded();
      await el.updateComplete;
      button(el, en.checkAgain)!.click();
      await failed();
      expect(errors[0]).to.deep.equal({ kind: 'rate-limited', httpStatus: 429, message: errors[0].message });
      expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
      expect(shadowText(el)).to.contain(en.stale);
    });
  });

  it('going offline keeps the status with the offline note; coming back online checks again', async () => {
    const base = uniquePath('offline');
    let calls = 0;
    worker.use(http.get(`${base}/:id`, () => HttpResponse.json(goodDoc(++calls === 1 ? 'Eligibility review' : 'Final review'))));
    const { el, updates, loaded } = await mount(`${base}/{id}`);
    await loaded();
    setOnline(false);
    await el.updateComplete;
    expect(shadowText(el)).to.contain(en.offline);
    expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
    setOnline(true);
    await loaded(2);
    expect(calls).to.equal(2);
    expect(shadowText(el)).not.to.contain(en.offline);
    expect(headingText(el)).to.equal('Step 2 of 3: Final review');
  });

  describe('loading', () => {
    it('shows the loading text until the status arrives', async () => {
      const base = uniquePath('loading');
      const answer = gate();
      worker.use(http.get(`${base}/:id`, async () => {
        await answer.opened;
        return HttpResponse.json(goodDoc());
      }));
      const { el, updates, loaded } = await mount(`${base}/{id}`);
      expect(shadowText(el)).to.contain(en.loading);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'busy region').to.exist;
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
      answer.open();
      await loaded();
      expect(shadowText(el)).not.to.contain(en.loading);
      expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
    });

    it('shows the loading text in Spanish', async () => {
      const base = uniquePath('loading-es');
      const answer = gate();
      worker.use(http.get(`${base}/:id`, async () => {
        await answer.opened;
        return HttpResponse.json(goodDoc());
      }));
      const { el, loaded } = await mount(`${base}/{id}`, { lang: 'es' });
      expect(shadowText(el)).to.contain(es.loading);
      answer.open();
      await loaded();
    });
  });

  it('errors are in Spanish for a Spanish page', async () => {
    const base = uniquePath('error-es');
    worker.use(http.get(`${base}/:id`, () => new HttpResponse(null, { status: 404 })));
    const { el, errors, failed } = await mount(`${base}/{id}`, { lang: 'es' });
    await failed();
    expect(headingText(el)).to.equal(es['error.not-found']);
    expect(shadowText(el)).to.contain(es['error.not-found.next']);
    expect(button(el, es.retry)).to.exist;
  });
});

describe('<applicant-status-tracker> configuration errors (the web team\'s mistake)', () => {
  afterEach(() => sinon.restore());

  const configurations: [string, Record<string, string>, string][] = [
    ['an endpoint that is not a URL', { endpoint: 'https://[bad/{id}', 'application-id': APPLICATION_ID }, 'endpoint is not a URL: https://[bad/{id}'],
    ['an endpoint that is not a URL, before any application is known', { endpoint: 'https://[bad/{id}' }, 'endpoint is not a URL: https://[bad/{id}'],
    ['an id-pattern that is not a regular expression', { endpoint: '/api/{id}', 'id-pattern': 'WY-(\\d{4}' }, 'id-pattern is not a valid regular expression: WY-(\\d{4}'],
  ];
  for (const [name, attributes, message] of configurations) {
    it(`${name}: shows the agency's fallback, logs one console.error, fires status-error "configuration" once it is shown`, async () => {
      const consoleError = sinon.stub(console, 'error');
      const fetches = sinon.spy(window, 'fetch');
      const fallbackShown: boolean[] = [];
      const { el, errors, failed } = await mountTracker(attributes, {
        light: '<p id="fallback">Check your status on our status page or call 1-800-555-0100.</p>',
        setup: (tracker) => tracker.addEventListener('status-error', () =>
          fallbackShown.push(tracker.querySelector('#fallback')!.checkVisibility())),
      });
      await failed();
      expect(errors).to.deep.equal([{ kind: 'configuration', message }]);
      expect(fallbackShown, 'the fallback was on screen when the event fired').to.deep.equal([true]);
      expect(el.querySelector('#fallback')!.assignedSlot, 'slotted into the widget').to.exist;
      expect(heading(el), 'no error panel or form of the widget\'s own').to.equal(null);
      expect(fetches.callCount, 'no request').to.equal(0);
      expect(consoleError.callCount).to.equal(1);
      expect(consoleError.firstCall.args.join(' ')).to.equal(`<applicant-status-tracker>: ${message}`);
      // Later updates (a language change) neither log nor report the same mistake again.
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(consoleError.callCount).to.equal(1);
      expect(errors).to.have.length(1);
    });
  }

  it('shows the agency\'s help slot rather than the fallback when there is one; fixing the endpoint loads the status', async () => {
    sinon.stub(console, 'error');
    const base = uniquePath('fixed');
    worker.use(http.get(`${base}/:id`, () => HttpResponse.json(goodDoc())));
    const { el, loaded, failed } = await mountTracker({ endpoint: 'https://[bad/{id}', 'application-id': APPLICATION_ID },
      { light: '<p id="fallback">Loading…</p><p slot="help" id="help">Call 1-800-555-0100, Mon–Fri 8–5.</p>' });
    await failed();
    expect(el.querySelector('#help')!.checkVisibility()).to.equal(true);
    expect(el.querySelector('#fallback')!.checkVisibility()).to.equal(false);
    el.endpoint = `${base}/{id}`;
    await loaded();
    expect(headingText(el)).to.equal('Step 2 of 3: Eligibility review');
  });
});

describe('<applicant-status-tracker> events fire after what they describe is on screen', () => {
  it('status-error: the error panel, or the stale note over the kept status, is shown when it fires', async () => {
    const base = uniquePath('order');
    let calls = 0;
    worker.use(http.get(`${base}/:id`, () => (++calls === 2 ? HttpResponse.json(goodDoc()) : new HttpResponse(null, { status: 503 }))));
    const seen: string[] = [];
    const { el, failed, loaded } = await mountTracker({ endpoint: `${base}/{id}`, 'application-id': APPLICATION_ID }, {
      setup: (tracker) => {
        const onScreen = () => `${headingText(tracker)} | ${clean(part(tracker, 'stale')?.textContent)}`;
        tracker.addEventListener('status-error', () => seen.push(`error: ${onScreen()}`));
        tracker.addEventListener('status-update', () => seen.push(`update: ${onScreen()}`));
      },
    });
    await failed();
    void el.refresh();
    await loaded();
    void el.refresh();
    await failed(2);
    expect(seen).to.deep.equal([
      `error: ${en['error.server']} | `,
      'update: Step 2 of 3: Eligibility review | ',
      `error: Step 2 of 3: Eligibility review | ${en.stale}`,
    ]);
  });
});
