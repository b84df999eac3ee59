import { fixture, html, expect } from '@open-wc/testing';
import { ApplicantStatusTracker } from '../src/index.js';
import { en, format, type Messages } from '../src/i18n/messages.js';
import zhHans from '../src/locales/zh-Hans.js';
import zhHant from '../src/locales/zh-Hant.js';
import vi from '../src/locales/vi.js';
import ko from '../src/locales/ko.js';
import tl from '../src/locales/tl.js';
import ar from '../src/locales/ar.js';
import ru from '../src/locales/ru.js';
import ht from '../src/locales/ht.js';
import { registerWhenDefined } from '../src/locales/register.js';
import { headingText, mount, serve } from './support/index.js';

// What a standalone pack script does (scripts/build-locales.mjs): register through customElements.whenDefined.
registerWhenDefined('ar', ar);

const packs: Record<string, Messages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, vi, ko, tl, ar, ru, ht };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('language packs', () => {
  for (const [tag, pack] of Object.entries(packs)) {
    describe(tag, () => {
      it('has exactly the English keys', () => {
        expect(Object.keys(pack).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('has a non-empty string for every key', () => {
        for (const [key, value] of Object.entries(pack)) {
          expect(value, key).to.be.a('string');
          expect(value.trim(), key).to.not.equal('');
        }
      });

      it("keeps each English string's placeholders", () => {
        for (const key of Object.keys(en) as (keyof Messages)[]) {
          expect(placeholders(pack[key]), key).to.deep.equal(placeholders(en[key]));
        }
      });
    });
  }
});

/** Serves a document with `steps` and mounts a tracker for it inside `parent`; resolves once it is rendered. */
async function showSteps(steps: unknown[], attributes: Record<string, string>, parent?: HTMLElement) {
  const { endpoint } = await serve([{ body: { applicationId: 'A-1', steps } }]);
  const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1', ...attributes }, { parent });
  await loaded();
  return el;
}

describe('rendering with a registered pack', () => {
  it('renders Vietnamese once registered', async () => {
    ApplicantStatusTracker.registerLanguage('vi', vi);
    const el = await showSteps([
      { id: 'a', label: 'Received', state: 'complete', date: '2020-07-01' },
      { id: 'b', label: { en: 'Review', vi: 'Xét duyệt' }, state: 'current' },
      { id: 'c', label: 'Decision', state: 'upcoming' },
    ], { lang: 'vi' });
    expect(headingText(el)).to.equal(format(vi.stepOf, { n: 2, total: 3, label: 'Xét duyệt' }));
    expect(el.shadowRoot!.textContent).to.contain(vi.waitingOnUs);
  });

  it('renders Arabic registered by the standalone pack entry', async () => {
    await customElements.whenDefined('applicant-status-tracker');
    const page = await fixture<HTMLElement>(html`<div lang="ar"></div>`);
    const el = await showSteps([
      { id: 'a', label: 'Received', state: 'complete' },
      { id: 'b', label: { en: 'Documents', ar: 'المستندات' }, state: 'action-required' },
    ], {}, page);
    const text = el.shadowRoot!.textContent!;
    expect(headingText(el)).to.equal(format(ar.stepOf, { n: 2, total: 2, label: 'المستندات' }));
    expect(text).to.contain(ar.waitingOnYou);
    expect(text).to.contain(ar['state.action-required']);
  });
});
