/** The lookup form as an applicant uses it, against a mock agency API. */
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockApi } from './support/msw.js';
import type { ApplicantStatusTracker } from '../src/index.js';
import { mount, reviewDoc, spokenStatus } from './support/index.js';

/** Two steps: "Step 2 of 2: Eligibility review". */
const documentFor = (applicationId: string) => {
  const doc = reviewDoc(applicationId);
  doc.steps.pop();
  return doc;
};

/** A tracker with `attributes` on the lookup endpoint; resolves with the element. */
const tracker = (attributes: Record<string, string>) => mount({ endpoint: '/lookup-api/{id}/status', ...attributes });

interface Seen { method: string; url: string; body: string }
const seen: Seen[] = [];

useMockApi(
  http.all('/lookup-api/*', async ({ request }) => {
    seen.push({ method: request.method, url: request.url, body: await request.text() });
    const url = new URL(request.url);
    if (url.pathname.includes('MISSING') || seen.at(-1)!.body.includes('MISSING')) return new HttpResponse(null, { status: 404 });
    if (url.pathname.includes('BUSY') || seen.at(-1)!.body.includes('BUSY')) return new HttpResponse(null, { status: 429 });
    const id = decodeURIComponent(url.pathname.split('/')[2]);
    return HttpResponse.json(documentFor(request.method === 'POST' ? JSON.parse(seen.at(-1)!.body).applicationId : id));
  }),
);

beforeEach(() => (seen.length = 0));

const $ = <T extends Element = HTMLElement>(el: ApplicantStatusTracker, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

function type(el: ApplicantStatusTracker, field: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#${field}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function submit(el: ApplicantStatusTracker): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

describe('lookup form', () => {
  it('shows a labelled field with the agency format hint when the endpoint needs an id', async () => {
    const { el } = await tracker({ 'id-format': 'WY-2020-00123' });
    const input = $<HTMLInputElement>(el, '#applicationId')!;
    expect($(el, 'label[for=applicationId]')!.textContent).to.equal('Application number');
    expect($(el, '#applicationId-hint')!.textContent).to.equal('Format: WY-2020-00123');
    expect(input.getAttribute('aria-describedby')).to.equal('applicationId-hint');
    expect(seen).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('explains a missing or malformed number next to the field, announces it and focuses the field', async () => {
    const { el } = await tracker({ 'id-format': 'WY-2020-00123', 'id-pattern': 'WY-\\d{4}-\\d{5}' });
    await submit(el);
    expect($(el, '#applicationId-error')!.textContent).to.equal('Enter your application number.');
    expect($(el, '#applicationId')!.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'applicationId');
    type(el, 'applicationId', 'WY-20-1');
    await submit(el);
    expect($(el, '#applicationId-error')!.textContent).to.equal('Enter the application number in this format: WY-2020-00123');
    expect($(el, '#applicationId')!.getAttribute('aria-describedby')).to.equal('applicationId-hint applicationId-error');
    expect(spokenStatus(el)).to.contain('Enter the application number in this format');
    expect(seen).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('looks up a pasted number with surrounding spaces, then moves focus to the result heading', async () => {
    const { el, loaded } = await tracker({ 'id-pattern': 'WY-\\d{4}-\\d{5}' });
    type(el, 'applicationId', '  WY-2020-00123 ');
    await submit(el);
    await loaded();
    expect(seen).to.have.length(1);
    expect(seen[0].method).to.equal('GET');
    expect(new URL(seen[0].url).pathname).to.equal('/lookup-api/WY-2020-00123/status');
    expect(el.shadowRoot!.activeElement?.id).to.equal('heading');
    expect($(el, '#heading')!.textContent).to.equal('Step 2 of 2: Eligibility review');
    await expect(el).to.be.accessible();
  });

  it('lets the applicant look up another application, with nothing of the first left on screen', async () => {
    const { el, loaded } = await tracker({});
    type(el, 'applicationId', 'FIRST-1');
    await submit(el);
    await loaded();
    const another = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Look up another application')!;
    another.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'applicationId');
    expect($<HTMLInputElement>(el, '#applicationId')!.value).to.equal('');
    expect(el.shadowRoot!.textContent).not.to.contain('FIRST-1');
    expect(el.status).to.equal(null);
  });

  it('shows not found on the form, keeping what was typed, with focus on the message', async () => {
    const { el, failed, errors } = await tracker({});
    type(el, 'applicationId', 'MISSING-1');
    await submit(el);
    await failed();
    const error = { detail: errors[0] };
    expect(error.detail.kind).to.equal('not-found');
    await waitUntil(() => $(el, '#form-error'));
    expect($(el, '#form-error')!.textContent).to.equal('We could not find an application with those details. Check them and try again.');
    expect($<HTMLInputElement>(el, '#applicationId')!.value).to.equal('MISSING-1');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'form-error');
    await expect(el).to.be.accessible();
  });

  it('shows rate limiting on the form, and submitting the same number again asks again', async () => {
    const { el, failed, errors } = await tracker({ lang: 'es' });
    type(el, 'applicationId', 'BUSY-1');
    await submit(el);
    await failed();
    expect(errors[0].kind).to.equal('rate-limited');
    await waitUntil(() => $(el, '#form-error'));
    expect($(el, '#form-error')!.textContent).to.equal('Demasiados intentos. Espere unos minutos e intente de nuevo.');
    await submit(el);
    await failed(2);
    expect(seen).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});

describe('lookup with verifier fields', () => {
  it('POSTs the answers as JSON to the lookup endpoint, and never puts them in a URL, storage, the console or an event', async () => {
    const logged: unknown[] = [];
    const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const name of Object.keys(originals) as Array<keyof typeof originals>) console[name] = (...args: unknown[]) => logged.push(...args);
    const events: string[] = [];
    try {
      const { el, loaded } = await tracker({ 'lookup-endpoint': '/lookup-api/lookup', verify: 'last-name date-of-birth postal-code' });
      el.addEventListener('status-update', (e) => events.push(JSON.stringify(e.detail)));
      el.addEventListener('status-error', (e) => events.push(JSON.stringify(e.detail)));
      expect([...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(
        ['Application number', 'Last name', 'Date of birth', 'ZIP code']);
      expect($(el, '#last-name')!.getAttribute('autocomplete')).to.equal('family-name');
      await submit(el);
      expect($(el, '#last-name-error')!.textContent).to.equal('Enter your last name.');
      expect($(el, '#postal-code-error')!.textContent).to.equal('Enter your ZIP code.');
      type(el, 'applicationId', 'WY-2020-00777');
      type(el, 'last-name', 'Quiñones');
      type(el, 'date-of-birth', '1980-02-29');
      type(el, 'postal-code', '82001');
      await submit(el);
      await loaded();
      expect(seen).to.have.length(1);
      expect(seen[0].method).to.equal('POST');
      expect(new URL(seen[0].url).pathname + new URL(seen[0].url).search).to.equal('/lookup-api/lookup');
      expect(JSON.parse(seen[0].body)).to.deep.equal({
        applicationId: 'WY-2020-00777', lastName: 'Quiñones', dateOfBirth: '1980-02-29', postalCode: '82001',
      });
      const traces = [location.href, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie,
        JSON.stringify(logged), ...events, el.outerHTML];
      for (const answer of ['Quiñones', '1980-02-29', '82001']) {
        for (const trace of traces) expect(trace).not.to.contain(answer);
      }
      await expect(el).to.be.accessible();
    } finally {
      Object.assign(console, originals);
    }
  });

  it('accepts a ZIP+4 typed with a space, and sends it as "82001-1234"', async () => {
    const { el, loaded } = await tracker({ 'lookup-endpoint': '/lookup-api/lookup', verify: 'postal-code' });
    type(el, 'applicationId', 'WY-2020-00777');
    type(el, 'postal-code', '82001 1234');
    await submit(el);
    await loaded();
    expect(JSON.parse(seen[0].body)).to.deep.equal({ applicationId: 'WY-2020-00777', postalCode: '82001-1234' });
    expect($(el, '#postal-code-error'), 'no error for a space between the parts').to.equal(null);
  });

  it('reports not found on the form for verified lookups too, without the answers in the event', async () => {
    const { el, failed, errors } = await tracker({ 'lookup-endpoint': '/lookup-api/lookup', verify: 'last-name' });
    type(el, 'applicationId', 'MISSING-2');
    type(el, 'last-name', 'Smith');
    await submit(el);
    await failed();
    const error = { detail: errors[0] };
    expect(JSON.stringify(error.detail)).not.to.contain('Smith');
    await waitUntil(() => $(el, '#form-error'));
    await expect(el).to.be.accessible();
  });
});

describe('numbers as applicants type them (issue 12.6)', () => {
  const pattern = { 'id-format': 'WY-2020-00123', 'id-pattern': 'WY-\\d{4}-\\d{5}' };

  for (const typed of ['wy-2020-00123', 'WY 2020 00123', 'wy–2020–00123', ' Wy_2020.00123 ', 'WY - 2020 - 00123', 'WY202000123']) {
    it(`accepts "${typed}" as WY-2020-00123 and asks for that`, async () => {
      const { el, loaded } = await tracker(pattern);
      type(el, 'applicationId', typed);
      await submit(el);
      await loaded();
      expect(seen.map((r) => new URL(r.url).pathname)).to.deep.equal(['/lookup-api/WY-2020-00123/status']);
      expect(el.status!.applicationId).to.equal('WY-2020-00123');
    });

    it(`shows "${typed}" in the field as WY-2020-00123 when the answer is not found`, async () => {
      const { el, failed } = await mount({ endpoint: '/lookup-api/MISSING/{id}', ...pattern });
      type(el, 'applicationId', typed);
      await submit(el);
      await failed();
      expect($<HTMLInputElement>(el, '#applicationId')!.value).to.equal('WY-2020-00123');
    });
  }

  it('still refuses a number that no spelling of it matches, and keeps what was typed', async () => {
    const { el } = await tracker(pattern);
    type(el, 'applicationId', 'wy-2020-0012');
    await submit(el);
    expect($(el, '#applicationId-error')!.textContent).to.equal('Enter the application number in this format: WY-2020-00123');
    expect($<HTMLInputElement>(el, '#applicationId')!.value).to.equal('wy-2020-0012');
    expect(seen).to.have.length(0);
  });

  it('a lower-case number in the page URL is looked up as the agency writes it', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?application=wy-2020-00999`);
    try {
      const { loaded } = await tracker({ ...pattern, 'id-param': 'application' });
      await loaded();
      expect(new URL(seen[0].url).pathname).to.equal('/lookup-api/WY-2020-00999/status');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('offers the keyboard the number needs: capitals for letters, the number pad for digits only; no spelling fixes', async () => {
    const field = async (format: string) => {
      const { el } = await tracker({ 'id-format': format });
      const input = $<HTMLInputElement>(el, '#applicationId')!;
      return ['inputmode', 'autocapitalize', 'autocorrect', 'spellcheck'].map((name) => input.getAttribute(name));
    };
    expect(await field('WY-2020-00123')).to.deep.equal(['text', 'characters', 'off', 'false']);
    expect(await field('202000123')).to.deep.equal(['numeric', 'off', 'off', 'false']);
    expect(await field('ab-1234')).to.deep.equal(['text', 'off', 'off', 'false']);
  });

  it('shows the agency\'s help (slot="lookup-help") in the form, read with the number field', async () => {
    const { el } = await mount({ endpoint: '/lookup-api/{id}/status', 'id-format': 'WY-2020-00123' }, {
      light: '<p slot="lookup-help" id="where">Find your application number in the email we sent you.</p><p>Fallback</p>',
    });
    const help = el.querySelector<HTMLElement>('#where')!;
    const form = $(el, 'form')!;
    expect(help.checkVisibility(), 'help visible').to.equal(true);
    expect(help.assignedSlot?.closest('form'), 'inside the form').to.equal(form);
    const input = $<HTMLInputElement>(el, '#applicationId')!;
    expect(input.getAttribute('aria-describedby')).to.equal('lookup-help applicationId-hint');
    expect($(el, '#lookup-help')!.contains(help.assignedSlot)).to.equal(true);
    // Shown above the field, so it is read before typing.
    expect(help.getBoundingClientRect().bottom).to.be.at.most(input.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });
});

describe('application number from the page URL', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
    history.replaceState(null, '', `${location.pathname}?application=WY-2020-00999&utm=x`);
  });
  afterEach(() => history.replaceState(null, '', original));

  it('looks it up at once when no verifier is needed', async () => {
    const { el, loaded } = await tracker({ 'id-param': 'application' });
    await loaded();
    expect(new URL(seen[0].url).pathname).to.equal('/lookup-api/WY-2020-00999/status');
    expect(el.status!.applicationId).to.equal('WY-2020-00999');
  });

  it('only fills in the number when verifier answers are still needed', async () => {
    const { el } = await tracker({ 'lookup-endpoint': '/lookup-api/lookup', verify: 'last-name', 'id-param': 'application' });
    expect($<HTMLInputElement>(el, '#applicationId')!.value).to.equal('WY-2020-00999');
    expect(seen).to.have.length(0);
  });
});
