/**
 * The configurator: form → snippet (snippetFor) → live preview of exactly that markup against the mock API.
 */
import { scenarios, startMockApi } from './mocks.js';
import { DEFAULTS, snippetFor, type SnippetOptions } from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const field = <T extends HTMLElement = HTMLInputElement>(id: string) => document.querySelector<T>(`#${id}`)!;
const snippetArea = field<HTMLTextAreaElement>('snippet');
const preview = field<HTMLDivElement>('preview');
const previewNote = field<HTMLParagraphElement>('preview-note');
const copyStatus = field<HTMLSpanElement>('copy-status');

field('script-src').value = DEFAULTS.scriptSrc;
for (const scenario of scenarios) field<HTMLDataListElement>('demo-ids').append(new Option(scenario.label, scenario.id));

/** The form's current settings. */
function readOptions(): SnippetOptions {
  const refresh = field('refresh-interval').valueAsNumber;
  return {
    scriptSrc: field('script-src').value || DEFAULTS.scriptSrc,
    endpoint: field('endpoint').value,
    applicationId: field('include-id').checked ? field('application-id').value : '',
    lang: field<HTMLSelectElement>('lang').value,
    refreshInterval: Number.isNaN(refresh) ? undefined : refresh,
    headingLevel: Number(field<HTMLSelectElement>('heading-level').value),
    primaryColor: field('primary-color').value,
    helpPhone: field('help-phone').value,
    credentials: field<HTMLSelectElement>('credentials').value as RequestCredentials,
    integrity: field('integrity').value,
  };
}

let shownMarkup = '';
let pending: ReturnType<typeof setTimeout> | undefined;

/** Rebuilds the snippet now, and the preview after typing pauses (each rebuild fetches again). */
function update(): void {
  const options = readOptions();
  const snippet = snippetFor(options);
  snippetArea.value = snippet;
  field<HTMLOutputElement>('primary-color-value').value = options.primaryColor ?? '';
  copyStatus.textContent = '';
  previewNote.textContent = /\/applications\/\{id\}\/status$/.test(options.endpoint.trim())
    ? 'Answered by the mock API: try the demo application numbers.'
    : 'The mock API answers only endpoints ending in /applications/{id}/status: this preview calls your endpoint for real.';

  // The preview is the snippet's element itself, without the preload and the <script> tag.
  const markup = snippet.slice(snippet.indexOf('<applicant-status-tracker'));
  clearTimeout(pending);
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
field<HTMLButtonElement>('copy').addEventListener('click', () => void copySnippet());
snippetArea.addEventListener('focus', () => snippetArea.select());

// Mock API first, then the widget, then the first preview.
await startMockApi();
await import('../src/index.js');
update();
