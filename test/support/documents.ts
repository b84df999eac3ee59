/**
 * Status documents for the tests, a new object on every call. Part of the support module
 * (./index.ts re-exports it); pure, so the core's unit tests can import it without the element.
 */
import type { StatusDocument } from '../../src/core/status-document.js';
import { specExample } from './spec-example.js';

export { specExample };

/** The smallest valid document: one complete step. */
export const minimalDoc = (extra: Record<string, unknown> = {}) => ({
  applicationId: 'A-1',
  steps: [{ id: 'a', label: 'Received', state: 'complete' }],
  ...extra,
});

/** Three steps: received (complete), `label` (current), decision (upcoming): "Step 2 of 3: `label`". */
export const reviewDoc = (applicationId = 'A-1', label = 'Eligibility review') => ({
  applicationId,
  steps: [
    { id: 'received', label: 'Application received', state: 'complete' },
    { id: 'review', label, state: 'current' },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
  ],
});

/** One step per state, labelled "Step label 1", "Step label 2"… */
export const stepsDoc = (...states: string[]) => ({
  applicationId: 'A-1',
  steps: states.map((state, i) => ({ id: `s${i}`, label: `Step label ${i + 1}`, state })),
});

/** Five steps (Received, Review, Documents, Decision, Payment) of which step `current` (1-based) is in progress. */
export function statusAt(current: number, extra: Partial<StatusDocument> = {}): StatusDocument {
  const labels = ['Received', 'Review', 'Documents', 'Decision', 'Payment'];
  return {
    applicationId: 'A-1',
    title: 'Business Relief Grant',
    updatedAt: '2020-08-01T15:04:05Z',
    steps: labels.map((label, i) => ({
      id: label.toLowerCase(),
      label,
      state: i + 1 < current ? 'complete' : i + 1 === current ? 'current' : 'upcoming',
      ...(i + 1 < current ? { date: `2020-07-0${i + 1}` } : {}),
    })),
    ...extra,
  } as StatusDocument;
}

/** Three steps with English and Spanish labels; the second waits on the applicant. */
export const bilingualDoc = () => ({
  applicationId: 'A-1',
  steps: [
    { id: 'received', label: { en: 'Application received', es: 'Solicitud recibida' }, state: 'complete' },
    { id: 'documents', label: { en: 'Documents', es: 'Documentos' }, state: 'action-required' },
    { id: 'payment', label: { en: 'Payment sent', es: 'Pago enviado' }, state: 'upcoming' },
  ],
});

/** The example document of SPEC.md without its outcome (it still has an action-required step). */
export function specExampleWithoutOutcome(): Record<string, unknown> {
  const doc: Record<string, unknown> = specExample();
  delete doc.outcome;
  return doc;
}

/** A text of the spec example (its English, if localized) in English and a stand-in Spanish, "… (es)". */
function bilingual(text: string | { en: string } | undefined): { en: string; es: string } {
  const en = typeof text === 'string' ? text : text!.en;
  return { en, es: `${en} (es)` };
}

/**
 * The example document of SPEC.md with every field filled and every text in two languages (see
 * `bilingual`): the review skipped, the documents step dated and in `state`, and the decision and
 * payment steps following `outcome` (none: both upcoming).
 */
export function bilingualSpecExample(state: string, outcome?: string) {
  const spec = specExample();
  const [received, review, documents, decision, payment] = spec.steps;
  return {
    applicationId: spec.applicationId,
    title: bilingual(spec.title),
    updatedAt: spec.updatedAt,
    updateSchedule: bilingual(spec.updateSchedule),
    ...(outcome ? { outcome } : {}),
    notice: bilingual(spec.notice),
    steps: [
      { ...received, label: bilingual(received.label) },
      { id: review.id, label: bilingual(review.label), state: 'skipped' },
      {
        id: documents.id, label: bilingual(documents.label), state, date: '2020-07-10',
        description: bilingual(documents.description),
        action: { ...documents.action!, label: bilingual(documents.action!.label) },
      },
      { ...decision, label: bilingual(decision.label), state: outcome ? 'complete' : 'upcoming' },
      { id: payment.id, label: bilingual(payment.label), state: outcome === 'denied' ? 'failed' : outcome ? 'complete' : 'upcoming' },
    ],
    history: spec.history.map((entry) => ({ ...entry, text: bilingual(entry.text) })),
    contact: spec.contact,
  };
}

/** Five steps, one per state but current, with a notice, a description and an action (design tests). */
export const fiveSteps = (): StatusDocument => ({
  applicationId: 'WY-2020-00123',
  title: 'Business Relief Grant',
  notice: 'Payments are delayed this week due to the holiday.',
  steps: [
    { id: 'received', label: 'Application received', state: 'complete', date: '2020-07-01' },
    { id: 'review', label: 'Eligibility review', state: 'skipped' },
    { id: 'documents', label: 'Documents', state: 'action-required', description: 'We need your 2019 tax return.',
      action: { label: 'Upload your tax return', url: 'https://agency.example.gov/upload', dueDate: '2020-07-20' } },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
    { id: 'payment', label: { en: 'Payment sent', es: 'Pago enviado', ar: 'تم إرسال الدفعة' }, state: 'failed' },
  ],
});

/** The same five steps with nothing but labels, states and dates: fits side by side. */
export const plainSteps = (): StatusDocument => ({
  ...fiveSteps(),
  steps: fiveSteps().steps.map(({ id, label, state, date }) => ({ id, label, state, ...(date ? { date } : {}) })),
});

/** `count` steps with long labels, a long unbroken application number and address. */
export const manySteps = (count: number): StatusDocument => ({
  applicationId: 'WY-2020-LONG-APPLICATION-NUMBER-000000000001',
  notice: 'https://agency.example.gov/a/very/long/unbroken/address/that/must/wrap/rather/than/scroll/sideways/0123456789',
  steps: Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    label: `Step number ${i + 1} with a fairly long label for a phone screen`,
    state: i < 4 ? 'complete' : i === 4 ? 'current' : 'upcoming',
  })),
});

