/** Status documents the benchmark serves. */

import { specExample as specExampleDocument } from '../test/support/spec-example.js';

/** The example from SPEC.md, without its outcome (so it has a current step): what the first-paint comparison fetches. */
export const specExample = (({ outcome, ...rest }) => rest)(specExampleDocument());

const day = (n) => new Date(Date.UTC(2020, 0, 1) + n * 864e5).toISOString().slice(0, 10);

/**
 * The large document: 50 steps (the contract's maximum) and 200 history entries.
 * `variant` 1 differs from 0 in exactly one step (step 40: upcoming → skipped, with a new label).
 */
export function largeDocument(variant = 0) {
  const steps = Array.from({ length: 50 }, (_, i) => {
    const step = { id: `step-${i + 1}`, label: { en: `Step number ${i + 1}`, es: `Paso número ${i + 1}` } };
    if (i < 20) Object.assign(step, { state: 'complete', date: day(i * 3) });
    else if (i === 20) {
      Object.assign(step, {
        state: 'action-required', date: day(62),
        description: 'We need your 2019 tax return.',
        action: { label: 'Upload your tax return', url: 'https://agency.example.gov/upload', dueDate: day(75) },
      });
    } else Object.assign(step, { state: 'upcoming', ...(i % 2 ? { date: day(90 + i) } : {}) });
    return step;
  });
  if (variant === 1) Object.assign(steps[40], { state: 'skipped', label: 'Step forty (does not apply)' });
  return {
    applicationId: 'WY-2020-99999',
    title: { en: 'Business Relief Grant', es: 'Subvención de ayuda empresarial' },
    updatedAt: '2020-08-01T15:04:05Z',
    updateSchedule: 'Statuses are updated every weekday evening.',
    notice: 'Payments are delayed this week due to the holiday.',
    steps,
    history: Array.from({ length: 200 }, (_, i) => ({
      date: new Date(Date.UTC(2020, 0, 1, 9) + i * 36e5 * 7).toISOString().replace('.000', ''),
      text: `History entry ${i + 1}: the agency updated the file.`,
    })),
    contact: { phone: '1-800-555-0100', email: 'grants@agency.example.gov', url: 'https://agency.example.gov/help' },
  };
}

/** The slow profile's document: the large document's 50 steps, without its history. */
export const fiftySteps = (({ history, ...rest }) => rest)(largeDocument(0));
