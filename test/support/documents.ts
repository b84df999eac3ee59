/** Status documents shared by the test files. Each builder returns a new object on every call. */

export { specExample } from './spec-example.js';
import { specExample } from './spec-example.js';

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
