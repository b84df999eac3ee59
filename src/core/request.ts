/**
 * From the page's settings and the application to the one request that fetches its status, and
 * the one comparison that decides whether two requests are the same. Pure: the page's base URL
 * is passed in.
 */
import { StatusError } from './errors.js';
import { VERIFIERS, idRegExp, type Application, type Verifier } from './lookup.js';
import type { StatusTransform } from './status-document.js';

export interface StatusRequest {
  url: string;
  credentials: RequestCredentials;
  /** A JSON body turns the request into a POST (the lookup with verifier answers). */
  body?: string;
  transform?: StatusTransform;
}

export interface RequestSettings {
  endpoint: string;
  lookupEndpoint: string;
  credentials: RequestCredentials;
  verifiers: Verifier[];
  idPattern: string;
  transform?: StatusTransform;
}

function absolute(template: string, attribute: string, baseUrl: string): URL {
  try {
    return new URL(template, baseUrl);
  } catch {
    throw new StatusError('configuration', `${attribute} is not a URL: ${template}`);
  }
}

/**
 * The request for `application`, or undefined while there is nothing to fetch (no application
 * yet). Throws a `configuration` StatusError for settings no application could ever fix.
 */
export function statusRequest(settings: RequestSettings, application: Application | undefined, baseUrl: string): StatusRequest | undefined {
  const { endpoint, lookupEndpoint, verifiers } = settings;
  // Checked before any application exists: the web team learns of the mistake on first load.
  idRegExp(settings.idPattern);
  // A template parses as a URL ({id} is encoded), so the error names it as the web team wrote it.
  if (endpoint) absolute(endpoint, 'endpoint', baseUrl);
  if (lookupEndpoint) absolute(lookupEndpoint, 'lookup-endpoint', baseUrl);
  const verified = verifiers.length > 0;
  const template = verified && lookupEndpoint ? lookupEndpoint : endpoint;
  if (!application || !template) return undefined;
  const url = absolute(template.replaceAll('{id}', encodeURIComponent(application.id)), 'endpoint', baseUrl);
  const body = verified
    ? JSON.stringify({ applicationId: application.id, ...Object.fromEntries(verifiers.map((name) => [VERIFIERS[name].key, application.answers[VERIFIERS[name].key] ?? ''])) })
    : undefined;
  return { url: url.href, credentials: settings.credentials, body, transform: settings.transform };
}

/** The application's identity: where it is fetched from, with what. A new identity shows nothing of the old one. */
export const requestKey = (request: StatusRequest | undefined) => (request ? `${request.url}\n${request.body ?? ''}` : '');

/** Two requests are the same when they fetch the same application the same way. */
export const sameRequest = (a: StatusRequest | undefined, b: StatusRequest | undefined) =>
  requestKey(a) === requestKey(b) && a?.credentials === b?.credentials && a?.transform === b?.transform;
