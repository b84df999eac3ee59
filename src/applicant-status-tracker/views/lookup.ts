/** The lookup form: the application number and any verifier fields the agency asks for. */
import { html, nothing, type TemplateResult } from 'lit';
import { VERIFIERS } from '../../core/lookup.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { FieldName, LookupController } from '../../controllers/lookup-controller.js';
import type { View } from './view.js';

export interface LookupViewOptions {
  lookup: LookupController;
  /** An example number shown as the field's format hint. */
  idFormat: string;
  idPattern: string;
  /** The page gave help for the form (`slot="lookup-help"`), e.g. where to find the number. */
  help: boolean;
  /** The last lookup found nothing, or was refused for too many tries. */
  formError?: MessageKey;
  onSubmit: (event: SubmitEvent) => void;
}

/** "Last name" reads "last name" inside a sentence; "ZIP code" keeps its capitals. */
const lowerFirst = (label: string) => (/^.\p{Ll}/u.test(label) ? label[0].toLocaleLowerCase() + label.slice(1) : label);

/** A field's label, in the widget's language. */
export const fieldLabel = (view: View, name: FieldName) => view.t(name === 'applicationId' ? 'idLabel' : `verify.${name}`);

/** What is wrong with a field, in a sentence. */
const problemValues = (view: View, name: FieldName, { idFormat, idPattern }: LookupViewOptions) =>
  ({ format: idFormat || idPattern, field: lowerFirst(fieldLabel(view, name)) });

/** What is wrong with a field, in a sentence (as announced). */
export function fieldError(view: View, name: FieldName, options: LookupViewOptions): string | undefined {
  const problem = options.lookup.problems[name];
  return problem && view.t(problem, problemValues(view, name, options));
}

/** The same sentence on screen, the example number kept left to right. */
function fieldErrorView(view: View, name: FieldName, options: LookupViewOptions): unknown[] | undefined {
  const problem = options.lookup.problems[name];
  const values = problemValues(view, name, options);
  return problem && view.parts(problem, { ...values, format: view.ltr(values.format) });
}

/**
 * The keyboard a phone should offer for the number, from the agency's example: digits only → the
 * number pad; letters, all capitals → capitals.
 */
const idKeyboard = (idFormat: string) => ({
  inputmode: /^\d+$/.test(idFormat) ? 'numeric' : 'text',
  autocapitalize: /\p{Lu}/u.test(idFormat) && !/\p{Ll}/u.test(idFormat) ? 'characters' : 'off',
});

export function lookupView(view: View, options: LookupViewOptions): TemplateResult {
  const { lookup, idFormat, help, formError, onSubmit } = options;
  return html`<form part="lookup" class="lookup" novalidate @submit=${onSubmit}>
    <div role="heading" aria-level=${view.level} class="heading">${view.t('lookupHeading')}</div>
    ${formError ? html`<p id="form-error" part="form-error" class="form-error" tabindex="-1">${view.t(formError)}</p>` : nothing}
    ${help ? html`<div id="lookup-help" class="hint"><slot name="lookup-help"></slot></div>` : nothing}
    ${lookup.fields.map((name) => {
      const error = fieldErrorView(view, name, options);
      const isId = name === 'applicationId';
      const hint = isId && idFormat ? view.parts('idHint', { format: view.ltr(idFormat) }) : '';
      const { type, autocomplete } = isId ? { type: 'text', autocomplete: 'off' } : VERIFIERS[name];
      const keyboard = isId ? idKeyboard(idFormat) : undefined;
      return html`<div class="field ${error ? 'field--error' : ''}">
        <label for=${name}>${fieldLabel(view, name)}</label>
        ${hint ? html`<span id="${name}-hint" class="hint">${hint}</span>` : nothing}
        ${error ? html`<span id="${name}-error" class="field-error">${error}</span>` : nothing}
        <input id=${name} name=${name} type=${type} autocomplete=${autocomplete} spellcheck="false"
          inputmode=${keyboard?.inputmode ?? nothing} autocapitalize=${keyboard?.autocapitalize ?? nothing}
          autocorrect=${isId ? 'off' : nothing}
          dir=${name === 'last-name' ? 'auto' : 'ltr'}
          .value=${lookup.draft[name] ?? ''} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${[isId && help && 'lookup-help', hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || nothing}
          @input=${(event: Event) => lookup.input(name, (event.target as HTMLInputElement).value)}>
      </div>`;
    })}
    <button part="button submit" type="submit">${view.t('lookupSubmit')}</button>
  </form>`;
}
