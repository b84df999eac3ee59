/**
 * Issue 12.5: messages only promise what the page lets the applicant do. A fixed application number
 * cannot be changed; "Sign in again" needs somewhere to sign in; "Check again" must show that it
 * checked even when nothing changed.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/messages.js';
import { button, clean, liveRegion, mount, part, screenText, serve, spokenStatus, statusAt, waitFor } from './support/index.js';

describe('messages that promise only what the page can do (issue 12.5)', () => {
  it('a fixed application number that is not found does not ask the applicant to check the number', async () => {
    const { endpoint } = await serve([{ status: 404 }]);
    const { el, failed } = await mount({ endpoint, 'application-id': 'WY-2020-00123' }, { light: '<p>Call 1-800-555-0100.</p>' });
    await failed();
    const text = screenText(el);
    expect(text).to.contain(en['error.not-found']);
    expect(text).not.to.match(/check the application number/i);
    expect(text).to.contain(en['error.not-found.next']);
    expect(en['error.not-found.next']).to.match(/contact us/i);
  });

  it('links "Sign in" to the sign-in-url the agency gives, resolved against the page', async () => {
    const { endpoint } = await serve([{ status: 401 }]);
    const { el, failed } = await mount({ endpoint, 'application-id': 'A-1', 'sign-in-url': '/login?next=status' });
    await failed();
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="sign-in"]');
    expect(link, 'a sign-in link').to.exist;
    expect(link!.getAttribute('href')).to.equal(new URL('/login?next=status', document.baseURI).href);
    expect(clean(link!.textContent)).to.equal(en.signIn);
  });

  it('gives no sign-in link for an unsafe sign-in-url, nor without one', async () => {
    for (const url of ['javascript:alert(1)', undefined]) {
      const { endpoint } = await serve([{ status: 401 }]);
      const { el, failed } = await mount({ endpoint, 'application-id': 'A-1', 'sign-in-url': url });
      await failed();
      expect(el.shadowRoot!.querySelector('[part~="sign-in"]'), String(url)).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]'), String(url)).to.equal(null);
      expect(screenText(el)).to.contain(en['error.unauthorized.next']);
    }
  });

  it('also links "Sign in" when a refresh is refused after a status was shown', async () => {
    const served = await serve([{ body: statusAt(2) }, { status: 401 }]);
    const { el, loaded, failed } = await mount({ endpoint: served.endpoint, 'application-id': 'A-1', 'sign-in-url': 'https://agency.example.gov/login' });
    await loaded();
    void el.refresh();
    await failed();
    expect(part(el, 'stale')!.querySelector('a')?.getAttribute('href')).to.equal('https://agency.example.gov/login');
  });

  it('"Check again" with no change says so, politely, and shows the new check time', async () => {
    const served = await serve([{ body: statusAt(2) }]);
    const { el, loaded, updates } = await mount({ endpoint: served.endpoint, 'application-id': 'A-1' });
    await loaded();
    const checkedBefore = clean(part(el, 'checked')!.textContent);
    expect(checkedBefore).to.match(/^Last checked \d+:\d\d:\d\d/);
    const announcedBefore = spokenStatus(el);
    button(el, en.checkAgain)!.click();
    await waitFor(() => spokenStatus(el) === en.checkedNoChange, 'the no-change announcement');
    await el.updateComplete;
    expect(announcedBefore).not.to.equal(en.checkedNoChange);
    expect(updates, 'no status-update for an unchanged status').to.have.length(1);
    expect(clean(part(el, 'checked')!.textContent)).to.match(/^Last checked \d+:\d\d:\d\d.*: no change$/);
    // Again: said again (the announcer empties and refills the region), not left silent.
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(spokenStatus(el)));
    observer.observe(liveRegion(el), { childList: true, characterData: true, subtree: true });
    button(el, en.checkAgain)!.click();
    await waitFor(() => said.includes('') && said.at(-1) === en.checkedNoChange, 'the repeated announcement');
    observer.disconnect();
    expect((await served.requests()).length).to.equal(3);
  });
});
