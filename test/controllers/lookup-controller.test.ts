/** The lookup form's state (src/controllers/lookup-controller.ts), on a fake host. */
import { expect } from '@esm-bundle/chai';
import { LookupController, type LookupHost } from '../../src/controllers/lookup-controller.js';
import { StatusError } from '../../src/core/errors.js';
import { FakeHost } from '../support/controllers.js';

function setUp(settings: Partial<Pick<LookupHost, 'applicationId' | 'endpoint' | 'verify' | 'idPattern' | 'idParam'>> = {}) {
  const host = Object.assign(new FakeHost(), { applicationId: '', endpoint: '/api/{id}/status', verify: '', idPattern: '', idParam: '', idFormat: '', ...settings });
  let updateRequests = 0;
  const requestUpdate = host.requestUpdate.bind(host);
  host.requestUpdate = () => {
    updateRequests++;
    requestUpdate();
  };
  const lookup = new LookupController(host);
  return { host, lookup, updateRequests: () => updateRequests };
}

describe('LookupController: when the form is needed', () => {
  it('when the endpoint needs an id nobody gave, or the agency asks for verifier answers', () => {
    expect(setUp().lookup.needed).to.equal(true);
    expect(setUp({ applicationId: 'A-1' }).lookup.needed).to.equal(false);
    expect(setUp({ endpoint: '/my-application' }).lookup.needed).to.equal(false);
    expect(setUp({ applicationId: 'A-1', verify: 'last-name' }).lookup.needed).to.equal(true);
  });

  it('asks for the number and then the known verifier fields, in the agency\'s order', () => {
    expect(setUp({ verify: 'postal-code bogus last-name' }).lookup.fields).to.deep.equal(['applicationId', 'postal-code', 'last-name']);
  });

  it('the application is the page\'s own while no form is needed, else the one submitted', () => {
    expect(setUp({ applicationId: 'A-1' }).lookup.application).to.deep.equal({ id: 'A-1', answers: {} });
    expect(setUp().lookup.application).to.equal(undefined);
  });
});

describe('LookupController: submitting', () => {
  it('refuses missing or malformed answers, naming each problem, and submits nothing', () => {
    const { lookup, updateRequests } = setUp({ idPattern: 'WY-\\d{4}-\\d{5}', verify: 'last-name postal-code' });
    lookup.input('applicationId', 'WY-20-1');
    lookup.input('postal-code', '82001');
    expect(lookup.submit()).to.deep.equal({ invalid: ['applicationId', 'last-name'], again: false });
    expect(lookup.problems).to.deep.equal({ applicationId: 'idInvalid', 'last-name': 'fieldRequired' });
    expect(lookup.application).to.equal(undefined);
    expect(lookup.awaitingResult).to.equal(false);
    expect(updateRequests(), 'the problems are shown').to.equal(1);
  });

  it('submits trimmed answers keyed as the lookup body has them, and waits for the result', () => {
    const { lookup } = setUp({ verify: 'last-name' });
    lookup.input('applicationId', '  WY-2020-00123 ');
    lookup.input('last-name', ' Quiñones ');
    expect(lookup.submit()).to.deep.equal({ invalid: [], again: false });
    expect(lookup.application).to.deep.equal({ id: 'WY-2020-00123', answers: { lastName: 'Quiñones' } });
    expect(lookup.problems).to.deep.equal({});
    expect(lookup.awaitingResult).to.equal(true);
  });

  it('the same answers again are "again" (the request is unchanged, so it must be checked on purpose); others are not', () => {
    const { lookup } = setUp({ verify: 'last-name' });
    lookup.input('applicationId', 'A-1');
    lookup.input('last-name', 'Smith');
    lookup.submit();
    expect(lookup.submit().again).to.equal(true);
    lookup.input('last-name', 'Smyth');
    expect(lookup.submit().again).to.equal(false);
  });

  it('a broken id-pattern is a configuration error, not a problem of the applicant\'s answer', () => {
    const { lookup } = setUp({ idPattern: 'WY-(' });
    lookup.input('applicationId', 'WY-1');
    expect(() => lookup.submit()).to.throw(StatusError, 'id-pattern is not a valid regular expression');
  });

  it('"Look up another application" empties the form', () => {
    const { lookup } = setUp();
    lookup.input('applicationId', 'A-1');
    lookup.submit();
    lookup.input('applicationId', 'B-2');
    lookup.reset();
    expect(lookup.application).to.equal(undefined);
    expect(lookup.draft).to.deep.equal({});
    expect(lookup.problems).to.deep.equal({});
  });
});

describe('LookupController: the number in the page\'s address (id-param)', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
    history.replaceState(null, '', `${location.pathname}?application=%20WY-2020-00999%20&utm=x`);
  });
  afterEach(() => history.replaceState(null, '', original));

  it('looks it up at once when nothing else is asked', () => {
    const { host, lookup } = setUp({ idParam: 'application' });
    host.connect();
    expect(lookup.application).to.deep.equal({ id: 'WY-2020-00999', answers: {} });
    expect(lookup.draft).to.deep.equal({ applicationId: 'WY-2020-00999' });
  });

  it('only fills in the number when verifier answers are still needed', () => {
    const { host, lookup } = setUp({ idParam: 'application', verify: 'last-name' });
    host.connect();
    expect(lookup.application).to.equal(undefined);
    expect(lookup.draft).to.deep.equal({ applicationId: 'WY-2020-00999' });
  });

  it('is ignored when the page names the application itself, or names another parameter', () => {
    const own = setUp({ idParam: 'application', applicationId: 'A-1' });
    own.host.connect();
    expect(own.lookup.application).to.deep.equal({ id: 'A-1', answers: {} });
    const other = setUp({ idParam: 'case' });
    other.host.connect();
    expect(other.lookup.application).to.equal(undefined);
    expect(other.lookup.draft).to.deep.equal({});
  });
});
