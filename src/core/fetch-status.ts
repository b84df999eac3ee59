/**
 * One request for a status document: HTTP semantics in, a validated document or a typed error out.
 * No DOM and no timers beyond the request's own timeout, so the refresh controller owns scheduling.
 */
import { anySignal } from './abort.js';
import { validateStatusDocument, StatusValidationError, type StatusDocument } from './status-document.js';
import { StatusError } from './errors.js';
import type { StatusRequest } from './request.js';

export interface StatusResult {
  status: StatusDocument;
  /** Cache-Control max-age in milliseconds: the server's floor for the next check. */
  maxAge?: number;
}

function statusErrorFor(response: Response): StatusError {
  const code = response.status;
  const kind = code === 404 || code === 410 ? 'not-found'
    : code === 401 || code === 403 ? 'unauthorized'
    : code === 429 ? 'rate-limited'
    : 'server';
  // Retry-After means something only on 429 and 503.
  return new StatusError(kind, `HTTP ${code} from the status endpoint`, code, code === 429 || code === 503 ? retryAfter(response) : undefined);
}

/**
 * Retry-After is either delay-seconds or an HTTP date, which ends in GMT: Date.parse reads other
 * strings differently in each engine ("1.5" and "Dec 2030" are dates in V8).
 */
export function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = value.endsWith(' GMT') ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function maxAge(response: Response): number | undefined {
  const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(response.headers.get('Cache-Control') ?? '');
  return match ? Number(match[1]) * 1000 : undefined;
}

/**
 * Fetches and validates one status document.
 *
 * Caching is the browser's HTTP cache, as the server's headers allow it, across checks and page
 * loads alike; `no-store` responses are never kept. `pageLoad` (no check has answered yet): the
 * cache's default mode, as for any resource of the page, so that every engine hands over a
 * `<link rel="preload" as="fetch" crossorigin>` of the same URL and credentials mode (Firefox
 * does not for `no-cache`), and `private, no-cache` with an ETag revalidates (304). Later checks:
 * `no-cache`, always revalidated with the cache's validators, whatever the freshness.
 * No validators of its own and only CORS-safelisted headers on a GET (Accept): a simple request,
 * no preflight.
 */
export async function fetchStatus(request: StatusRequest, signal: AbortSignal, timeout: number, pageLoad = false): Promise<StatusResult> {
  const timeoutSignal = AbortSignal.timeout(timeout);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.body) headers['Content-Type'] = 'application/json';

  let response: Response;
  let body: unknown;
  try {
    response = await fetch(request.url, {
      method: request.body ? 'POST' : 'GET',
      body: request.body,
      headers,
      credentials: request.credentials,
      cache: pageLoad ? 'default' : 'no-cache',
      signal: anySignal([signal, timeoutSignal]),
    });
    if (!response.ok) throw statusErrorFor(response);
    const raw = await response.text();
    try {
      body = JSON.parse(raw);
    } catch {
      throw new StatusError('invalid-response', 'The response is not valid JSON', response.status);
    }
  } catch (error) {
    if (error instanceof StatusError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timeoutSignal.aborted) {
      throw new StatusError('timeout', `No answer from the status endpoint within ${timeout / 1000} s`);
    }
    throw new StatusError('network', 'The status endpoint could not be reached');
  }

  let status: StatusDocument;
  try {
    status = validateStatusDocument(request.transform ? await request.transform(body, response) : body);
  } catch (error) {
    const message = error instanceof StatusValidationError
      ? error.message
      : `transform failed: ${error instanceof Error ? error.message : String(error)}`;
    throw new StatusError('invalid-response', message, response.status);
  }
  return { status, maxAge: maxAge(response) };
}
