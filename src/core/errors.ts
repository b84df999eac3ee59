/**
 * Every way a check can fail, as the `kind` of the `status-error` event. `configuration` is the
 * page's own mistake (an endpoint that is not a URL, an id pattern that is not a regular expression).
 */
export const ERROR_KINDS = ['not-found', 'unauthorized', 'rate-limited', 'server', 'network', 'timeout', 'invalid-response', 'configuration'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * A failed check. `message` is for the agency's developers and never carries the application id,
 * the request URL or anything the applicant typed.
 */
export class StatusError extends Error {
  override name = 'StatusError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly httpStatus?: number,
    /** Milliseconds the server asked us to wait (Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}
