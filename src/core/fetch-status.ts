/**
 * One request for a status document: HTTP semantics in, a validated document or a typed error out.
 * No DOM and no timers beyond the request's own timeout, so the refresh controller owns scheduling.
 */
import { validateStatusDocument, StatusValidationError, type StatusDocument } from './status-document.js';
import { StatusError } from './errors.js';
import type { StatusRequest } from './request.js';

/** What the server told us about caching, kept between checks of the same application. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface StatusResult {
  /** `null` when the server answered 304 Not Modified. */
  status: StatusDocument | null;
  validators: Validators;
  /** Cache-Control max-age in milliseconds: the server's floor for the next check. */
  maxAge?: number;
}

function statusErrorFor(response: Response): StatusError {
  const code = response.status;
  const message = `HTTP ${code} from the status endpoint`;
  if (code === 404 || code === 410) return new StatusError('not-found', message, code);
  if (code === 401 || code === 403) return new StatusError('unauthorized', message, code);
  if (code === 429) return new StatusError('rate-limited', message, code, retryAfter(response));
  return new StatusError('server', message, code, code === 503 ? retryAfter(response) : undefined);
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
 * Same-origin GETs carry If-None-Match / If-Modified-Since themselves; cross-origin GETs let the
 * browser's HTTP cache revalidate instead, because custom headers would cost a CORS preflight per check.
 */
export async function fetchStatus(
  request: StatusRequest,
  validators: Validators,
  signal: AbortSignal,
  timeout: number,
): Promise<StatusResult> {
  const timeoutSignal = AbortSignal.timeout(timeout);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const conditional = request.sameOrigin;
  if (conditional && validators.etag) headers['If-None-Match'] = validators.etag;
  if (conditional && validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  if (request.body) headers['Content-Type'] = 'application/json';

  let response: Response;
  let body: unknown;
  try {
    response = await fetch(request.url, {
      method: request.body ? 'POST' : 'GET',
      body: request.body,
      headers,
      credentials: request.credentials,
      cache: conditional ? 'no-store' : 'no-cache',
      signal: AbortSignal.any([signal, timeoutSignal]),
    });
    if (response.status === 304) {
      return { status: null, validators, maxAge: maxAge(response) };
    }
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
  return {
    status,
    validators: {
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    },
    maxAge: maxAge(response),
  };
}
