/**
 * The lookup form: what the applicant has typed (in memory only: never in a URL, storage or
 * event), what is wrong with it, and the application they submitted, or the one the page URL names.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VERIFIERS, checkField, idRegExp, normaliseAnswer, normaliseId, verifiersOf, type Application, type FieldProblem, type Verifier } from '../core/lookup.js';

export interface LookupHost extends ReactiveControllerHost {
  applicationId: string;
  endpoint: string;
  verify: string;
  idPattern: string;
  idParam: string;
  idFormat: string;
}

export type FieldName = 'applicationId' | Verifier;

export class LookupController implements ReactiveController {
  /** The form's values, by field name. */
  draft: Partial<Record<FieldName, string>> = {};
  /** What is wrong with each field, as message keys, so a change of language rewords them. */
  problems: Partial<Record<FieldName, FieldProblem>> = {};
  /** Set by a submission, until its answer is on screen: the applicant's focus then moves to it. */
  awaitingResult = false;
  private submitted?: Application;

  constructor(private readonly host: LookupHost) {
    host.addController(this);
  }

  get verifiers(): Verifier[] {
    return verifiersOf(this.host.verify);
  }

  /** The form is needed when the agency asks for verifier answers, or the endpoint needs an id nobody gave. */
  get needed(): boolean {
    return this.verifiers.length > 0 || (this.host.endpoint.includes('{id}') && !this.host.applicationId);
  }

  /** The application to show: the submitted one while the form is needed, else the page's own. */
  get application(): Application | undefined {
    return this.needed ? this.submitted : { id: this.host.applicationId, answers: {} };
  }

  get fields(): FieldName[] {
    return ['applicationId', ...this.verifiers];
  }

  hostConnected(): void {
    // An id in the page's own address ("?application=WY-2020-00123") fills the form, or skips it
    // when nothing else is asked.
    const fromUrl = this.host.idParam && !this.host.applicationId
      ? this.normalise(new URLSearchParams(location.search).get(this.host.idParam) ?? '') : '';
    if (fromUrl && !this.submitted) {
      this.draft = { applicationId: fromUrl };
      if (!this.verifiers.length) this.submitted = { id: fromUrl, answers: {} };
    }
  }

  /** A number from the page's address, as the agency writes it; a broken `id-pattern` is reported by the request. */
  private normalise(id: string): string {
    try {
      return normaliseId(id, idRegExp(this.host.idPattern), this.host.idFormat);
    } catch {
      return id.trim();
    }
  }

  input(name: FieldName, value: string): void {
    this.draft[name] = value;
  }

  /**
   * Checks the form and, when every field is valid, submits it. Returns the invalid fields (none
   * on success) and whether the same application was submitted again (its request is unchanged,
   * so it must be checked again on purpose).
   */
  submit(): { invalid: FieldName[]; again: boolean } {
    const pattern = idRegExp(this.host.idPattern);
    // The form shows the number and the answers as the agency writes them ("wy 2020 00123" becomes
    // "WY-2020-00123", "82001 1234" becomes "82001-1234").
    this.draft.applicationId = normaliseId(this.draft.applicationId ?? '', pattern, this.host.idFormat);
    for (const name of this.verifiers) this.draft[name] = normaliseAnswer(name, this.draft[name] ?? '');
    const value = (name: FieldName) => (this.draft[name] ?? '').trim();
    this.problems = Object.fromEntries(
      this.fields.map((name) => [name, checkField(name, value(name), pattern)]).filter(([, problem]) => problem),
    );
    const invalid = this.fields.filter((name) => this.problems[name]);
    this.host.requestUpdate();
    if (invalid.length) return { invalid, again: false };
    const application: Application = {
      id: value('applicationId'),
      answers: Object.fromEntries(this.verifiers.map((name) => [VERIFIERS[name].key, value(name)])),
    };
    const previous = this.submitted;
    // Both are built in the same field order, so equal text is the same application and answers.
    const again = JSON.stringify(previous) === JSON.stringify(application);
    this.submitted = application;
    this.awaitingResult = true;
    return { invalid, again };
  }

  /** "Look up another application": back to an empty form. */
  reset(): void {
    this.submitted = undefined;
    this.draft = {};
    this.problems = {};
    this.host.requestUpdate();
  }
}
