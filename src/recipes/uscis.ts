/**
 * A `transform` recipe for the shape of the USCIS Case Status API: the case's current status text
 * in English and Spanish, its description, and its history. USCIS answers with a status *text*,
 * not a step, so the recipe places the case on four steps by what the text says.
 */
import { parseIsoDate } from '../core/dates.js';
import type { LocalizedText, Outcome, Step, StatusDocument, StatusTransform } from '../core/status-document.js';

interface UscisHistoryEntry {
  date?: string;
  completed_text_en?: string;
  completed_text_es?: string;
}

interface UscisCaseStatus {
  receiptNumber?: string;
  formType?: string;
  submittedDate?: string;
  modifiedDate?: string;
  current_case_status_text_en?: string;
  current_case_status_text_es?: string;
  current_case_status_desc_en?: string;
  current_case_status_desc_es?: string;
  hist_case_status?: UscisHistoryEntry[] | null;
}

const STEPS = [
  { id: 'received', label: { en: 'Case received', es: 'Caso recibido' } },
  { id: 'review', label: { en: 'Case review', es: 'Revisión del caso' } },
  { id: 'decision', label: { en: 'Decision', es: 'Decisión' } },
  { id: 'document', label: { en: 'Card or document sent', es: 'Tarjeta o documento enviado' } },
] as const;

/** Where a status text puts the case: the step index, its state there, and any final outcome. */
function place(text: string): { at: number; state: Step['state']; outcome?: Outcome } {
  if (/evidence|fingerprint fee|we sent you a notice/i.test(text)) return { at: 1, state: 'action-required' };
  if (/withdraw/i.test(text)) return { at: 2, state: 'skipped', outcome: 'withdrawn' };
  if (/denied|rejected|terminated/i.test(text)) return { at: 2, state: 'failed', outcome: 'denied' };
  if (/(card|document) was (mailed|delivered|picked up)|oath ceremony/i.test(text)) return { at: 3, state: 'complete', outcome: 'approved' };
  if (/(card|document) (was|is being) produced|approved/i.test(text)) return { at: 3, state: 'current', outcome: 'approved' };
  if (/received|accepted/i.test(text)) return { at: 1, state: 'current' };
  return { at: 1, state: 'current' }; // reviewed, interviewed, transferred, …: USCIS is working on it
}

/** USCIS writes dates as ISO or as "MM-DD-YYYY HH:mm:ss"; anything else is left out. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const us = /^(\d{2})-(\d{2})-(\d{4})(?:[ T](\d{2}:\d{2}:\d{2}))?/.exec(value);
  if (us) return us[4] ? `${us[3]}-${us[1]}-${us[2]}T${us[4]}` : `${us[3]}-${us[1]}-${us[2]}`;
  return parseIsoDate(value) ? value : undefined;
}

const bilingual = (en?: string, es?: string): LocalizedText | undefined =>
  en && es ? { en, es } : en || es || undefined;

export const uscisCaseStatus: StatusTransform = (body) => {
  // Anything that is not this shape falls through to validation, which names what is missing.
  const status = ((body as { case_status?: UscisCaseStatus } | null)?.case_status ?? {}) as UscisCaseStatus;
  const text = status.current_case_status_text_en ?? '';
  const { at, state, outcome } = place(text);
  const description = bilingual(status.current_case_status_desc_en, status.current_case_status_desc_es);
  const steps = STEPS.map(({ id, label }, index): Step => {
    const stepState: Step['state'] = index < at ? 'complete' : index > at ? (outcome && outcome !== 'approved' ? 'skipped' : 'upcoming') : state;
    const step: Step = { id, label, state: stepState };
    if (index === 0) {
      // A calendar day, like every other step's date; the time of filing is not the applicant's concern.
      const submitted = isoDate(status.submittedDate)?.slice(0, 10);
      if (submitted) step.date = submitted;
    }
    if (index === at && description) step.description = description;
    return step;
  });
  const document: StatusDocument = {
    applicationId: status.receiptNumber as string,
    title: status.formType ? { en: `Form ${status.formType}`, es: `Formulario ${status.formType}` } : undefined,
    updatedAt: isoDate(status.modifiedDate),
    outcome,
    steps,
    // USCIS's answer names no way to respond: its Contact Center is where applicants can ask.
    contact: { phone: '800-375-5283', url: 'https://www.uscis.gov/contactcenter' },
    history: (status.hist_case_status ?? []).flatMap((entry) => {
      const date = isoDate(entry.date);
      const historyText = bilingual(entry.completed_text_en, entry.completed_text_es);
      return date && historyText ? [{ date, text: historyText }] : [];
    }),
  };
  return document;
};
