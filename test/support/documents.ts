/** Status documents shared by the test files. Each builder returns a new object on every call. */

/** The example document of SPEC.md. */
export function specExample() {
  return {
    applicationId: 'WY-2020-00123',
    title: 'Business Relief Grant',
    updatedAt: '2020-08-01T15:04:05Z',
    updateSchedule: 'Statuses are updated every weekday evening.',
    outcome: 'approved',
    notice: 'Payments are delayed this week due to the holiday.',
    steps: [
      { id: 'received', label: 'Application received', state: 'complete', date: '2020-07-01' },
      { id: 'review', label: 'Eligibility review', state: 'complete', date: '2020-07-09' },
      {
        id: 'documents', label: 'Documents', state: 'action-required',
        description: 'We need your 2019 tax return.',
        action: { label: 'Upload your tax return', url: 'https://agency.example.gov/upload', dueDate: '2020-07-20' },
      },
      { id: 'decision', label: 'Decision', state: 'upcoming', date: '2020-07-30' },
      { id: 'payment', label: { en: 'Payment sent', es: 'Pago enviado' }, state: 'upcoming' },
    ],
    history: [{ date: '2020-07-09T10:00:00Z', text: 'Eligibility confirmed.' }],
    contact: { phone: '1-800-555-0100', email: 'grants@agency.example.gov', url: 'https://agency.example.gov/help' },
  };
}

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
