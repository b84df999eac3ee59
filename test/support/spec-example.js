/**
 * The example document of SPEC.md, a new object on every call. Plain JavaScript so that both the
 * tests and the benchmark (Node) use this one copy.
 */
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
