/** Mapping an agency's status code to steps declared in the page markup (status-field), and its pure parts. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockApi } from './support/msw.js';
import { mount, stepStates } from './support/index.js';
import { mapStatusCode, fieldAt } from '../src/core/status-mapping.js';
import { readDeclaredSteps } from '../src/applicant-status-tracker/declared-steps.js';
import { StatusValidationError } from '../src/core/status-document.js';

let code: unknown = 'IN_REVIEW';
const requested: string[] = [];
useMockApi(http.get('/cases/:id', ({ params }) => {
  requested.push(String(params.id));
  return HttpResponse.json({ case: { status: code, owner: 'ignored' } });
}));

/** The steps an agency declares in its markup: also what applicants read before the script runs. */
const DECLARED = `
  <ol>
    <li data-step="received" data-current="RECEIVED">Application received</li>
    <li data-step="review" data-current="IN_REVIEW PENDING" data-action="NEED_DOCS"
        data-description="We need your 2019 tax return." data-action-label="Upload your tax return"
        data-action-url="https://agency.example.gov/upload">Eligibility review</li>
    <li data-step="decision" data-approved="APPROVED" data-denied="DENIED" data-withdrawn="WITHDRAWN">Decision</li>
    <li data-step="payment" data-current="PAYING" data-complete="PAID" data-closed="CLOSED">Payment sent</li>
  </ol>
  <p>Questions? Call 1-800-555-0100.</p>`;

const declared = (id: string) =>
  mount({ endpoint: '/cases/{id}', 'application-id': id, 'status-field': 'case.status' }, { light: DECLARED });

describe('declarative mapping in the page markup', () => {
  const cases: Array<[string, string[], string | undefined, string]> = [
    ['RECEIVED', ['current', 'upcoming', 'upcoming', 'upcoming'], undefined, 'Step 1 of 4: Application received'],
    ['PENDING', ['complete', 'current', 'upcoming', 'upcoming'], undefined, 'Step 2 of 4: Eligibility review'],
    ['NEED_DOCS', ['complete', 'action-required', 'upcoming', 'upcoming'], undefined, 'Step 2 of 4: Eligibility review'],
    ['APPROVED', ['complete', 'complete', 'complete', 'upcoming'], 'approved', 'Your application was approved.'],
    ['DENIED', ['complete', 'complete', 'failed', 'skipped'], 'denied', 'Your application was denied.'],
    ['WITHDRAWN', ['complete', 'complete', 'skipped', 'skipped'], 'withdrawn', 'Your application was withdrawn.'],
    ['PAYING', ['complete', 'complete', 'complete', 'current'], undefined, 'Step 4 of 4: Payment sent'],
    ['PAID', ['complete', 'complete', 'complete', 'complete'], undefined, '4 of 4 steps complete'],
    ['CLOSED', ['complete', 'complete', 'complete', 'complete'], 'closed', 'Your application is closed.'],
  ];
  for (const [statusCode, expected, outcome, heading] of cases) {
    it(`maps ${statusCode}`, async () => {
      code = statusCode;
      const { el, loaded } = await declared('C-100');
      await loaded();
      expect(stepStates(el)).to.deep.equal(expected);
      expect(el.status!.outcome).to.equal(outcome);
      expect(el.status!.applicationId).to.equal('C-100');
      expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.equal(heading);
      expect([...el.shadowRoot!.querySelectorAll('.label')].map((l) => l.textContent)).to.deep.equal(
        ['Application received', 'Eligibility review', 'Decision', 'Payment sent']);
      await expect(el).to.be.accessible();
    });
  }

  it('gives an action code its description and link', async () => {
    code = 'NEED_DOCS';
    const { el, loaded } = await declared('C-101');
    await loaded();
    const step = el.shadowRoot!.querySelector('[data-state=action-required]')!;
    expect(step.querySelector('.description')!.textContent).to.equal('We need your 2019 tax return.');
    const link = step.querySelector('a')!;
    expect(link.textContent).to.equal('Upload your tax return');
    expect(link.href).to.equal('https://agency.example.gov/upload');
  });

  it('reports an unknown code as invalid-response naming the field and the code', async () => {
    code = 'MYSTERY';
    const { el, failed, errors } = await declared('C-102');
    await failed();
    const detail = errors[0];
    expect(detail.kind).to.equal('invalid-response');
    expect(detail.message).to.equal('case.status: expected one of the declared status codes, not "MYSTERY"');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('We could not read your status.');
  });

  it('reports a missing code field as invalid-response', async () => {
    code = undefined;
    const { failed, errors } = await declared('C-103');
    await failed();
    const detail = errors[0];
    expect(detail.message).to.equal('case.status: expected a status code (string or number)');
  });
});

describe('mapStatusCode (pure)', () => {
  const steps = readDeclaredSteps(new DOMParser().parseFromString(
    '<div><ol><li data-current="A 1">One</li><li data-action="B">Two</li><li>Note without codes</li></ol></div>', 'text/html').body.firstElementChild!);

  it('reads declared steps, skipping items without codes, with ids by position', () => {
    expect(steps.map((s) => [s.id, s.label])).to.deep.equal([['step-1', 'One'], ['step-2', 'Two']]);
  });

  it('accepts numeric codes', () => {
    expect(mapStatusCode(steps, 1, 'code', 'X').steps.map((s) => s.state)).to.deep.equal(['current', 'upcoming']);
  });

  it('throws the typed validation error for an unknown code', () => {
    expect(() => mapStatusCode(steps, 'Z', 'code', 'X')).to.throw(StatusValidationError, 'code: expected one of the declared status codes, not "Z"');
  });

  it('reads dotted fields and tolerates missing parents', () => {
    expect(fieldAt({ a: { b: 'c' } }, 'a.b')).to.equal('c');
    expect(fieldAt({ a: null }, 'a.b')).to.equal(undefined);
  });
});
