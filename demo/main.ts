/**
 * The demo page: starts the mock agency API, then loads the widget, then wires the demo controls.
 * `?scenario=<application id>&lang=es` in the address preselects a scenario and a language.
 */
import { scenarios, startMockApi } from './mocks.js';
import { uscisCaseStatus } from '../src/recipes/uscis.js';
// Every language pack (plain data), so the language switcher can show them all. Spanish is built in.
import ar from '../src/locales/ar.js';
import ht from '../src/locales/ht.js';
import ko from '../src/locales/ko.js';
import ru from '../src/locales/ru.js';
import tl from '../src/locales/tl.js';
import vi from '../src/locales/vi.js';
import zhHans from '../src/locales/zh-Hans.js';
import zhHant from '../src/locales/zh-Hant.js';

const packs = { ar, ht, ko, ru, tl, vi, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

const tracker = document.querySelector('applicant-status-tracker')!;
const agencyEndpoint = tracker.getAttribute('endpoint')!;
const scenarioSelect = document.querySelector<HTMLSelectElement>('#scenario')!;
const languageSelect = document.querySelector<HTMLSelectElement>('#language')!;
const currentId = document.querySelector<HTMLElement>('#current-id')!;
const eventLog = document.querySelector<HTMLOListElement>('#event-log')!;

for (const scenario of scenarios) scenarioSelect.add(new Option(scenario.label, scenario.id));

/** Applies the controls to the element: a scenario is an application id, a language is `lang`. */
function apply(): void {
  // The USCIS scenario points the same element at a foreign API shape and reads it through a recipe.
  const uscis = scenarios.find((s) => s.id === scenarioSelect.value)?.uscis;
  tracker.transform = uscis ? uscisCaseStatus : undefined;
  tracker.setAttribute('endpoint', uscis ? '/uscis/case-status/{id}' : agencyEndpoint);
  tracker.setAttribute('application-id', scenarioSelect.value);
  if (languageSelect.value) tracker.setAttribute('lang', languageSelect.value);
  else tracker.removeAttribute('lang');
  currentId.textContent = scenarioSelect.value;
  const params = new URLSearchParams({ scenario: scenarioSelect.value });
  if (languageSelect.value) params.set('lang', languageSelect.value);
  history.replaceState(null, '', `?${params}`);
}

// Initial state from the address, else from the markup.
const params = new URLSearchParams(location.search);
scenarioSelect.value = params.get('scenario') ?? tracker.getAttribute('application-id') ?? scenarios[0].id;
if (!scenarioSelect.value) scenarioSelect.value = scenarios[0].id;
languageSelect.value = params.get('lang') ?? '';
apply();
scenarioSelect.addEventListener('change', apply);
languageSelect.addEventListener('change', apply);
document.querySelector('#demo-controls')!.addEventListener('submit', (event) => event.preventDefault());

// Developers' view of the widget's events.
function log(type: string, detail: unknown): void {
  const item = document.createElement('li');
  const summary = type === 'status-error'
    ? JSON.stringify(detail)
    : `applicationId ${(detail as { status: { applicationId: string } }).status.applicationId}`;
  item.textContent = `${new Date().toLocaleTimeString()} ${type}: ${summary}`;
  eventLog.prepend(item);
}
tracker.addEventListener('status-update', (event) => log(event.type, event.detail));
tracker.addEventListener('status-error', (event) => log(event.type, event.detail));

// The mock API must answer before the widget's first fetch, so the widget loads only after it.
await startMockApi();
const { ApplicantStatusTracker } = await import('../src/index.js');
for (const [tag, pack] of Object.entries(packs)) ApplicantStatusTracker.registerLanguage(tag, pack);
