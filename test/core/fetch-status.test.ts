/**
 * One request for a status document (src/core/fetch-status.ts): HTTP semantics in, a validated
 * document or a typed error out. Against the real loopback server where HTTP matters (headers,
 * 304, status codes); with a stubbed fetch or timeout signal where only the outcome does.
 */
import { expect } from '@esm-bundle/chai';
import sinon from 'sinon';
import { fetchStatus, retryAfter } from '../../src/core/fetch-status.js';
import { StatusError } from '../../src/core/errors.js';
import type { StatusRequest } from '../../src/core/request.js';
import { itWithHttpCache, serve, statusAt, type Reply } from '../support/index.js';

/** A same-origin GET of a loopback endpoint answering `replies`. */
async function endpoint(replies: Reply[], extra: Partial<StatusRequest> = {}) {
  const api = await serve(replies, 'fetch');
  const request: StatusRequest = { url: api.endpoint.replace('{id}', 'A-1'), credentials: 'same-origin', ...extra };
  return { ...api, request };
}

const check = (request: StatusRequest, signal = new AbortController().signal, timeout = 20_000, pageLoad = false) =>
  fetchStatus(request, signal, timeout, pageLoad);

/** The StatusError `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<StatusError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(StatusError);
    return error as StatusError;
  }
  throw new Error('expected a StatusError, got a result');
}

afterEach(() => sinon.restore());

describe('fetchStatus: a good answer', () => {
  it('GETs JSON and returns the validated document and max-age', async () => {
    const { request, requests } = await endpoint([{ body: { ...statusAt(2), extra: 1 }, etag: '"v1"', lastModified: 'Sat, 01 Aug 2020 15:04:05 GMT', headers: { 'Cache-Control': 'public, max-age=60' } }]);
    const result = await check(request);
    expect(result.status).to.deep.equal(statusAt(2));
    expect(result.maxAge).to.equal(60_000);
    const [seen] = await requests();
    expect(seen.method).to.equal('GET');
    expect(seen.headers.accept).to.equal('application/json');
    expect(seen.headers['if-none-match']).to.equal(undefined);
  });

  itWithHttpCache('the first check of a page load uses the HTTP cache as the headers allow; later checks always revalidate', async () => {
    const { request, requests } = await endpoint([{ body: statusAt(2), etag: '"v1"', headers: { 'Cache-Control': 'private, no-cache' } }]);
    const modes: (RequestCache | undefined)[] = [];
    const original = window.fetch;
    sinon.stub(window, 'fetch').callsFake((input, init) => (modes.push(init?.cache), original.call(window, input, init)));
    await check(request, undefined, undefined, true);
    await check(request);
    expect(modes).to.deep.equal(['default', 'no-cache']);
    const log = await requests();
    expect(log.map((seen) => seen.headers['if-none-match'])).to.deep.equal([undefined, '"v1"']);
    expect(log.map((seen) => seen.status)).to.deep.equal([200, 304]);
  });

  it('a GET sends only CORS-safelisted headers: no preflight for a cross-origin endpoint', async () => {
    const { request, requests } = await endpoint([{ body: statusAt(2) }]);
    await check(request);
    const [seen] = await requests();
    expect(Object.keys(seen.headers).filter((name) => /^(content-type|x-|authorization)/.test(name))).to.deep.equal([]);
  });

  it('a body makes it a JSON POST', async () => {
    const { request, requests } = await endpoint([{ body: statusAt(2) }], { body: '{"applicationId":"A-1","lastName":"Smith"}' });
    await check(request);
    const [seen] = await requests();
    expect(seen.method).to.equal('POST');
    expect(seen.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(seen.body)).to.deep.equal({ applicationId: 'A-1', lastName: 'Smith' });
  });

  it('passes the parsed body and the Response to the transform, and validates its result', async () => {
    const agency = { case: { number: 'WY-7' } };
    const seen: unknown[] = [];
    const { request } = await endpoint([{ body: agency }], {
      transform: (body, response) => {
        seen.push(body, response.status);
        return statusAt(1, { applicationId: (body as typeof agency).case.number, unknown: true } as never);
      },
    });
    const result = await check(request);
    expect(seen).to.deep.equal([agency, 200]);
    expect(result.status).to.deep.equal(statusAt(1, { applicationId: 'WY-7' }));
  });
});

describe('fetchStatus: failures as typed errors', () => {
  const cases: [number, string, Record<string, string>, number | undefined][] = [
    [404, 'not-found', {}, undefined], [410, 'not-found', {}, undefined],
    [401, 'unauthorized', {}, undefined], [403, 'unauthorized', {}, undefined],
    [429, 'rate-limited', { 'Retry-After': '120' }, 120_000], [429, 'rate-limited', {}, undefined],
    [503, 'server', { 'Retry-After': '30' }, 30_000], [500, 'server', { 'Retry-After': '30' }, undefined],
    [418, 'server', {}, undefined],
  ];
  for (const [code, kind, headers, wait] of cases) {
    it(`HTTP ${code}${headers['Retry-After'] ? ' with Retry-After' : ''} → ${kind}${wait ? `, retry after ${wait / 1000} s` : ''}`, async () => {
      const { request } = await endpoint([{ status: code, headers, body: { error: 'for A-1' } }]);
      const error = await failure(check(request));
      expect(error).to.include({ kind, httpStatus: code, message: `HTTP ${code} from the status endpoint`, retryAfter: wait });
    });
  }

  it('a body that is not JSON → invalid-response', async () => {
    const { request } = await endpoint([{ raw: '<!doctype html><title>Sign in</title>' }]);
    expect(await failure(check(request))).to.include({ kind: 'invalid-response', httpStatus: 200, message: 'The response is not valid JSON' });
  });

  it('a document of the wrong shape → invalid-response naming the field', async () => {
    const { request } = await endpoint([{ body: { applicationId: 'A-1', steps: [] } }]);
    expect(await failure(check(request))).to.include({ kind: 'invalid-response', message: 'steps: expected an array of 1 to 50 steps' });
  });

  it('a transform that throws → invalid-response saying so', async () => {
    const { request } = await endpoint([{ body: {} }], { transform: () => { throw new TypeError('no case'); } });
    expect(await failure(check(request))).to.include({ kind: 'invalid-response', message: 'transform failed: no case' });
  });

  it('an unreachable endpoint → network', async () => {
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    const error = await failure(check({ url: 'https://unreachable.example/', credentials: 'omit' }));
    expect(error).to.include({ kind: 'network', message: 'The status endpoint could not be reached', httpStatus: undefined });
  });

  it('no answer within `timeout` ms → timeout, and the request is aborted', async () => {
    const timeouts: number[] = [];
    const timer = new AbortController();
    sinon.stub(AbortSignal, 'timeout').callsFake((ms: number) => (timeouts.push(ms), timer.signal));
    let requestSignal: AbortSignal | undefined;
    sinon.stub(window, 'fetch').callsFake((_url, init) => new Promise((_, reject) => {
      requestSignal = init!.signal!;
      requestSignal.addEventListener('abort', () => reject(requestSignal!.reason));
    }));
    const pending = check({ url: 'https://slow.example/', credentials: 'omit' }, new AbortController().signal, 2500);
    expect(timeouts).to.deep.equal([2500]);
    timer.abort(new DOMException('timed out', 'TimeoutError'));
    expect(await failure(pending)).to.include({ kind: 'timeout', message: 'No answer from the status endpoint within 2.5 s' });
    expect(requestSignal!.aborted).to.equal(true);
  });

  it('aborted by its caller: rethrows the caller\'s reason, not a StatusError (nobody is told of a superseded check)', async () => {
    const { request } = await endpoint([{ hang: true }]);
    const caller = new AbortController();
    const pending = check(request, caller.signal);
    const reason = new DOMException('superseded', 'AbortError');
    caller.abort(reason);
    let caught: unknown;
    try {
      await pending;
    } catch (error) {
      caught = error;
    }
    expect(caught).to.equal(reason);
  });
});

describe('retryAfter', () => {
  const response = (value?: string) => new Response(null, { status: 429, headers: value === undefined ? {} : { 'Retry-After': value } });

  it('reads delay-seconds', () => {
    expect(retryAfter(response('120'))).to.equal(120_000);
    expect(retryAfter(response(' 0 '))).to.equal(0);
  });

  it('reads an HTTP date, relative to now, never negative', () => {
    const clock = sinon.useFakeTimers({ now: Date.UTC(2026, 0, 15, 12), toFake: ['Date'] });
    try {
      expect(retryAfter(response('Thu, 15 Jan 2026 12:02:00 GMT'))).to.equal(120_000);
      expect(retryAfter(response('Thu, 15 Jan 2026 11:00:00 GMT'))).to.equal(0);
    } finally {
      clock.uninstall();
    }
  });

  it('ignores what it cannot read', () => {
    for (const value of [undefined, '', 'soon', '1.5', '-5', 'Dec 2030', '2030-01-01T00:00:00Z']) expect(retryAfter(response(value)), String(value)).to.equal(undefined);
  });
});
