/**
 * Issue 12.4: the built-in words mean what the status means, in all ten languages, and read with
 * each language's punctuation (not English colons and full stops inside Chinese).
 */
import { expect } from '@open-wc/testing';
import { ApplicantStatusTracker } from '../src/index.js';
import { en, es, type Messages } from '../src/i18n/messages.js';
import zhHans from '../src/locales/zh-Hans.js';
import zhHant from '../src/locales/zh-Hant.js';
import vi from '../src/locales/vi.js';
import ko from '../src/locales/ko.js';
import tl from '../src/locales/tl.js';
import ar from '../src/locales/ar.js';
import ru from '../src/locales/ru.js';
import ht from '../src/locales/ht.js';
import { clean, heading, mount, part, serve, spokenStatus } from './support/index.js';

const packs: Record<string, Messages> = { en, es, 'zh-Hans': zhHans, 'zh-Hant': zhHant, vi, ko, tl, ar, ru, ht };
for (const [tag, pack] of Object.entries(packs)) if (tag !== 'en' && tag !== 'es') ApplicantStatusTracker.registerLanguage(tag, pack);

const STATES = ['complete', 'current', 'action-required', 'upcoming', 'skipped', 'failed'] as const;

/**
 * The reviewed state names. `failed` is a step that ended badly (SPEC: e.g. ineligible): it must
 * read as "not successful / not approved / did not pass", never as "not finished", which on a
 * denied application suggests the review is still going.
 */
const FAILED: Record<string, string> = {
  en: 'Not successful',
  es: 'No aprobado',
  'zh-Hans': '未通过',
  'zh-Hant': '未通過',
  vi: 'Không thành công',
  ko: '통과하지 못함',
  tl: 'Hindi nagtagumpay',
  ar: 'لم تنجح',
  ru: 'Не пройдено',
  ht: 'Pa reyisi',
};

describe('wording in every language (issue 12.4)', () => {
  for (const [tag, pack] of Object.entries(packs)) {
    it(`${tag}: "failed" reads as not successful, and the six states are six different words`, () => {
      expect(pack['state.failed']).to.equal(FAILED[tag]);
      expect(new Set(STATES.map((state) => pack[`state.${state}`])).size).to.equal(6);
    });
  }

  it('es: a failed step does not read as unfinished', () => {
    expect(es['state.failed']).not.to.match(/complet|termin|acab/i);
  });

  for (const tag of ['zh-Hans', 'zh-Hant']) {
    it(`${tag}: no English colons, brackets or full stops in the built-in strings`, () => {
      for (const [key, value] of Object.entries(packs[tag])) expect(value.replace(/\{\w+\}/g, ''), key).not.to.match(/[:().;?!]/);
    });
  }

  const doc = {
    applicationId: 'A-1',
    notice: { en: 'Payments are delayed.', 'zh-Hant': '本週付款延遲。', es: 'Los pagos se retrasan.' },
    steps: [
      { id: 'received', label: { en: 'Received', 'zh-Hant': '已收件', es: 'Recibida' }, state: 'complete' },
      { id: 'review', label: { en: 'Review', 'zh-Hant': '審查', es: 'Revisión' }, state: 'current', expected: '2099-07-30' },
      { id: 'decision', label: { en: 'Decision', 'zh-Hant': '決定', es: 'Decisión' }, state: 'failed' },
    ],
    history: [{ date: '2020-07-09', text: 'Eligibility confirmed.' }],
  };

  it('zh-Hant: the notice, the summary, the history and the announcement use Chinese punctuation', async () => {
    const { endpoint } = await serve([{ body: doc }]);
    const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1', lang: 'zh-Hant' });
    await loaded();
    const notice = clean(part(el, 'notice')!.textContent);
    expect(notice).to.equal('重要提示：本週付款延遲。');
    const summary = clean(part(el, 'summary')!.textContent);
    expect(summary).to.match(/審查：預計.*。$/);
    expect(summary.replace(/\d/g, '')).not.to.match(/[:.]/);
    expect(clean(el.shadowRoot!.querySelector('details summary')!.textContent)).to.equal('歷史紀錄（1）');
    expect(headingText(el)).to.equal('第 2 步，共 3 步：審查');
    expect(spokenStatus(el)).to.match(/^第 2 步，共 3 步：審查。/);
    expect(spokenStatus(el).replace(/\d/g, '')).not.to.match(/[:.]/);
  });

  it('es: a failed step says "No aprobado", and English punctuation stays where it belongs', async () => {
    const { endpoint } = await serve([{ body: doc }]);
    const { el, loaded } = await mount({ endpoint, 'application-id': 'A-1', lang: 'es' });
    await loaded();
    expect(clean(el.shadowRoot!.querySelector('[data-state="failed"] .state')!.textContent)).to.equal('No aprobado');
    expect(clean(part(el, 'notice')!.textContent)).to.equal('Importante: Los pagos se retrasan.');
    expect(clean(part(el, 'summary')!.textContent)).to.match(/Revisión: Previsto .*\.$/);
  });
});

const headingText = (el: HTMLElement) => clean(heading(el)?.textContent);
