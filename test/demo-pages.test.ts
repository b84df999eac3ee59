/**
 * The demo pages (demo/index.html, demo/configurator.html) as a visitor uses them: each is loaded in
 * a same-origin <iframe>, with its own mock API (msw) and widget, and driven through its controls.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ApplicantStatusTracker } from '../src/index.js';
import { clean, heading as headingOf } from './support/index.js';

/** Long enough for a page load, the mock API's start and a first fetch on a busy machine. */
const LOAD = { timeout: 8000 };
/** A re-render after a change (the configurator's preview waits 400 ms first); only a failure waits this long. */
const CHANGE = { timeout: 8000 };

const frames: HTMLIFrameElement[] = [];
afterEach(async () => {
  for (const frame of frames.splice(0)) {
    // Leave the page before removing its frame: msw tells its service worker on `pagehide` that the
    // page stops mocking, which a removed frame never does. The worker, shared by every test page,
    // would otherwise go on relaying all their requests, and an aborted fetch would no longer reach
    // the server (test/refresh.test.ts sees that).
    const left = oneEvent(frame, 'load');
    frame.src = 'about:blank';
    await left;
    frame.remove();
  }
});

/** Opens `path` in an iframe; resolves with its document once its tracker shows a heading. */
async function open(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  // Wide enough for the pages' desktop layout, tall enough to click the configurator's Copy button.
  frame.style.cssText = 'width: 1200px; height: 1600px; border: 0';
  frame.src = path;
  frames.push(frame);
  document.body.append(frame);
  // The load event does not wait for the module's top-level awaits (mock API, widget import).
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && heading(tracker(frame.contentDocument)), `${path} did not render`, LOAD);
  return frame.contentDocument!;
}

const tracker = (doc: Document, selector = 'applicant-status-tracker') =>
  doc.querySelector<ApplicantStatusTracker>(selector);

/** The widget's main heading (status, error or lookup form), or null while it loads. */
const heading = (el: ApplicantStatusTracker | null) => (el?.shadowRoot ? headingOf(el) : null);
const headingText = (el: ApplicantStatusTracker | null) => clean(heading(el)?.textContent);

/** Waits until the tracker's heading reads `text`. */
async function headingBecomes(el: ApplicantStatusTracker | null, text: string): Promise<void> {
  await waitUntil(() => headingText(el) === text, `heading is "${headingText(el)}", expected "${text}"`, CHANGE);
}

/** Picks the option whose visible text starts with `label`, as a person choosing from the list. */
function choose(select: HTMLSelectElement, label: string): void {
  const option = [...select.options].find((o) => o.text.startsWith(label));
  expect(option, `option "${label}" of #${select.id}`).to.exist;
  select.value = option!.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types `value` into a field (all at once), replacing what was there. */
function fill(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The element of a snippet, parsed as a browser would. */
function snippetElement(snippet: string): Element {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return template.content.querySelector('applicant-status-tracker')!;
}

const attributesOf = (element: Element) => Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));

describe('demo page (demo/index.html)', () => {
  it('shows the default scenario', async () => {
    const doc = await open('/demo/index.html');
    expect(headingText(tracker(doc))).to.equal('Step 3 of 5: Eligibility review');
    expect(doc.querySelector('#scenario')).to.have.property('value', 'LBC-2026-00102');
    expect(clean(doc.querySelector('#current-id')!.textContent)).to.equal('LBC-2026-00102');
  });

  it('"Action required" shows the step\'s action link', async () => {
    const doc = await open('/demo/index.html');
    const el = tracker(doc);
    choose(doc.querySelector('#scenario')!, 'Action required');
    await headingBecomes(el, 'Step 3 of 6: Supporting documents');
    const link = el!.shadowRoot!.querySelector('[part~="action"] a')!;
    expect(clean(link.textContent)).to.equal('Upload your tax return');
    expect(link.getAttribute('href')).to.equal('https://business.laramie.example.gov/relief/upload');
    expect(el!.getAttribute('application-id')).to.equal('LBC-2026-00103');
    expect(new URL(doc.location.href).search).to.equal('?scenario=LBC-2026-00103');
  });

  it('the 404 scenario shows the not-found message', async () => {
    const doc = await open('/demo/index.html');
    const el = tracker(doc);
    choose(doc.querySelector('#scenario')!, 'Not found (404)');
    await headingBecomes(el, 'We could not find that application.');
    expect(el!.shadowRoot!.querySelector('[part="error"]')!.getAttribute('data-kind')).to.equal('not-found');
    // The page's help text is slotted into the error.
    const help = el!.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="help"]')!.assignedElements();
    expect(clean(help[0]?.textContent)).to.contain('Questions? Call the grants line');
  });

  it('switching the language to Español shows Spanish', async () => {
    const doc = await open('/demo/index.html');
    const el = tracker(doc);
    choose(doc.querySelector('#language')!, 'Español');
    await headingBecomes(el, 'Paso 3 de 5: Eligibility review');
    expect(el!.getAttribute('lang')).to.equal('es');
    // Whose turn it is, then what to expect next: the decision's estimate, ahead of today in the demo.
    expect(clean(el!.shadowRoot!.querySelector('[part~="summary"]')!.textContent))
      .to.match(/^Estamos trabajando en su solicitud\. Usted no tiene que hacer nada por ahora\. Decision: Previsto a más tardar el .+ \(estimado\)\.$/);
  });

  describe('timing scenarios: dates relative to the day the demo runs', () => {
    /** The day `days` from today as the widget writes it in English. */
    const inDays = (days: number) => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, 12)
        .toLocaleDateString('en', { year: 'numeric', month: 'long', day: 'numeric' });
    };
    /** Chooses the scenario and waits for its application (the default one may share its heading). */
    const show = async (label: string, heading: string) => {
      const doc = await open('/demo/index.html');
      const el = tracker(doc)!;
      choose(doc.querySelector('#scenario')!, label);
      const id = doc.querySelector<HTMLSelectElement>('#scenario')!.value;
      await waitUntil(() => el.status?.applicationId === id && headingText(el) === heading, `${label} did not render`, CHANGE);
      await el.updateComplete;
      return el.shadowRoot!;
    };

    it('"On track" shows the estimates as estimates', async () => {
      const root = await show('On track', 'Step 3 of 5: Eligibility review');
      expect(clean(root.querySelector('[part~="step-current"]')!.textContent)).to.contain(`Expected by ${inDays(8)} (estimate)`);
      expect(clean(root.querySelector('[part~="summary"]')!.textContent)).to.contain(`Eligibility review: Expected by ${inDays(8)} (estimate).`);
    });

    it('"Taking longer than expected" says so, with the agency contact', async () => {
      const root = await show('Taking longer', 'Step 3 of 5: Eligibility review');
      const review = root.querySelector('[part~="step-current"]')!;
      expect(clean(review.textContent)).to.contain(`Taking longer than expected (estimated ${inDays(-6)})`);
      expect(review.querySelector('a[href^="tel:"]')).to.exist;
    });

    it('"Document due in 3 days" offers the calendar file for that day', async () => {
      const root = await show('Document due in 3 days', 'Step 3 of 6: Supporting documents');
      expect(clean(root.querySelector('[part~="action"]')!.textContent)).to.contain(`Due by ${inDays(3)}`);
      const link = root.querySelector<HTMLAnchorElement>('[part~="action"] a[download]')!;
      expect(clean(link.textContent)).to.equal('Add to my calendar');
      const now = new Date();
      const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 3);
      const day = `${due.getFullYear()}${String(due.getMonth() + 1).padStart(2, '0')}${String(due.getDate()).padStart(2, '0')}`;
      expect(decodeURIComponent(link.href)).to.contain(`\r\nDTSTART;VALUE=DATE:${day}\r\n`);
    });

    it('"Estimate moved" says so after "Check again"', async () => {
      const root = await show('Estimate moved', 'Step 3 of 5: Eligibility review');
      const review = () => clean(root.querySelector('[part~="step-current"]')!.textContent);
      const first = review();
      [...root.querySelectorAll('button')].find((b) => clean(b.textContent) === 'Check again')!.click();
      await waitUntil(() => review() !== first, 'the estimate did not move', CHANGE);
      expect(review()).to.contain(`Expected by ${inDays(15)} (estimate)`);
      expect(review()).to.contain(`Estimate changed from ${inDays(8)}`);
    });

    it('"Due date passed" says so in the call-out', async () => {
      const root = await show('Due date passed', 'Step 3 of 6: Supporting documents');
      const action = root.querySelector('[part~="action"]')!;
      expect(clean(action.textContent)).to.contain(`The due date (${inDays(-4)}) has passed.`);
      expect(action.querySelector('a[download]')).to.equal(null);
    });
  });

  it('offers the separate language packs (Tiếng Việt) and reads ?scenario= and &lang= from the address', async () => {
    const doc = await open('/demo/index.html?scenario=LBC-2026-00103&lang=vi');
    expect(doc.querySelector('#language')).to.have.property('value', 'vi');
    await headingBecomes(tracker(doc), 'Bước 3 trên 6: Supporting documents');
  });

  it('the USCIS scenario reads the foreign shape through the recipe, in English and Spanish', async () => {
    const doc = await open('/demo/index.html');
    const el = tracker(doc);
    choose(doc.querySelector('#scenario')!, 'USCIS');
    await headingBecomes(el, 'Step 2 of 4: Case review');
    expect(el!.getAttribute('endpoint')).to.equal('/uscis/case-status/{id}');
    choose(doc.querySelector('#language')!, 'Español');
    await headingBecomes(el, 'Paso 2 de 4: Revisión del caso');
  });
});

describe('configurator (demo/configurator.html)', () => {
  const field = <T extends HTMLElement = HTMLInputElement>(doc: Document, id: string) => doc.querySelector<T>(`#${id}`)!;
  const preview = (doc: Document) => tracker(doc, '#preview applicant-status-tracker');

  it('previews the default settings', async () => {
    const doc = await open('/demo/configurator.html');
    expect(headingText(preview(doc))).to.equal('Step 3 of 6: Supporting documents');
    expect(attributesOf(snippetElement(field<HTMLTextAreaElement>(doc, 'snippet').value)))
      .to.deep.equal({ endpoint: '/api/applications/{id}/status', 'application-id': 'LBC-2026-00103' });
    expect(clean(field(doc, 'preview-note').textContent)).to.equal('Answered by the mock API: try the demo application numbers.');
    const demoIds = [...doc.querySelectorAll<HTMLOptionElement>('#demo-ids option')].map((o) => o.label);
    expect(demoIds).to.include.members(['On track, with expected dates', 'Taking longer than expected',
      'Document due in 3 days (Add to my calendar)', 'Due date passed']);
  });

  it('each setting updates the snippet at once and the live preview after typing pauses', async () => {
    const doc = await open('/demo/configurator.html');
    const before = preview(doc);
    fill(field(doc, 'endpoint'), '/grants/applications/{id}/status');
    fill(field(doc, 'application-id'), 'LBC-2026-00102');
    choose(field<HTMLSelectElement>(doc, 'lang'), 'Español');
    choose(field<HTMLSelectElement>(doc, 'heading-level'), '3');
    fill(field(doc, 'primary-color'), '#6B2C91');

    const expected = {
      endpoint: '/grants/applications/{id}/status',
      'application-id': 'LBC-2026-00102',
      lang: 'es',
      'heading-level': '3',
    };
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    expect(attributesOf(snippetElement(snippet))).to.deep.equal(expected);
    expect(snippet).to.contain('<p>¿Preguntas? Llame al <a href="tel:+18005550100">1-800-555-0100</a></p>');
    expect(clean(field<HTMLOutputElement>(doc, 'primary-color-value').value)).to.equal('#6b2c91');
    // The colour comes as a rule for the agency's stylesheet (a style attribute would not survive a strict CSP).
    expect(field(doc, 'css-section').hidden).to.equal(false);
    expect(field<HTMLTextAreaElement>(doc, 'css').value).to.equal('applicant-status-tracker {\n  --ast-color-primary: #6b2c91;\n}\n');
    // Debounced: the old preview is still there right after typing.
    expect(preview(doc)).to.equal(before);

    await waitUntil(() => preview(doc) !== before, 'the preview was not rebuilt', CHANGE);
    const el = preview(doc)!;
    // Exactly the snippet's attributes: the widget adds none of its own.
    expect(attributesOf(el)).to.deep.equal(expected);
    await headingBecomes(el, 'Paso 3 de 5: Eligibility review');
    expect(heading(el)!.getAttribute('aria-level')).to.equal('3');
    // The preview takes the colour from that same rule, as the agency's page will.
    const view = doc.defaultView!;
    expect(view.getComputedStyle(el).getPropertyValue('--ast-color-primary').trim()).to.equal('#6b2c91');
    // The widget's links take the brand colour.
    expect(view.getComputedStyle(el.shadowRoot!.querySelector('[part="contact"] a')!).color).to.equal('rgb(107, 44, 145)');
  });

  it('without the id in the snippet, the preview shows the lookup form', async () => {
    const doc = await open('/demo/configurator.html');
    const before = preview(doc);
    field(doc, 'include-id').click();
    expect(attributesOf(snippetElement(field<HTMLTextAreaElement>(doc, 'snippet').value)))
      .to.deep.equal({ endpoint: '/api/applications/{id}/status' });
    await waitUntil(() => preview(doc) !== before && preview(doc)?.shadowRoot?.querySelector('[part="lookup"]'), 'no lookup form', CHANGE);
    const el = preview(doc)!;
    expect(el.hasAttribute('application-id')).to.equal(false);
    expect(headingText(el)).to.equal('Check your application status');
    expect(el.shadowRoot!.querySelector('input#applicationId')).to.exist;
  });

  it('an empty or unusable endpoint says what to fix, next to the field, and offers no snippet', async () => {
    const doc = await open('/demo/configurator.html');
    const endpoint = field(doc, 'endpoint');
    const error = field(doc, 'endpoint-error');
    expect(error.hidden).to.equal(true);
    fill(endpoint, '  ');
    expect(error.hidden).to.equal(false);
    expect(clean(error.textContent)).to.equal('Enter the address of your status endpoint, for example /api/applications/{id}/status.');
    expect(endpoint.getAttribute('aria-describedby')!.split(' ')).to.include('endpoint-error');
    expect(endpoint.hasAttribute('aria-invalid')).to.equal(true);
    expect(field<HTMLTextAreaElement>(doc, 'snippet').value).to.equal('');
    expect(field<HTMLButtonElement>(doc, 'copy').disabled).to.equal(true);

    fill(endpoint, 'https://');
    expect(clean(error.textContent)).to.contain('This is not a web address.');

    fill(endpoint, '/api/applications/{id}/status');
    expect(error.hidden).to.equal(true);
    expect(endpoint.hasAttribute('aria-invalid')).to.equal(false);
    expect(snippetElement(field<HTMLTextAreaElement>(doc, 'snippet').value).getAttribute('endpoint')).to.equal('/api/applications/{id}/status');
  });

  it('a lookup pattern that is not a regular expression, an example that does not match it, an empty script URL: each said at its field', async () => {
    const doc = await open('/demo/configurator.html');
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet');
    field(doc, 'include-id').click();
    fill(field(doc, 'id-pattern'), 'LBC-(\\d{4}');
    expect(clean(field(doc, 'id-pattern-error').textContent)).to.equal('This is not a valid regular expression.');
    expect(field(doc, 'id-pattern').hasAttribute('aria-invalid')).to.equal(true);
    expect(snippet.value).to.equal('');

    fill(field(doc, 'id-pattern'), 'LBC-\\d{4}-\\d{5}');
    fill(field(doc, 'id-format'), 'LBC-26-1');
    expect(field(doc, 'id-pattern-error').hidden).to.equal(true);
    expect(clean(field(doc, 'id-format-error').textContent)).to.contain('does not match your number pattern');
    fill(field(doc, 'id-format'), 'LBC-2026-00103');
    expect(field(doc, 'id-format-error').hidden).to.equal(true);

    fill(field(doc, 'script-src'), '');
    expect(clean(field(doc, 'script-src-error').textContent)).to.equal('Enter where you host applicant-status-tracker.iife.js.');
    expect(field(doc, 'script-src').getAttribute('aria-describedby')!.split(' ')).to.include('script-src-error');
    expect(snippet.value).to.equal('');
    fill(field(doc, 'script-src'), 'https://static.agency.example.gov/ast.iife.js');
    expect(snippet.value.startsWith('<script src="https://static.agency.example.gov/ast.iife.js" defer></script>')).to.equal(true);
  });

  it('the help line reads right inside the preview\'s error panel', async () => {
    const doc = await open('/demo/configurator.html');
    const before = preview(doc);
    fill(field(doc, 'application-id'), 'LBC-2026-00404');
    await waitUntil(() => preview(doc) !== before && headingText(preview(doc)) === 'We could not find that application.', 'no not-found error', CHANGE);
    const fallback = preview(doc)!.shadowRoot!.querySelector<HTMLSlotElement>('[part="error"] slot:not([name])')!.assignedElements();
    expect(fallback.map((element) => clean(element.textContent))).to.deep.equal(['Questions? Call 1-800-555-0100']);
  });

  it('offers all ten languages: a pack language previews in it and adds its script to the snippet', async () => {
    const doc = await open('/demo/configurator.html');
    const select = field<HTMLSelectElement>(doc, 'lang');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ru', 'ht']);
    const before = preview(doc);
    choose(select, 'Tiếng Việt');
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    expect(snippet).to.contain('<script src="https://cdn.example.gov/locales/vi.js" defer></script>');
    expect(snippet).to.contain('<p>Quý vị có thắc mắc? Gọi <a href="tel:+18005550100">1-800-555-0100</a></p>');
    await waitUntil(() => preview(doc) !== before, 'the preview was not rebuilt', CHANGE);
    await headingBecomes(preview(doc), 'Bước 3 trên 6: Supporting documents');
  });

  it('lookup settings apply without a number: format hint, pattern, verifiers, in the snippet and the preview', async () => {
    const doc = await open('/demo/configurator.html');
    const lookup = field<HTMLFieldSetElement>(doc, 'lookup-settings');
    expect(lookup.disabled).to.equal(true);
    const before = preview(doc);
    field(doc, 'include-id').click();
    expect(lookup.disabled).to.equal(false);
    fill(field(doc, 'id-format'), 'LBC-2026-00103');
    fill(field(doc, 'id-pattern'), 'LBC-\\d{4}-\\d{5}');
    field(doc, 'verify-last-name').click();
    fill(field(doc, 'lookup-endpoint'), '/api/applications/lookup');
    expect(attributesOf(snippetElement(field<HTMLTextAreaElement>(doc, 'snippet').value))).to.deep.equal({
      endpoint: '/api/applications/{id}/status',
      'lookup-endpoint': '/api/applications/lookup',
      verify: 'last-name',
      'id-format': 'LBC-2026-00103',
      'id-pattern': 'LBC-\\d{4}-\\d{5}',
    });
    await waitUntil(() => preview(doc) !== before && preview(doc)?.shadowRoot?.querySelector('[part="lookup"]'), 'no lookup form', CHANGE);
    const form = preview(doc)!.shadowRoot!.querySelector('[part="lookup"]')!;
    await waitUntil(() => form.querySelector('input[autocomplete="family-name"]'), 'no last-name field', CHANGE);
    expect(clean(form.textContent)).to.contain('Format: LBC-2026-00103');
  });

  it('long snippet lines wrap on screen instead of running out of the box', async () => {
    const doc = await open('/demo/configurator.html');
    fill(field(doc, 'endpoint'), `https://permits.agency.example.gov/${'very-long-path-segment/'.repeat(8)}{id}/status`);
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet');
    expect(snippet.value).to.contain('very-long-path-segment/very-long-path-segment/');
    expect(snippet.clientWidth).to.be.greaterThan(0);
    expect(snippet.scrollWidth).to.be.at.most(snippet.clientWidth);
  });

  it('offers each framework\'s component beside the script tag, with its own binding of the number', async () => {
    const doc = await open('/demo/configurator.html');
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet');
    const hosts = [...doc.querySelectorAll<HTMLInputElement>('#hosts input[type="radio"]')];
    expect(hosts.map((radio) => clean(doc.querySelector(`label[for="${radio.id}"]`)!.textContent)))
      .to.deep.equal(['HTML page or CMS', 'React 19', 'Vue 3', 'Angular', 'Svelte 5']);
    // The status preload (the example number is in the snippet), then the script tag.
    expect(snippet.value).to.match(/^<link rel="preload" as="fetch" crossorigin href="[^"]+">\n<script src=/);
    const binding: Record<string, string> = {
      'React 19': 'application-id={applicationId}',
      'Vue 3': ':application-id="applicationId"',
      Angular: '[attr.application-id]="applicationId()"',
      'Svelte 5': 'application-id={applicationId}',
    };
    for (const [name, expected] of Object.entries(binding)) {
      const radio = hosts.find((r) => clean(doc.querySelector(`label[for="${r.id}"]`)!.textContent) === name)!;
      radio.click();
      expect(snippet.value, name).to.contain(expected);
      expect(snippet.value, name).to.contain('applicant-status-tracker');
      expect(snippet.value, name).not.to.contain('<script src=');
    }
    hosts[0].click();
    // The status preload (the example number is in the snippet), then the script tag.
    expect(snippet.value).to.match(/^<link rel="preload" as="fetch" crossorigin href="[^"]+">\n<script src=/);
  });

  it('Copy puts the snippet on the clipboard, or selects it for the keyboard, and says so', async () => {
    const doc = await open('/demo/configurator.html');
    const view = doc.defaultView! as Window & typeof globalThis;
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet');

    // Record which path runs: the Clipboard API, or (where it refuses) select + execCommand('copy').
    const calls: string[] = [];
    let written: string | undefined;
    const clipboard = view.navigator.clipboard;
    const writeText = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      calls.push('clipboard.writeText');
      written = text;
      return writeText(text);
    };
    const execCommand = doc.execCommand.bind(doc);
    let copied: boolean | undefined;
    doc.execCommand = (command: string, ...rest: [boolean?, string?]) => {
      calls.push(`execCommand(${command})`);
      copied = execCommand(command, ...rest);
      return copied;
    };

    // A real click, so the page has the user activation both paths ask for.
    const button = field<HTMLButtonElement>(doc, 'copy');
    button.scrollIntoView({ block: 'center' });
    const frame = frames[frames.length - 1].getBoundingClientRect();
    const box = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(frame.x + box.x + box.width / 2), Math.round(frame.y + box.y + box.height / 2)] });
    await sendMouse({ type: 'move', position: [0, 0] });

    const status = field(doc, 'copy-status');
    await waitUntil(() => clean(status.textContent) !== '', 'no copy status', CHANGE);
    expect(calls[0]).to.equal('clipboard.writeText');
    expect(written).to.equal(snippet.value);
    if (calls.length === 1) {
      expect(clean(status.textContent)).to.equal('Copied.');
    } else {
      // The Clipboard API refused (e.g. the document lacks focus): the fallback selected the whole snippet.
      expect(calls).to.deep.equal(['clipboard.writeText', 'execCommand(copy)']);
      expect([snippet.selectionStart, snippet.selectionEnd]).to.deep.equal([0, snippet.value.length]);
      expect(clean(status.textContent)).to.equal(copied ? 'Copied.' : 'Press Ctrl+C (or ⌘C) to copy the selected snippet.');
    }
    expect(status.getAttribute('role')).to.equal('status');
  });
});
