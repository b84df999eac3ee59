/**
 * The configurator: form → snippet (snippet.ts) → live preview of exactly that element, with
 * exactly the stylesheet rule it suggests, against the mock API.
 */
import { scenarios, startMockApi } from './mocks.js';
import {
  cssFor, DEFAULTS, elementFor, frameworkSnippetFor, HOSTS, LANGUAGES, problemsFor, snippetFor, VERIFIERS,
  type Host, type Problems, type SnippetOptions, type Verifier,
} from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const field = <T extends HTMLElement = HTMLInputElement>(id: string) => document.querySelector<T>(`#${id}`)!;
const snippetArea = field<HTMLTextAreaElement>('snippet');
const cssArea = field<HTMLTextAreaElement>('css');
const preview = field<HTMLDivElement>('preview');
const previewNote = field<HTMLParagraphElement>('preview-note');
const copyStatus = field<HTMLSpanElement>('copy-status');
const copyButton = field<HTMLButtonElement>('copy');
/** The form field, by id, of each kind of problem. */
const PROBLEM_FIELDS: Record<keyof Problems, string> = {
  endpoint: 'endpoint', scriptSrc: 'script-src', idFormat: 'id-format', idPattern: 'id-pattern', lookupEndpoint: 'lookup-endpoint',
};

field('script-src').value = DEFAULTS.scriptSrc;
for (const scenario of scenarios) field<HTMLDataListElement>('demo-ids').append(new Option(scenario.label, scenario.id));
for (const language of LANGUAGES) field<HTMLSelectElement>('lang').add(new Option(language.name, language.tag));
for (const { host, name } of HOSTS) {
  const choice = document.createElement('div');
  choice.className = 'radio';
  choice.innerHTML = `<input type="radio" name="host" id="host-${host}" value="${host}"><label for="host-${host}"></label>`;
  choice.querySelector('label')!.textContent = name;
  choice.querySelector('input')!.checked = host === 'html';
  field('hosts').append(choice);
}

/** The brand colour rule the snippet suggests, applied to this page as the agency's stylesheet would. */
const brandSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, brandSheet];

const HOST_HINTS: Record<Host, string> = {
  html: 'Paste into your page or your CMS\'s HTML (see the README for Drupal and WordPress).',
  react: 'A React 19 component. React 18 and older set every prop as an attribute: see the README.',
  vue: 'A Vue 3 single-file component.',
  angular: 'An Angular standalone component.',
  svelte: 'A Svelte 5 component.',
};

/** The form's current settings. */
function readOptions(): SnippetOptions {
  const refresh = field('refresh-interval').valueAsNumber;
  return {
    scriptSrc: field('script-src').value,
    endpoint: field('endpoint').value,
    applicationId: field('include-id').checked ? field('application-id').value : '',
    lang: field<HTMLSelectElement>('lang').value,
    refreshInterval: Number.isNaN(refresh) ? undefined : refresh,
    headingLevel: Number(field<HTMLSelectElement>('heading-level').value),
    primaryColor: field('primary-color').value,
    helpPhone: field('help-phone').value,
    idFormat: field('id-format').value,
    idPattern: field('id-pattern').value,
    idParam: field('id-param').value,
    verify: VERIFIERS.filter((verifier: Verifier) => field(`verify-${verifier}`).checked),
    lookupEndpoint: field('lookup-endpoint').value,
    lookupHelp: field('lookup-help').value,
    credentials: field<HTMLSelectElement>('credentials').value as RequestCredentials,
    integrity: field('integrity').value,
  };
}

const chosenHost = () => (form.ownerDocument.querySelector<HTMLInputElement>('input[name="host"]:checked')?.value ?? 'html') as Host;

let shownMarkup = '';
let pending: ReturnType<typeof setTimeout> | undefined;

/** Rebuilds the snippet now, and the preview after typing pauses (each rebuild fetches again). */
function update(): void {
  const options = readOptions();
  const host = chosenHost();
  copyStatus.textContent = '';
  field<HTMLOutputElement>('primary-color-value').value = options.primaryColor ?? '';
  // The lookup settings apply only when the applicant types the number in.
  field<HTMLFieldSetElement>('lookup-settings').disabled = !!options.applicationId?.trim();
  field('snippet-hint').textContent = HOST_HINTS[host];

  // Each problem is said next to its field (and tied to it for screen readers).
  const problems = problemsFor(options, location.href);
  for (const [kind, id] of Object.entries(PROBLEM_FIELDS) as [keyof Problems, string][]) {
    const message = problems[kind];
    const error = field<HTMLParagraphElement>(`${id}-error`);
    error.hidden = !message;
    error.textContent = message ?? '';
    field(id).toggleAttribute('aria-invalid', !!message);
  }
  const blocked = Object.keys(problems).length > 0;
  copyButton.disabled = blocked;
  clearTimeout(pending);
  if (blocked) {
    // No snippet that cannot work: the messages next to the fields say what to fix.
    snippetArea.value = '';
    return;
  }

  snippetArea.value = host === 'html' ? snippetFor(options) : frameworkSnippetFor(host, options);
  const css = cssFor(options);
  cssArea.value = css;
  field('css-section').hidden = !css;
  brandSheet.replaceSync(css);
  previewNote.textContent = /\/applications\/\{id\}\/status$/.test(options.endpoint.trim())
    ? 'Answered by the mock API: try the demo application numbers.'
    : 'The mock API answers only endpoints ending in /applications/{id}/status: this preview calls your endpoint for real.';

  // The preview is the snippet's element itself.
  const markup = elementFor(options);
  pending = setTimeout(() => {
    if (markup === shownMarkup) return;
    shownMarkup = markup;
    preview.innerHTML = markup;
  }, 400);
}

async function copySnippet(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippetArea.value);
  } catch {
    // Clipboard API unavailable (e.g. not a secure context): fall back to selecting the text.
    snippetArea.select();
    if (!document.execCommand('copy')) {
      copyStatus.textContent = 'Press Ctrl+C (or ⌘C) to copy the selected snippet.';
      return;
    }
  }
  copyStatus.textContent = 'Copied.';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
field('hosts').addEventListener('change', update);
copyButton.addEventListener('click', () => void copySnippet());
snippetArea.addEventListener('focus', () => snippetArea.select());
cssArea.addEventListener('focus', () => cssArea.select());

// Mock API first, then the widget, then the first preview.
await startMockApi();
const { registerLanguage } = await import('../src/index.js');
// The preview speaks every language the snippet offers; the snippet loads only the one it needs.
for (const language of LANGUAGES) if (!language.builtIn) registerLanguage(language.tag, language.messages);
update();
