/** The configurator's snippet builder (demo/snippet.ts): what an agency copies into its page. */
import { expect } from '@open-wc/testing';
import { snippetFor, DEFAULTS, type SnippetOptions } from '../demo/snippet.js';

const minimal: SnippetOptions = { scriptSrc: DEFAULTS.scriptSrc, endpoint: DEFAULTS.endpoint };

/** The snippet parsed as the browser would: its <script> and its element. */
function parse(snippet: string) {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return {
    script: template.content.querySelector('script')!,
    element: template.content.querySelector('applicant-status-tracker')!,
  };
}

describe('snippetFor', () => {
  it('builds the script tag and element, leaving defaults out', () => {
    expect(snippetFor({ ...minimal, applicationId: 'WY-2020-00123', helpPhone: '1-800-555-0100' })).to.equal(
      '<script src="https://cdn.example.gov/applicant-status-tracker.iife.js" defer></script>\n' +
        '<applicant-status-tracker\n' +
        '    endpoint="/api/applications/{id}/status"\n' +
        '    application-id="WY-2020-00123">\n' +
        '  <p>Your application status will appear here. If it does not, call <a href="tel:18005550100">1-800-555-0100</a>.</p>\n' +
        '</applicant-status-tracker>\n',
    );
  });

  it('sets every chosen option as an attribute', () => {
    const { script, element } = parse(snippetFor({
      ...minimal, applicationId: 'A-1', lang: 'es', refreshInterval: 600, headingLevel: 3, primaryColor: '#6B2C91',
    }));
    expect(script.getAttribute('src')).to.equal(DEFAULTS.scriptSrc);
    expect(script.hasAttribute('defer')).to.equal(true);
    expect(element.getAttribute('endpoint')).to.equal('/api/applications/{id}/status');
    expect(element.getAttribute('application-id')).to.equal('A-1');
    expect(element.getAttribute('lang')).to.equal('es');
    expect(element.getAttribute('refresh-interval')).to.equal('600');
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(element.getAttribute('style')).to.equal('--ast-color-primary: #6b2c91');
  });

  it('omits the id (lookup form), default refresh, heading level and colour', () => {
    const { element } = parse(snippetFor({ ...minimal, applicationId: ' ', refreshInterval: 300, headingLevel: 2, primaryColor: '#005EA2' }));
    expect(element.getAttributeNames()).to.deep.equal(['endpoint']);
  });

  it('keeps refresh-interval="0" (automatic checks off)', () => {
    expect(parse(snippetFor({ ...minimal, refreshInterval: 0 })).element.getAttribute('refresh-interval')).to.equal('0');
  });

  it('clamps the heading level and drops invalid values', () => {
    expect(parse(snippetFor({ ...minimal, headingLevel: 9 })).element.getAttribute('heading-level')).to.equal('6');
    const { element } = parse(snippetFor({ ...minimal, refreshInterval: -5, primaryColor: 'red; background: url(x)' }));
    expect(element.hasAttribute('refresh-interval')).to.equal(false);
    expect(element.hasAttribute('style')).to.equal(false);
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

  it('writes the fallback in Spanish for a Spanish widget, and without a phone link when none is given', () => {
    const { element } = parse(snippetFor({ ...minimal, lang: 'es-MX', helpPhone: '1-800-555-0100' }));
    expect(element.textContent).to.contain('El estado de su solicitud aparecerá aquí');
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('tel:18005550100');
    expect(parse(snippetFor(minimal)).element.querySelector('a')).to.equal(null);
  });
});
