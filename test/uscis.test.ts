/** The USCIS Case Status recipe: a `transform` for an agency API of another shape. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { useMockApi } from './support/msw.js';
import { mount } from './support/index.js';
import { uscisCaseStatus } from '../src/recipes/uscis.js';
import { validateStatusDocument } from '../src/core/status-document.js';

const uscis = (text: string, extra: Record<string, unknown> = {}) => ({
  case_status: {
    receiptNumber: 'EAC9999103402', formType: 'I-485', submittedDate: '09-05-2023 14:23:39', modifiedDate: '2024-03-01T10:00:00Z',
    current_case_status_text_en: text, current_case_status_desc_en: `Description of ${text}`,
    current_case_status_text_es: `ES ${text}`, current_case_status_desc_es: `Descripción de ${text}`,
    hist_case_status: [{ date: '2023-09-05', completed_text_en: 'Case Was Received', completed_text_es: 'Caso Fue Recibido' }],
    ...extra,
  },
  message: 'Query was successful',
});

let body: Record<string, unknown>;
useMockApi(http.get('/uscis/case-status/:receipt', () => HttpResponse.json(body)));

const transformed = async (text: string) => validateStatusDocument(await uscisCaseStatus(uscis(text), new Response()));

describe('the USCIS Case Status transform recipe', () => {
  it('places each status text on the four steps', async () => {
    const table: Array<[string, string[], string | undefined]> = [
      ['Case Was Received', ['complete', 'current', 'upcoming', 'upcoming'], undefined],
      ['Case Is Being Actively Reviewed By USCIS', ['complete', 'current', 'upcoming', 'upcoming'], undefined],
      ['Request for Additional Evidence Was Sent', ['complete', 'action-required', 'upcoming', 'upcoming'], undefined],
      ['Case Was Approved', ['complete', 'complete', 'complete', 'current'], 'approved'],
      ['Card Was Mailed To Me', ['complete', 'complete', 'complete', 'complete'], 'approved'],
      ['Case Was Denied', ['complete', 'complete', 'failed', 'skipped'], 'denied'],
      ['Withdrawal Acknowledgement Notice Was Sent', ['complete', 'complete', 'skipped', 'skipped'], 'withdrawn'],
      ['Case Was Transferred And A New Office Has Jurisdiction', ['complete', 'current', 'upcoming', 'upcoming'], undefined],
    ];
    for (const [text, states, outcome] of table) {
      const doc = await transformed(text);
      expect(doc.steps.map((s) => s.state), text).to.deep.equal(states);
      expect(doc.outcome, text).to.equal(outcome);
    }
  });

  it('carries the receipt number, form, dates, bilingual description and history', async () => {
    const doc = await transformed('Case Was Received');
    expect(doc.applicationId).to.equal('EAC9999103402');
    expect(doc.title).to.deep.equal({ en: 'Form I-485', es: 'Formulario I-485' });
    expect(doc.steps[0].date).to.equal('2023-09-05');
    expect(doc.updatedAt).to.equal('2024-03-01T10:00:00Z');
    expect(doc.steps[1].description).to.deep.equal({ en: 'Description of Case Was Received', es: 'Descripción de Case Was Received' });
    expect(doc.history).to.deep.equal([{ date: '2023-09-05', text: { en: 'Case Was Received', es: 'Caso Fue Recibido' } }]);
  });

  it('renders a real-shaped response in Spanish through the element', async () => {
    body = await (await fetch('/demo/uscis/request-for-evidence.json')).json();
    const { el, loaded } = await mount({ lang: 'es', endpoint: '/uscis/case-status/{id}', 'application-id': 'EAC9999103403' },
      { setup: (tracker) => (tracker.transform = uscisCaseStatus) });
    await loaded();
    const root = el.shadowRoot!;
    expect(root.querySelector('#heading')!.textContent).to.equal('Paso 2 de 4: Revisión del caso');
    expect(root.querySelector('[aria-current=step]')!.textContent).to.contain('Necesitamos algo de usted');
    expect(root.querySelector('[aria-current=step] .description')!.textContent).to.contain('El 14 de febrero de 2024');
    expect(root.querySelector('.title')!.textContent).to.equal('Formulario I-130');
    await expect(el).to.be.accessible();
  });

  it('a request for evidence says where to respond: the USCIS Contact Center, in the step itself', async () => {
    body = await (await fetch('/demo/uscis/request-for-evidence.json')).json();
    const { el, loaded } = await mount({ endpoint: '/uscis/case-status/{id}', 'application-id': 'EAC9999103403' },
      { setup: (tracker) => (tracker.transform = uscisCaseStatus) });
    await loaded();
    const step = el.shadowRoot!.querySelector('[aria-current=step]')!;
    expect(step.getAttribute('data-state')).to.equal('action-required');
    const links = [...step.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:+18003755283', 'https://www.uscis.gov/contactcenter']);
  });

  it('turns a response without case_status into invalid-response naming the field', async () => {
    body = { message: 'Receipt number not found' };
    const { failed, errors } = await mount({ endpoint: '/uscis/case-status/{id}', 'application-id': 'EAC0000000000' },
      { setup: (tracker) => (tracker.transform = uscisCaseStatus) });
    await failed();
    const detail = errors[0];
    expect(detail.kind).to.equal('invalid-response');
    expect(detail.message).to.equal('applicationId: expected a non-empty string');
  });
});
