/** The configurator's snippet builder (demo/snippet.ts): what an agency copies into its page. */
import { expect, waitUntil } from '@open-wc/testing';
import {
  cssFor, DEFAULTS, endpointProblem, fallbackFor, frameworkSnippetFor, LANGUAGES, problemsFor, snippetFor, type SnippetOptions,
} from '../demo/snippet.js';
import { clean, script, uniqueKey } from './support/index.js';

const minimal: SnippetOptions = { scriptSrc: DEFAULTS.scriptSrc, endpoint: DEFAULTS.endpoint };

/** The snippet parsed as the browser would: its preload, its <script>s and its element. */
function parse(snippet: string) {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return {
    preload: template.content.querySelector<HTMLLinkElement>('link[rel=preload]'),
    scripts: [...template.content.querySelectorAll('script')].map((script) => script.getAttribute('src')),
    script: template.content.querySelector('script')!,
    element: template.content.querySelector('applicant-status-tracker')!,
  };
}

const attributesOf = (element: Element) => Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));

describe('snippetFor', () => {
  it('builds the script tag and element, leaving defaults out', () => {
    expect(snippetFor({ ...minimal, applicationId: 'WY-2020-00123', helpPhone: '1-800-555-0100' })).to.equal(
      '<link rel="preload" as="fetch" crossorigin href="/api/applications/WY-2020-00123/status">\n' +
        '<script src="https://cdn.example.gov/applicant-status-tracker.iife.js" defer></script>\n' +
        '<applicant-status-tracker\n' +
        '    endpoint="/api/applications/{id}/status"\n' +
        '    application-id="WY-2020-00123">\n' +
        '  <p>Questions? Call <a href="tel:+18005550100">1-800-555-0100</a></p>\n' +
        '</applicant-status-tracker>\n',
    );
  });

  it('sets every chosen option as an attribute, and the brand colour never as a style attribute', () => {
    const { script, element } = parse(snippetFor({
      ...minimal, applicationId: 'A-1', lang: 'es', refreshInterval: 600, headingLevel: 3, primaryColor: '#6B2C91',
    }));
    expect(script.getAttribute('src')).to.equal(DEFAULTS.scriptSrc);
    expect(script.hasAttribute('defer')).to.equal(true);
    // A strict Content-Security-Policy drops style attributes: the colour goes in a stylesheet rule.
    expect(attributesOf(element)).to.deep.equal({
      endpoint: '/api/applications/{id}/status', 'application-id': 'A-1', lang: 'es', 'refresh-interval': '600', 'heading-level': '3',
    });
    expect(cssFor({ ...minimal, primaryColor: '#6B2C91' })).to.equal('applicant-status-tracker {\n  --ast-color-primary: #6b2c91;\n}\n');
  });

  it('omits the id (lookup form), default refresh, heading level and colour', () => {
    const options = { ...minimal, applicationId: ' ', refreshInterval: 300, headingLevel: 2, primaryColor: '#005EA2' };
    expect(parse(snippetFor(options)).element.getAttributeNames()).to.deep.equal(['endpoint']);
    expect(cssFor(options)).to.equal('');
  });

  it('keeps refresh-interval="0" (automatic checks off)', () => {
    expect(parse(snippetFor({ ...minimal, refreshInterval: 0 })).element.getAttribute('refresh-interval')).to.equal('0');
  });

  it('clamps the heading level and drops invalid values', () => {
    expect(parse(snippetFor({ ...minimal, headingLevel: 9 })).element.getAttribute('heading-level')).to.equal('6');
    const options = { ...minimal, refreshInterval: -5, primaryColor: 'red; background: url(x)' };
    expect(parse(snippetFor(options)).element.hasAttribute('refresh-interval')).to.equal(false);
    expect(cssFor(options)).to.equal('');
  });

  it('escapes what the agency typed, so it survives as attribute values and text', () => {
    const endpoint = '/api/status?id={id}&x="<b>"';
    const { script, element } = parse(snippetFor({
      scriptSrc: 'https://cdn.example.gov/a.js"><script>alert(1)</script>', endpoint, applicationId: `O'Brien & <Co>`,
      helpPhone: '<b>555</b>',
    }));
    expect(script.getAttribute('src')).to.equal('https://cdn.example.gov/a.js"><script>alert(1)</script>');
    expect(element.getAttribute('endpoint')).to.equal(endpoint);
    expect(element.getAttribute('application-id')).to.equal(`O'Brien & <Co>`);
    expect(element.querySelector('b')).to.equal(null);
    expect(element.textContent).to.contain('<b>555</b>');
  });

  it('lookup settings: only without an application number, verifiers in a fixed order, the POST endpoint only with verifiers', () => {
    const lookup = {
      ...minimal, idFormat: ' WY-2020-00123 ', idPattern: 'WY-\\d{4}-\\d{5}', idParam: 'application',
      verify: ['postal-code', 'last-name'] as const, lookupEndpoint: '/api/applications/lookup',
    };
    expect(attributesOf(parse(snippetFor(lookup)).element)).to.deep.equal({
      endpoint: '/api/applications/{id}/status',
      'lookup-endpoint': '/api/applications/lookup',
      verify: 'last-name postal-code',
      'id-format': 'WY-2020-00123',
      'id-pattern': 'WY-\\d{4}-\\d{5}',
      'id-param': 'application',
    });
    expect(parse(snippetFor({ ...lookup, verify: [] })).element.hasAttribute('lookup-endpoint')).to.equal(false);
    expect(parse(snippetFor({ ...lookup, applicationId: 'A-1' })).element.getAttributeNames()).to.deep.equal(['endpoint', 'application-id']);
  });
});

describe('the lookup help in the snippet', () => {
  const help = 'Find your number in the email we sent you: <b>not</b> a {code}.';

  it('goes in the element as slot="lookup-help" text, only when applicants type the number in', () => {
    const paragraph = parse(snippetFor({ ...minimal, lookupHelp: ` ${help} ` })).element.querySelector('p[slot="lookup-help"]');
    expect(paragraph?.textContent).to.equal(help);
    expect(paragraph?.querySelector('b'), 'what the agency typed stays text').to.equal(null);
    expect(parse(snippetFor({ ...minimal, applicationId: 'A-1', lookupHelp: help })).element.querySelector('[slot]')).to.equal(null);
    expect(parse(snippetFor({ ...minimal, lookupHelp: '  ' })).element.querySelector('[slot]')).to.equal(null);
  });

  it('shows in the pasted widget\'s form and is read with the number field', async () => {
    await import('../src/index.js');
    const el = document.importNode(parse(snippetFor({ ...minimal, lookupHelp: help })).element, true);
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('#applicationId'), 'the lookup form shows');
      const input = el.shadowRoot!.querySelector('#applicationId')!;
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="lookup-help"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([help]);
      expect(input.getAttribute('aria-describedby')?.split(' ')).to.include(slot.parentElement!.id);
    } finally {
      el.remove();
    }
  });

  it('goes in every framework snippet, braces written as characters', () => {
    for (const host of ['react', 'vue', 'angular', 'svelte'] as const) {
      expect(frameworkSnippetFor(host, { ...minimal, lookupHelp: help }), host)
        .to.contain('<p slot="lookup-help">Find your number in the email we sent you: &lt;b&gt;not&lt;/b&gt; a &#123;code&#125;.</p>');
    }
  });
});

describe('the brand colour under a strict Content-Security-Policy', () => {
  it('applies from the suggested stylesheet rule, where the old style attribute is dropped', async () => {
    const key = uniqueKey('brand-css');
    const options = { ...minimal, primaryColor: '#6b2c91' };
    await script(key, [{ raw: cssFor(options), type: 'text/css' }]);
    // A page of its own (not srcdoc: Firefox does not match 'self' to the parent's origin there).
    const page = uniqueKey('brand-page');
    await script(page, [{ type: 'text/html', raw: `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'">
      <link rel="stylesheet" href="/loopback/api/${key}">
      ${snippetFor(options).replace(/<script[^>]*><\/script>\n/g, '')}
      <applicant-status-tracker id="inline-style" style="--ast-color-primary: #123456"></applicant-status-tracker>` }]);
    const frame = document.createElement('iframe');
    frame.src = `/loopback/api/${page}`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.styleSheets.length === 1, 'the stylesheet did not load');
      const view = frame.contentWindow!;
      const [snippetElement, inlineStyled] = frame.contentDocument!.querySelectorAll('applicant-status-tracker');
      expect(view.getComputedStyle(snippetElement).getPropertyValue('--ast-color-primary').trim()).to.equal('#6b2c91');
      // The policy is in force: the way the configurator used to set the colour has no effect here.
      expect(inlineStyled.id).to.equal('inline-style');
      expect(view.getComputedStyle(inlineStyled).getPropertyValue('--ast-color-primary').trim()).to.equal('#6b2c91');
    } finally {
      frame.remove();
    }
  });
});

describe('fallbackFor', () => {
  it('reads right before the script runs and inside the error panel: the widget\'s own "Questions? Call …"', () => {
    expect(fallbackFor({ ...minimal, helpPhone: '1-800-555-0100' }))
      .to.equal('<p>Questions? Call <a href="tel:+18005550100">1-800-555-0100</a></p>');
    const { element } = parse(snippetFor({ ...minimal, lang: 'es', helpPhone: '(307) 555-0150' }));
    expect(clean(element.textContent)).to.equal('¿Preguntas? Llame al (307) 555-0150');
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('tel:+13075550150');
  });

  it('is in the snippet\'s language for all ten, keeping the number left to right in Arabic', () => {
    for (const language of LANGUAGES) {
      const { element } = parse(snippetFor({ ...minimal, lang: language.tag, helpPhone: '1-800-555-0100' }));
      const paragraph = element.querySelector('p')!;
      expect(clean(paragraph.textContent), language.tag)
        .to.equal(`${language.messages.contact} ${language.messages.call.replace('{phone}', '1-800-555-0100')}`);
    }
    const arabic = parse(snippetFor({ ...minimal, lang: 'ar', helpPhone: '1-800-555-0100' })).element;
    expect(arabic.querySelector('p')!.getAttribute('dir')).to.equal('rtl');
    expect(arabic.querySelector('a')!.getAttribute('dir')).to.equal('ltr');
  });

  it('is left out without a phone number: no promise the page cannot keep', () => {
    expect(fallbackFor(minimal)).to.equal('');
    expect(parse(snippetFor(minimal)).element.children).to.have.length(0);
  });
});

describe('languages', () => {
  it('offers the ten languages the widget ships; a pack language adds its script beside the main one', () => {
    expect(LANGUAGES.map((language) => language.tag)).to.deep.equal(['en', 'es', 'zh-Hans', 'zh-Hant', 'vi', 'ko', 'tl', 'ar', 'ru', 'ht']);
    expect(parse(snippetFor({ ...minimal, lang: 'vi' })).scripts).to.deep.equal([
      'https://cdn.example.gov/applicant-status-tracker.iife.js',
      'https://cdn.example.gov/locales/vi.js',
    ]);
    expect(parse(snippetFor({ ...minimal, scriptSrc: '/js/ast.iife.js', lang: 'zh-Hant' })).scripts).to.deep.equal(['/js/ast.iife.js', '/js/locales/zh-Hant.js']);
    expect(parse(snippetFor({ ...minimal, lang: 'es' })).scripts).to.have.length(1);
  });
});

describe('endpointProblem', () => {
  it('says what to fix for an empty or unusable endpoint, and nothing for a usable one', () => {
    expect(endpointProblem('')).to.equal('Enter the address of your status endpoint, for example /api/applications/{id}/status.');
    expect(endpointProblem('   ')).to.equal('Enter the address of your status endpoint, for example /api/applications/{id}/status.');
    expect(endpointProblem('https://')).to.contain('This is not a web address.');
    expect(endpointProblem('javascript:alert(1)')).to.equal('Use an https:// (or http://) address.');
    expect(endpointProblem('/api/applications/{id}/status')).to.equal(undefined);
    expect(endpointProblem('https://api.agency.example.gov/status/{id}')).to.equal(undefined);
    expect(endpointProblem('/api/me/status')).to.equal(undefined);
  });
});

describe('problemsFor', () => {
  it('names every field the widget could not use, and nothing for a usable form', () => {
    expect(problemsFor({ ...minimal, idPattern: 'WY-\\d{4}-\\d{5}', idFormat: 'WY-2020-00123' })).to.deep.equal({});
    expect(problemsFor({ ...minimal, scriptSrc: ' ' })).to.deep.equal({ scriptSrc: 'Enter where you host applicant-status-tracker.iife.js.' });
    expect(problemsFor({ ...minimal, scriptSrc: 'ftp://cdn.example.gov/a.js' })).to.deep.equal({ scriptSrc: 'Use an https:// (or http://) address.' });
    // The lookup form's pattern is compiled as the widget compiles it: a broken one is said here, not on the live page.
    expect(problemsFor({ ...minimal, idPattern: 'WY-(\\d{4}' })).to.deep.equal({ idPattern: 'This is not a valid regular expression.' });
    expect(problemsFor({ ...minimal, idPattern: 'WY-\\d{4}-\\d{5}', idFormat: 'WY-20-1' }).idFormat)
      .to.equal('This example does not match your number pattern: applicants would be shown a format the form refuses.');
    expect(problemsFor({ ...minimal, verify: ['last-name'], lookupEndpoint: 'javascript:void 0' }))
      .to.deep.equal({ lookupEndpoint: 'Use an https:// (or http://) address.' });
  });

  it('ignores the lookup settings when the snippet names the application', () => {
    expect(problemsFor({ ...minimal, applicationId: 'A-1', idPattern: '(', verify: ['email'], lookupEndpoint: 'javascript:' })).to.deep.equal({});
  });
});

describe('frameworkSnippetFor', () => {
  const options: SnippetOptions = { ...minimal, applicationId: 'WY-2020-00123', headingLevel: 3, helpPhone: '1-800-555-0100' };

  it('React 19: a component binding the number from props, with the JSX types', () => {
    expect(frameworkSnippetFor('react', options)).to.equal([
      `// npm install applicant-status-tracker`,
      `import 'applicant-status-tracker'; // registers <applicant-status-tracker>`,
      `import type {} from 'applicant-status-tracker/react'; // JSX types`,
      ``,
      `// React 19 passes properties and events to custom elements: transform={…}, onstatus-update={…}.`,
      `export function ApplicationStatus({ applicationId }: { applicationId: string }) {`,
      `  return (`,
      `    <applicant-status-tracker`,
      `      endpoint="/api/applications/{id}/status"`,
      `      application-id={applicationId}`,
      `      heading-level="3"`,
      `    >`,
      `      <p>Questions? Call <a href="tel:+18005550100">1-800-555-0100</a></p>`,
      `    </applicant-status-tracker>`,
      `  );`,
      `}`,
      ``,
    ].join('\n'));
  });

  it('Vue 3: an SFC binding the number, with isCustomElement and the template types', () => {
    const vue = frameworkSnippetFor('vue', options);
    expect(vue).to.contain(`isCustomElement: (tag) => tag === 'applicant-status-tracker'`);
    expect(vue).to.contain(`import type {} from 'applicant-status-tracker/vue';`);
    expect(vue).to.contain(`defineProps<{ applicationId: string }>();`);
    expect(vue).to.contain(`  <applicant-status-tracker\n    endpoint="/api/applications/{id}/status"\n    :application-id="applicationId"\n`);
  });

  it('Angular: a component with CUSTOM_ELEMENTS_SCHEMA; the template literal keeps backslashes', () => {
    const angular = frameworkSnippetFor('angular', { ...options, applicationId: '', idPattern: 'WY-\\d{4}-\\d{5}' });
    expect(angular).to.contain(`schemas: [CUSTOM_ELEMENTS_SCHEMA],`);
    expect(angular).to.contain(`id-pattern="WY-\\\\d{4}-\\\\d{5}"`);
    expect(angular).not.to.contain('application-id');
    expect(frameworkSnippetFor('angular', options)).to.contain(`[attr.application-id]="applicationId()"`);
  });

  it('Svelte 5: braces in values are written as strings, since Svelte reads them as expressions', () => {
    const svelte = frameworkSnippetFor('svelte', options);
    expect(svelte).to.contain(`endpoint={"/api/applications/{id}/status"}`);
    expect(svelte).to.contain(`application-id={applicationId}`);
    expect(svelte).to.contain(`let { applicationId }: { applicationId: string } = $props();`);
  });

  it('a pack language is imported and registered after the imports', () => {
    const react = frameworkSnippetFor('react', { ...options, lang: 'zh-Hant' });
    expect(react).to.contain([
      `import { registerLanguage } from 'applicant-status-tracker'; // also registers <applicant-status-tracker>`,
      `import zhHant from 'applicant-status-tracker/locales/zh-Hant';`,
      `import type {} from 'applicant-status-tracker/react'; // JSX types`,
      ``,
      `registerLanguage('zh-Hant', zhHant);`,
    ].join('\n'));
  });
});

describe('the status preload and the script integrity in the snippet', () => {
  it('preloads the status URL the widget will fetch, with the crossorigin that matches its credentials', () => {
    const { preload, element } = parse(snippetFor({ ...minimal, applicationId: 'WY 2020/1' }));
    expect(preload!.getAttribute('href')).to.equal('/api/applications/WY%202020%2F1/status');
    expect(preload!.getAttribute('as')).to.equal('fetch');
    // crossorigin="" is the anonymous mode: credentials same-origin, the widget's default.
    expect(preload!.crossOrigin).to.equal('anonymous');
    expect(element.hasAttribute('credentials')).to.equal(false);
    const include = parse(snippetFor({ ...minimal, applicationId: 'A-1', credentials: 'include' }));
    expect(include.preload!.crossOrigin).to.equal('use-credentials');
    expect(include.element.getAttribute('credentials')).to.equal('include');
  });

  it('no preload when the markup does not name the status URL (lookup form) or none can match (credentials omit)', () => {
    expect(parse(snippetFor(minimal)).preload).to.equal(null);
    expect(parse(snippetFor({ ...minimal, verify: ['last-name'], lookupEndpoint: '/api/lookup' })).preload).to.equal(null);
    const omit = parse(snippetFor({ ...minimal, applicationId: 'A-1', credentials: 'omit' }));
    expect(omit.preload).to.equal(null);
    expect(omit.element.getAttribute('credentials')).to.equal('omit');
    // An endpoint without {id} is fetched as is: known, so preloaded.
    expect(parse(snippetFor({ ...minimal, endpoint: '/api/my-application' })).preload!.getAttribute('href')).to.equal('/api/my-application');
  });

  it('with an integrity value, the script tag carries it and crossorigin="anonymous"', () => {
    const { script } = parse(snippetFor({ ...minimal, integrity: 'sha384-abc' }));
    expect(script.getAttribute('integrity')).to.equal('sha384-abc');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(parse(snippetFor(minimal)).script.hasAttribute('integrity')).to.equal(false);
  });
});
