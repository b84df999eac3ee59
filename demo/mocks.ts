/**
 * The agency's status API, mocked in the browser by msw. Each demo application id is one scenario,
 * so the page switches scenario just by setting `application-id`. Unknown ids answer 404.
 */
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, delay } from 'msw';

type Reply =
  | { fixture: string; delayMs?: number; /** Each answer after the first moves every `expected` a week later. */ movingEstimates?: true }
  | { status: number; headers?: Record<string, string> }
  | { raw: string }
  | { body: Record<string, unknown> };

export interface Scenario {
  id: string;
  label: string;
  reply: Reply;
  /** Served by the USCIS-shaped endpoint and read through the `uscisCaseStatus` transform recipe. */
  uscis?: true;
}

export const scenarios: Scenario[] = [
  { id: 'LBC-2026-00101', label: 'Just received', reply: { fixture: 'received' } },
  { id: 'LBC-2026-00102', label: 'Under review (with notice)', reply: { fixture: 'under-review' } },
  { id: 'LBC-2026-00103', label: 'Action required (upload by due date)', reply: { fixture: 'action-required' } },
  { id: 'LBC-2026-00104', label: 'Approved and paid', reply: { fixture: 'approved' } },
  { id: 'LBC-2026-00105', label: 'Denied (a failed step)', reply: { fixture: 'denied' } },
  { id: 'LBC-2026-00106', label: 'A skipped step', reply: { fixture: 'skipped' } },
  { id: 'LBC-2026-00107', label: 'Spanish content (localized texts)', reply: { fixture: 'spanish' } },
  { id: 'LBC-2026-00111', label: 'On track, with expected dates', reply: { fixture: 'on-track' } },
  { id: 'LBC-2026-00112', label: 'Taking longer than expected', reply: { fixture: 'delayed' } },
  { id: 'LBC-2026-00113', label: 'Document due in 3 days (Add to my calendar)', reply: { fixture: 'due-soon' } },
  { id: 'LBC-2026-00114', label: 'Due date passed', reply: { fixture: 'due-passed' } },
  { id: 'LBC-2026-00115', label: 'Estimate moved (press "Check again")', reply: { fixture: 'on-track', movingEstimates: true } },
  { id: 'LBC-2026-00108', label: 'Slow response (3 s)', reply: { fixture: 'under-review', delayMs: 3000 } },
  { id: 'EAC9999103403', label: 'USCIS Case Status API shape (transform recipe)', reply: { status: 404 }, uscis: true },
  { id: 'LBC-2026-00404', label: 'Not found (404)', reply: { status: 404 } },
  { id: 'LBC-2026-00401', label: 'Signed out (401)', reply: { status: 401 } },
  { id: 'LBC-2026-00429', label: 'Too many requests (429)', reply: { status: 429, headers: { 'Retry-After': '120' } } },
  { id: 'LBC-2026-00500', label: 'Server error (500)', reply: { status: 500 } },
  { id: 'LBC-2026-00601', label: 'Malformed: invalid JSON', reply: { raw: '{"applicationId": "LBC-2026-00601", "steps": [' } },
  {
    id: 'LBC-2026-00602',
    label: 'Malformed: wrong shape',
    reply: { body: { applicationId: 'LBC-2026-00602', steps: [{ id: 'received', label: 'Received', state: 'IN_REVIEW' }] } },
  },
];

const DAY = 864e5;

/** Midnight UTC of an ISO date's calendar day, in ms. */
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * Fixtures are written as of their `updatedAt`. Served, every date moves by whole days so that the
 * agency's last update was yesterday: due dates and estimates stay as far ahead of (or behind)
 * today as written, whatever day the demo runs ("due in 3 days" is always in 3 days).
 */
function asOfYesterday(doc: Json): Json {
  if (typeof doc.updatedAt !== 'string') return doc;
  const now = new Date();
  const days = Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - dayOf(doc.updatedAt)) / DAY) - 1;
  return JSON.parse(JSON.stringify(doc), (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value)
      ? new Date(dayOf(value) + days * DAY).toISOString().slice(0, 10) + value.slice(10)
      : value) as Json;
}

/** How many times each moving-estimate application has been answered. */
const answered = new Map<string, number>();

/** `doc` with every step's `expected` moved `days` later. */
function estimatesLater(doc: Json, days: number): Json {
  const later = (iso: string) => new Date(dayOf(iso) + days * DAY).toISOString().slice(0, 10);
  const steps = (doc.steps as Json[]).map((step) => {
    const expected = step.expected as string | { from: string; to: string } | undefined;
    if (!expected) return step;
    return { ...step, expected: typeof expected === 'string' ? later(expected) : { from: later(expected.from), to: later(expected.to) } };
  });
  return { ...doc, steps };
}

/** A weak ETag from the body, so the widget's If-None-Match revalidation gets real 304s. */
function etagOf(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return `W/"${(hash >>> 0).toString(36)}"`;
}

type Json = Record<string, unknown>;

/** The JSON files the mock API answers with. */
interface Documents {
  /** By fixture name (demo/fixtures/NAME.json). */
  fixtures: Map<string, Json>;
  /** demo/uscis/request-for-evidence.json, in the USCIS Case Status API's shape. */
  uscis: { case_status: { receiptNumber: string } };
}

/**
 * A JSON file beside this module. Fetched rather than imported: JSON modules and `import.meta.glob`
 * exist only under vite, and the demo pages also run under the test runner's server.
 */
async function loadJson<T = Json>(path: string): Promise<T> {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/** Every fixture a scenario answers with, and the USCIS document. */
async function loadDocuments(): Promise<Documents> {
  const names = [...new Set(scenarios.flatMap(({ reply }) => ('fixture' in reply ? [reply.fixture] : [])))];
  const [uscis, ...docs] = await Promise.all([
    loadJson<Documents['uscis']>('./uscis/request-for-evidence.json'),
    ...names.map((name) => loadJson(`./fixtures/${name}.json`)),
  ]);
  return { fixtures: new Map(names.map((name, i) => [name, docs[i]])), uscis };
}

/**
 * The scenario's answer for `id`. A GET carries the widget's If-None-Match (304 when unchanged);
 * a lookup (POST) answers the same document, uncached.
 */
async function answer(fixtures: Documents['fixtures'], id: string, ifNoneMatch: string | null, post = false): Promise<Response> {
  const reply = scenarios.find((s) => s.id === id)?.reply ?? { status: 404 };

  if ('status' in reply) return new HttpResponse(null, { status: reply.status, headers: reply.headers });
  if ('raw' in reply) return new HttpResponse(reply.raw, { headers: { 'Content-Type': 'application/json' } });
  if ('body' in reply) return HttpResponse.json(reply.body);

  if (reply.delayMs) await delay(reply.delayMs);
  // The fixture answers for whichever id asked (the slow scenario reuses one).
  let doc = asOfYesterday(fixtures.get(reply.fixture)!);
  if (reply.movingEstimates) {
    const times = answered.get(id) ?? 0;
    answered.set(id, times + 1);
    doc = estimatesLater(doc, 7 * times);
  }
  const text = JSON.stringify({ ...doc, applicationId: id });
  const etag = etagOf(text);
  const headers: Record<string, string> = post ? { 'Cache-Control': 'no-store' } : { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (!post && ifNoneMatch === etag) return new HttpResponse(null, { status: 304, headers });
  return new HttpResponse(text, { headers: { ...headers, 'Content-Type': 'application/json' } });
}

const handlersFor = ({ fixtures, uscis }: Documents) => [
  // An endpoint of the USCIS Case Status API's shape, for the `uscisCaseStatus` transform recipe.
  http.get('*/uscis/case-status/:receipt', ({ params }) =>
    params.receipt === uscis.case_status.receiptNumber
      ? HttpResponse.json(uscis)
      : HttpResponse.json({ message: 'Receipt number not found' }, { status: 404 })),
  http.get('*/applications/:id/status', ({ request, params }) => answer(fixtures, String(params.id), request.headers.get('If-None-Match'))),
  // The optional lookup endpoint (the widget's `lookup-endpoint`): any non-empty verifier answers are accepted.
  http.post('*/applications/lookup', async ({ request }) => {
    const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
    const answers = body ? Object.entries(body).filter(([key]) => key !== 'applicationId') : [];
    if (!body || typeof body.applicationId !== 'string' || answers.some(([, value]) => !value)) {
      return new HttpResponse(null, { status: 404 });
    }
    return answer(fixtures, body.applicationId, null, true);
  }),
];

/** Starts the mock API; resolve before the widget's script is imported so its first fetch is answered. */
export async function startMockApi(): Promise<void> {
  const handlers = handlersFor(await loadDocuments());
  await setupWorker(...handlers).start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    // At the server's root under vite (which serves public/ there) and the test runner (a middleware).
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
