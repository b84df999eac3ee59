/** From the page's settings and the application to the one request (src/core/request.ts), and "same request". */
import { expect } from '@esm-bundle/chai';
import { requestKey, sameRequest, statusRequest, type RequestSettings, type StatusRequest } from '../../src/core/request.js';
import { StatusError } from '../../src/core/errors.js';
import type { StatusTransform } from '../../src/core/status-document.js';

const page = 'https://www.agency.example.gov/status/check.html';
const settings = (extra: Partial<RequestSettings> = {}): RequestSettings => ({
  endpoint: '/api/applications/{id}/status', lookupEndpoint: '', credentials: 'same-origin', verifiers: [], idPattern: '', ...extra,
});
const application = (id: string, answers: Record<string, string> = {}) => ({ id, answers });

/** The configuration error statusRequest throws for these settings, or undefined. */
function configurationError(extra: Partial<RequestSettings>, app = application('A-1')): StatusError | undefined {
  try {
    statusRequest(settings(extra), app, page);
    return undefined;
  } catch (error) {
    if (error instanceof StatusError) return error;
    throw error;
  }
}

describe('statusRequest', () => {
  it('puts the URL-encoded id in every {id}, resolved against the page', () => {
    const request = statusRequest(settings({ endpoint: 'api/{id}/status?id={id}' }), application('WY 2020/00123?x=1#é'), page)!;
    expect(request.url).to.equal('https://www.agency.example.gov/status/api/WY%202020%2F00123%3Fx%3D1%23%C3%A9/status?id=WY%202020%2F00123%3Fx%3D1%23%C3%A9');
    expect(request).to.include({ credentials: 'same-origin', body: undefined });
  });

  it('fetches an endpoint without {id} as is', () => {
    expect(statusRequest(settings({ endpoint: '/my-application' }), application(''), page)!.url)
      .to.equal('https://www.agency.example.gov/my-application');
  });

  it('is undefined while there is no application or no endpoint', () => {
    expect(statusRequest(settings(), undefined, page)).to.equal(undefined);
    expect(statusRequest(settings({ endpoint: '' }), application('A-1'), page)).to.equal(undefined);
  });

  it('a cross-origin endpoint keeps its origin and the credentials mode', () => {
    const request = statusRequest(settings({ endpoint: 'https://api.agency.example.gov/{id}', credentials: 'include' }), application('A-1'), page)!;
    expect(request).to.include({ url: 'https://api.agency.example.gov/A-1', credentials: 'include' });
  });

  it('a verified lookup POSTs the id and the answers as JSON to the lookup endpoint, never in the URL', () => {
    const request = statusRequest(
      settings({ lookupEndpoint: '/api/lookup', verifiers: ['last-name', 'postal-code'] }),
      application('A-1', { lastName: 'Quiñones', postalCode: '82001', email: 'ignored@example.gov' }), page)!;
    expect(request.url).to.equal('https://www.agency.example.gov/api/lookup');
    expect(JSON.parse(request.body!)).to.deep.equal({ applicationId: 'A-1', lastName: 'Quiñones', postalCode: '82001' });
    expect(request.url).not.to.contain('Qui');
  });

  it('carries the transform', () => {
    const transform: StatusTransform = (body) => body as never;
    expect(statusRequest(settings({ transform }), application('A-1'), page)!.transform).to.equal(transform);
  });

  describe('configuration errors: settings no application could fix, found before any application exists', () => {
    it('an endpoint that is not a URL', () => {
      const error = configurationError({ endpoint: 'https://[bad/{id}' }, undefined as never);
      expect(error).to.include({ kind: 'configuration', message: 'endpoint is not a URL: https://[bad/{id}' });
      expect(configurationError({ endpoint: 'https://[bad/{id}' })).to.include({ kind: 'configuration' });
    });

    it('a lookup endpoint that is not a URL', () => {
      expect(configurationError({ lookupEndpoint: 'http://[::1', verifiers: ['last-name'] }))
        .to.include({ kind: 'configuration', message: 'lookup-endpoint is not a URL: http://[::1' });
    });

    it('an id pattern that is not a regular expression', () => {
      expect(configurationError({ idPattern: 'WY-(\\d{4}' })).to.include({ kind: 'configuration' });
    });

    it('none for usable settings', () => {
      expect(configurationError({ endpoint: '/api/{id}', idPattern: 'WY-\\d{4}-\\d{5}' })).to.equal(undefined);
    });
  });
});

describe('requestKey and sameRequest', () => {
  const base = (): StatusRequest => ({ url: 'https://x.example/A-1', credentials: 'same-origin' });
  const transform: StatusTransform = (body) => body as never;

  it('the same application fetched the same way is the same request, whatever the object', () => {
    expect(sameRequest(base(), base())).to.equal(true);
    expect(sameRequest({ ...base(), transform }, { ...base(), transform })).to.equal(true);
    expect(sameRequest(undefined, undefined)).to.equal(true);
  });

  it('another URL, body, credentials mode or transform is another request', () => {
    expect(sameRequest(base(), { ...base(), url: 'https://x.example/B-2' })).to.equal(false);
    expect(sameRequest(base(), { ...base(), body: '{}' })).to.equal(false);
    expect(sameRequest(base(), { ...base(), credentials: 'include' })).to.equal(false);
    expect(sameRequest(base(), { ...base(), transform })).to.equal(false);
    expect(sameRequest(base(), undefined)).to.equal(false);
  });

  it('the key names the application (URL and body) only', () => {
    expect(requestKey(base())).to.equal(requestKey({ ...base(), credentials: 'include' }));
    expect(requestKey(base())).to.not.equal(requestKey({ ...base(), body: '{"applicationId":"A-1"}' }));
    expect(requestKey(undefined)).to.equal('');
  });
});
