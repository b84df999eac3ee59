/** What every view needs to speak the applicant's language: the widget's words, the agency's texts, dates. */
import { html, type TemplateResult } from 'lit';
import { pickText, type LocalizedText, type StatusDocument } from '../../core/status-document.js';
import { heading } from '../../core/progress.js';
import { format, type MessageKey, type Messages } from '../../i18n/messages.js';
import { formatDate } from '../../i18n/intl.js';

export class View {
  constructor(
    /** The language asked for (the page's tag, e.g. "es-MX"): agency texts and dates follow it. */
    readonly lang: string,
    private readonly strings: Messages,
    /** Level (2–6) of the widget's headings. */
    readonly level: number,
    /** The page's address, against which relative links resolve. */
    readonly baseUrl: string,
  ) {}

  t(key: MessageKey, values: Record<string, string | number> = {}): string {
    return format(this.strings[key], values);
  }

  /**
   * A message whose values are rendered as given (e.g. `ltr()` pieces) rather than as text: each
   * `{name}` becomes its value, so a phone number keeps its own element inside the sentence.
   */
  parts(key: MessageKey, values: Record<string, unknown>): unknown[] {
    return this.strings[key].split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (piece in values ? values[piece] : `{${piece}}`) : piece));
  }

  /**
   * A number, address or link that reads left to right in every language: inside Arabic text the
   * bidi algorithm would otherwise show "1-800-555-0100" as "0100-555-800-1".
   */
  ltr(value: string): TemplateResult {
    return html`<bdi dir="ltr">${value}</bdi>`;
  }

  /** An agency text in the widget's language. */
  text(value: LocalizedText): string {
    return pickText(value, this.lang);
  }

  /** An agency text inside the widget's words: <bdi> keeps English punctuation in place inside Arabic. */
  bdi(value: LocalizedText): TemplateResult {
    return html`<bdi>${this.text(value)}</bdi>`;
  }

  date(value: string): string {
    return formatDate(value, this.lang);
  }

  /** "Step 3 of 5: Documents", or the outcome, or how many steps are complete. */
  headingText(status: StatusDocument): string {
    const { key, ...values } = heading(status);
    return this.t(key, 'label' in values ? { ...values, label: this.text(values.label) } : values);
  }

  /** The heading on screen: the agency's step label isolated, so its own direction and punctuation hold. */
  headingView(status: StatusDocument): unknown {
    const { key, ...values } = heading(status);
    return 'label' in values ? this.parts(key, { ...values, label: this.bdi(values.label) }) : this.t(key, values);
  }

  /**
   * The status in a sentence or two, as a screen reader announces it: where they are, then whose
   * turn it is and what to expect next (`turn`, the summary's words).
   */
  summary(status: StatusDocument, turn: string): string {
    const where = this.headingText(status);
    return `${/[.!?。！？؟]$/.test(where) ? where : this.t('sentence', { text: where })} ${turn}`.trim();
  }
}
