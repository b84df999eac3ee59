/**
 * The widget's built-in strings: one flat object per language with `{name}` placeholders, so a
 * language pack is plain data that a test can check key by key against English. This module keeps
 * the registry of packs and picks one for a language.
 */
import en, { type Messages } from './en.js';
import es from './es.js';

export { en, es };
export type { MessageKey, Messages } from './en.js';

/** Registered language packs, by lower-case tag. English and Spanish are built in. */
const packs = new Map<string, Partial<Messages>>([
  ['en', en],
  ['es', es],
]);

/** Adds or extends a language: missing keys fall back to English. */
export function registerLanguage(tag: string, messages: Partial<Messages>): void {
  const key = tag.toLowerCase();
  packs.set(key, { ...packs.get(key), ...messages });
}

/** Tags pages use that name a pack by another tag. */
const ALIASES: Record<string, string> = {
  zh: 'zh-hans', 'zh-cn': 'zh-hans', 'zh-sg': 'zh-hans', 'zh-tw': 'zh-hant', 'zh-hk': 'zh-hant', 'zh-mo': 'zh-hant', fil: 'tl',
};

/** The registered tag that best serves `lang`: exact, else with subtags dropped one by one ("zh-Hant-TW", "zh-Hant"), else English. */
export function resolveLanguage(lang: string): string {
  for (let tag = lang.toLowerCase(); tag; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
    const known = packs.has(tag) ? tag : ALIASES[tag];
    if (known && packs.has(known)) return known;
  }
  return 'en';
}

/** English, then the language's pack, then the page's overrides. */
export function messagesFor(lang: string, overrides?: Partial<Messages>): Messages {
  return { ...en, ...packs.get(resolveLanguage(lang)), ...overrides };
}

/** Languages written right to left: the widget sets its own direction, whatever the page's. */
export const isRightToLeft = (lang: string) => /^(ar|he|fa|ur|ps|yi|dv|ckb)(-|$)/i.test(lang);

/** Fills `{name}` placeholders. Values are inserted as text by Lit, never as HTML. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
