/**
 * Security: the classic-script build under a strict Content-Security-Policy with Trusted Types,
 * loading it twice, and the `credentials` attribute against a real cross-origin endpoint.
 * Pages and endpoints: test/server/security-pages.js; status endpoint: test/server/loopback-api.js.
 */
import { expect } from '@open-wc/testing';
import { headingText, mount, serve, uniqueKey, waitFor } from './support/index.js';

const IIFE = '/dist/applicant-status-tracker.iife.js';

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
  disposition: string;
}

interface WidgetState {
  id: string;
  upgraded: boolean;
  heading: string | null;
  text: string | null;
  links: (string | null)[];
  elements: string[];
  styleElements: number;
  adoptedStyleSheets: number;
  inlineStyleAttributes: number;
}

interface ProbeResult {
  source: 'security-probe';
  run: string;
  defined: boolean;
  newGlobals: string[];
  inlineScriptRan: boolean;
  widgets: WidgetState[];
  violations: Violation[];
  errors: string[];
  events: { type: string; id: string; kind?: string }[];
}

interface PageOptions {
  key?: string;
  errorKey?: string;
  lookup?: '1';
  tt?: 'require' | 'lit' | 'lit-dup' | 'off';
  csp?: '0';
  twice?: '1';
  control?: '1';
}

/** The tests read the real build: fail loudly, not vaguely, when it has not been made. */
async function requireBuild(): Promise<void> {
  const response = await fetch(IIFE, { cache: 'no-store' });
  const code = response.ok ? await response.text() : '';
  if (!response.ok || !code.includes('applicant-status-tracker')) {
    throw new Error(`${IIFE} is missing (HTTP ${response.status}): run \`npm run build\` before these tests`);
  }
}

/** Opens the generated page in a same-origin iframe and resolves with what its probe reports. */
async function openPage(options: PageOptions): Promise<ProbeResult & { reports: () => Promise<unknown[]> }> {
  const run = uniqueKey('run');
  const query = new URLSearchParams({ run, ...options });
  const frame = document.createElement('iframe');
  frame.title = 'security page';
  const result = new Promise<ProbeResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from the page's probe (${query})`)), 8000);
    window.addEventListener('message', function listener(event: MessageEvent<ProbeResult>) {
      if (event.origin !== location.origin || event.data?.source !== 'security-probe' || event.data.run !== run) return;
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      resolve(event.data);
    });
  });
  frame.src = `/security/csp/page.html?${query}`;
  document.body.append(frame);
  try {
    const seen = await result;
    return { ...seen, reports: async () => (await fetch(`/security/csp/reports/${run}`, { cache: 'no-store' })).json() };
  } finally {
    frame.remove();
  }
}

const widget = (result: ProbeResult, id: string): WidgetState => {
  const found = result.widgets.find((w) => w.id === id);
  if (!found) throw new Error(`no widget #${id} on the page`);
  return found;
};

/** What the page's CSP saw go wrong, in a form that reads well in a failure message. */
const describeViolations = (result: ProbeResult) =>
  result.violations.map((v) => `${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.source}: ${v.sample}`);

/** A document that uses every part of the template, with text that would run if read as HTML. */
const HOSTILE = '<img src=/x onerror="parent.postMessage(\'xss\', \'*\')">';
const richStatus = {
  applicationId: 'A-1',
  title: { en: 'Business Relief Grant', es: 'Subvención' },
  updatedAt: '2020-08-01T15:04:05Z',
  updateSchedule: 'Updated every weekday evening.',
  notice: `Notice ${HOSTILE}`,
  steps: [
    { id: 'received', label: 'Received', state: 'complete', date: '2020-07-01' },
    { id: 'review', label: 'Review', state: 'complete', date: '2020-07-09' },
    {
      id: 'documents', label: `Documents ${HOSTILE}`, state: 'action-required',
      description: '<script>parent.postMessage("xss", "*")</script>',
      action: { label: 'Upload', url: 'javascript:parent.postMessage("xss", "*")', dueDate: '2099-07-20' },
    },
    { id: 'decision', label: 'Decision', state: 'upcoming' },
    { id: 'payment', label: 'Payment', state: 'skipped' },
  ],
  history: [{ date: '2020-07-09T10:00:00Z', text: `Confirmed ${HOSTILE}` }],
  contact: { phone: '1-800-555-0100', email: 'grants@agency.example.gov', url: 'https://agency.example.gov/help' },
};

describe('the IIFE build under a strict CSP with Trusted Types enforced', () => {
  before(requireBuild);

  it('renders a status, an error and the lookup form with no violation and no error', async () => {
    const api = await serve([{ body: richStatus }], 'csp');
    const errorApi = await serve([{ status: 404, body: { error: 'not found' } }], 'csp-404');
    let xss = false;
    const onMessage = (event: MessageEvent) => (xss ||= event.data === 'xss');
    window.addEventListener('message', onMessage);
    const result = await openPage({ key: api.key, errorKey: errorApi.key, lookup: '1' });
    window.removeEventListener('message', onMessage);

    expect(result.defined, 'the IIFE defined <applicant-status-tracker>').to.be.true;
    expect(describeViolations(result), 'securitypolicyviolation events').to.deep.equal([]);
    expect(result.errors, 'window error events').to.deep.equal([]);

    const status = widget(result, 'status');
    expect(status.upgraded).to.be.true;
    expect(status.heading).to.equal(`Step 3 of 5: Documents ${HOSTILE}`);
    // Text stays text: the markup in the document shows literally and nothing in it ran.
    expect(status.text).to.contain(`Notice ${HOSTILE}`).and.contain('<script>parent.postMessage');
    expect(status.elements).to.not.include.members(['img', 'script']);
    // The due date's calendar file is made in the page, as a data: URL, under this policy too.
    const calendar = status.links.find((href) => href?.startsWith('data:'));
    // The javascript: action link is dropped: its call-out offers the agency's contact instead (then
    // the calendar file), and the contact section has them again.
    const contact = ['tel:+18005550100', 'mailto:grants@agency.example.gov', 'https://agency.example.gov/help'];
    expect(status.links).to.deep.equal([...contact, calendar, ...contact]);
    expect(calendar?.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(decodeURIComponent(calendar!)).to.contain('\r\nDTSTART;VALUE=DATE:20990720\r\nSUMMARY:Upload (Business Relief Grant)\r\n');
    expect(xss, 'a hostile field ran').to.be.false;
    // Styles come from adopted stylesheets: nothing for style-src to block.
    expect(status.adoptedStyleSheets).to.be.greaterThan(0);
    expect(status.styleElements).to.equal(0);
    expect(status.inlineStyleAttributes).to.equal(0);

    expect(result.events).to.deep.include({ type: 'status-error', id: 'error', kind: 'not-found' });
    expect(widget(result, 'error').heading).to.be.a('string').and.not.be.empty;
    expect(widget(result, 'lookup').elements).to.include.members(['form', 'input', 'button']);

    // connect-src 'self' let the widget reach its same-origin endpoint.
    expect((await api.requests()).map((r) => r.status)).to.deep.equal([200]);
  });

  it('the probe does see violations on a page that breaks the same policy (control)', async () => {
    const { key } = await serve([{ body: richStatus }], 'csp-control');
    const result = await openPage({ key, control: '1' });
    const directives = result.violations.map((v) => v.directive);
    expect(directives).to.include('script-src-elem'); // the inline <script>
    expect(directives).to.include('require-trusted-types-for'); // innerHTML with a plain string
    expect(result.inlineScriptRan).to.be.false;
    // The widget itself still rendered.
    expect(widget(result, 'status').heading).to.equal(`Step 3 of 5: Documents ${HOSTILE}`);
    const reports = await waitFor(async () => {
      const list = (await result.reports()) as { 'violated-directive'?: string; 'effective-directive'?: string }[];
      return list.length >= 2 ? list : undefined;
    }, 'the CSP reports of the control page');
    expect(reports.map((r) => r['effective-directive'] ?? r['violated-directive'])).to.include('require-trusted-types-for');
  });

  it("works under a Trusted Types allowlist that names only Lit's policy (trusted-types lit-html)", async () => {
    const { key } = await serve([{ body: richStatus }], 'csp-lit');
    const result = await openPage({ key, lookup: '1', tt: 'lit' });
    expect(describeViolations(result)).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expect(widget(result, 'status').heading).to.equal(`Step 3 of 5: Documents ${HOSTILE}`);
    expect(widget(result, 'lookup').elements).to.include('form');
  });
});

describe('a page in a legacy encoding', () => {
  before(requireBuild);

  // Many agency sites are still windows-1252 and serve scripts without a charset: the browser then
  // decodes the script as windows-1252, so any UTF-8 byte in it shows as "Ã" and "â€¦".
  it('shows the widget\'s own Spanish words intact when the script comes without a charset', async () => {
    const { key } = await serve([{ body: { ...richStatus, title: 'Subvención' } }], 'legacy');
    const frame = document.createElement('iframe');
    frame.title = 'legacy page';
    frame.src = `/security/legacy/page.html?key=${key}`;
    document.body.append(frame);
    try {
      const text = await waitFor(() => {
        const root = frame.contentDocument?.querySelector('applicant-status-tracker')?.shadowRoot;
        return root?.querySelector('[part~=checked]') ? root.textContent!.replace(/\s+/g, ' ') : undefined;
      }, 'the status in the legacy page');
      expect(frame.contentDocument!.characterSet).to.equal('windows-1252');
      expect(text).to.contain('Última consulta');
      expect(text).to.contain('Subvención'); // from the JSON: always UTF-8
      expect(text).not.to.match(/Ã|â€/);
    } finally {
      frame.remove();
    }
  });
});

describe('loading the IIFE twice', () => {
  before(requireBuild);

  const twice = async (options: PageOptions) => {
    const { key, requests } = await serve([{ body: richStatus }], 'twice');
    const result = await openPage({ key, twice: '1', ...options });
    expect(result.errors, 'window error events').to.deep.equal([]);
    expect(describeViolations(result), 'securitypolicyviolation events').to.deep.equal([]);
    expect(result.defined).to.be.true;
    const status = widget(result, 'status');
    expect(status.upgraded).to.be.true;
    expect(status.heading).to.equal(`Step 3 of 5: Documents ${HOSTILE}`);
    // One element, one fetch: the second copy did not start a second widget.
    expect(await requests()).to.have.length(1);
    return result;
  };

  it('does not throw on a plain page', () => twice({ csp: '0' }));

  it("does not throw under the strict CSP with require-trusted-types-for 'script'", () => twice({}));

  it("does not throw under trusted-types lit-html 'allow-duplicates'", () => twice({ tt: 'lit-dup' }));

  // Lit creates its "lit-html" Trusted Types policy when its module runs; a second copy asks again,
  // which a `trusted-types` allowlist without 'allow-duplicates' refuses with a TypeError.
  it('does not throw under trusted-types lit-html (an allowlist without allow-duplicates)', () => twice({ tt: 'lit' }));

  it('adds no name to the page\'s global scope, even loaded twice', async () => {
    // The class is reached through customElements.get(); a global could point at a copy no element uses.
    const { key } = await serve([{ body: richStatus }], 'twice-global');
    const result = await openPage({ key, twice: '1', csp: '0' });
    expect(result.defined).to.be.true;
    expect(result.newGlobals).to.deep.equal([]);
  });
});

interface CorsRequest {
  path: string;
  method: string;
  origin: string | null;
  cookie: string | null;
  hasCookie: boolean;
  mode: string | null;
  site: string | null;
}

/**
 * The scripted CORS endpoint of test/server/security-pages.js at `origin`, with one cookie of its
 * own (`ast-KEY`), and the requests it saw as the server logged them.
 */
function corsEndpoint(origin: () => string) {
  const key = uniqueKey('xo');
  const api = async () =>
    ((await (await fetch(`/security/cors/log/${key}`, { cache: 'no-store' })).json()) as CorsRequest[])
      .filter((r) => r.path.endsWith(`/api/${key}`) && r.method === 'GET');
  return {
    key,
    url: (query = '') => `${origin()}/security/cors/api/${key}?${query}id={id}`,
    /** A credentialed fetch stores the endpoint's cookie, as a login on the agency's API would. */
    setCookie: async () => {
      const response = await fetch(`${origin()}/security/cors/cookie/${key}`, { method: 'POST', credentials: 'include' });
      expect(response.status).to.equal(204);
    },
    requests: api,
    /** Renders a widget against the endpoint and resolves with the one request it made. */
    async load(credentials?: RequestCredentials, query = '') {
      const before = (await api()).length;
      const { el, loaded, failed, errors } = await mount({
        endpoint: this.url(query), 'application-id': 'X-1', ...(credentials ? { credentials } : {}),
      });
      await Promise.race([loaded(), failed()]);
      const outcome = errors.length ? { type: 'status-error', detail: errors[0] } : { type: 'status-update' };
      const request = await waitFor(async () => (await api())[before], 'the request in the server log');
      return { el, outcome, request };
    },
  };
}

describe('a cross-origin endpoint on the same site (localhost on another port): cookies by credentials', () => {
  // Cookies ignore ports, so this endpoint's cookie is first-party: nothing but the credentials mode
  // decides whether it goes out, as for www.agency.gov → api.agency.gov. (Cross-site: see below.)
  let origin = '';
  const endpoint = corsEndpoint(() => origin);

  before(async () => {
    const { port } = (await (await fetch('/security/cors/port', { cache: 'no-store' })).json()) as { port: number };
    origin = `http://localhost:${port}`;
    expect(origin).to.not.equal(location.origin);
    await endpoint.setCookie();
  });

  it('with the default (same-origin), the request carries no cookie', async () => {
    const { el, request } = await endpoint.load();
    expect(el.credentials).to.equal('same-origin');
    expect(headingText(el)).to.equal('Step 2 of 3: Review');
    expect(request).to.include({ origin: location.origin, mode: 'cors', site: 'same-site', hasCookie: false, cookie: null });
  });

  it('with credentials="include", it carries the cookie', async () => {
    const { el, request } = await endpoint.load('include');
    expect(el.status?.applicationId).to.equal('X-1');
    expect(request).to.include({ origin: location.origin, mode: 'cors', site: 'same-site', hasCookie: true });
  });

  it('with credentials="omit", it carries no cookie', async () => {
    const { el, request } = await endpoint.load('omit');
    expect(el.status?.applicationId).to.equal('X-1');
    expect(request).to.include({ hasCookie: false, cookie: null });
  });

  it('with credentials="include" and no Access-Control-Allow-Credentials, the browser refuses the answer', async () => {
    const { el, outcome, request } = await endpoint.load('include', 'credentials=0&');
    expect(outcome.type).to.equal('status-error');
    expect(outcome.detail?.kind).to.equal('network');
    expect(el.status).to.be.null;
    // The cookie went out all the same: CORS guards the answer, not the request.
    expect(request.hasCookie).to.be.true;
  });
});

describe('a cross-site endpoint (127.0.0.1 from localhost): the credentials mode', () => {
  // An agency's SameSite=Lax session cookie never goes on a cross-site request (and Safari, like
  // this Chromium, blocks third-party cookies outright), so no cookie is sent whatever the mode:
  // cookie sign-in needs an endpoint on the agency's own site. What shows the mode is CORS: only
  // a credentialed request needs Access-Control-Allow-Credentials in the answer.
  const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const endpoint = corsEndpoint(() => `${location.protocol}//${otherHost}:${location.port}`);

  before(() => endpoint.setCookie());

  it('with the default (same-origin), the widget reads an answer without Allow-Credentials, sending no cookie', async () => {
    const { el, outcome, request } = await endpoint.load(undefined, 'credentials=0&');
    expect(outcome.type).to.equal('status-update');
    expect(headingText(el)).to.equal('Step 2 of 3: Review');
    expect(request).to.include({ origin: location.origin, mode: 'cors', site: 'cross-site', hasCookie: false, cookie: null });
  });

  it('with credentials="include", the same answer is refused (the request was credentialed)', async () => {
    const { el, outcome } = await endpoint.load('include', 'credentials=0&');
    expect(outcome.type).to.equal('status-error');
    expect(outcome.detail?.kind).to.equal('network');
    expect(el.status).to.be.null;
  });

  it('with credentials="include" and Allow-Credentials: true, it renders', async () => {
    const { el, outcome, request } = await endpoint.load('include');
    expect(outcome.type).to.equal('status-update');
    expect(el.status?.applicationId).to.equal('X-1');
    expect(request).to.include({ origin: location.origin, mode: 'cors', site: 'cross-site' });
  });

  it('with credentials="omit", an answer without Allow-Credentials is read', async () => {
    const { outcome, request } = await endpoint.load('omit', 'credentials=0&');
    expect(outcome.type).to.equal('status-update');
    expect(request.hasCookie).to.be.false;
  });
});
