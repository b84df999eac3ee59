/**
 * The mock agency API (msw) for element tests that need replies a real server cannot easily give
 * (a network error, an HTML page). One worker per test file: started before, its handlers reset
 * after each test, stopped after. HTTP caching and timing are tested on the loopback server instead.
 */
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, type RequestHandler } from 'msw';

export const worker = setupWorker();

export function useMockApi(...handlers: RequestHandler[]): void {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' } as Parameters<typeof worker.start>[0]);
    worker.use(...handlers);
  });
  afterEach(() => worker.resetHandlers(...handlers));
  after(() => worker.stop());
}

let counter = 0;
/** A URL path that no other call returns, so that each test's handlers answer only that test. */
export const uniquePath = (name: string) => `/mock/${name}-${++counter}-${crypto.randomUUID()}`;

type Reply = unknown | ((call: number, request: Request) => unknown);

/**
 * Serves `reply` on a fresh `{id}` endpoint: a document (sent as JSON), a Response, or a function
 * of the call number (1-based) and the request returning either.
 */
export function serveMock(reply: Reply): { endpoint: string; requests: Request[] } {
  const base = uniquePath('api');
  const requests: Request[] = [];
  worker.use(http.all(`${base}/*`, async ({ request }) => {
    requests.push(request);
    const body = typeof reply === 'function' ? await (reply as (call: number, request: Request) => unknown)(requests.length, request) : reply;
    return body instanceof Response ? body : HttpResponse.json(body as never);
  }));
  return { endpoint: `${base}/{id}`, requests };
}
