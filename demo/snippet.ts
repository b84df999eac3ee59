/**
 * The configurator's output: the markup an agency pastes into its page (a script tag for plain
 * pages and CMSs, or a component for React, Vue, Angular or Svelte) and the stylesheet rule for its
 * brand colour. Pure, so it is unit-tested. Attributes at their default value are left out.
 */
import { en, es, type Messages } from '../src/i18n/messages.js';
import ar from '../src/locales/ar.js';
import ht from '../src/locales/ht.js';
import ko from '../src/locales/ko.js';
import ru from '../src/locales/ru.js';
import tl from '../src/locales/tl.js';
import vi from '../src/locales/vi.js';
import zhHans from '../src/locales/zh-Hans.js';
import zhHant from '../src/locales/zh-Hant.js';
import { idRegExp } from '../src/core/lookup.js';
import { telUrl } from '../src/core/links.js';

/** Verifier fields the lookup form can ask for, as the `verify` attribute spells them. */
export const VERIFIERS = ['last-name', 'date-of-birth', 'postal-code', 'email'] as const;
export type Verifier = (typeof VERIFIERS)[number];

export interface SnippetOptions {
  /** Where the agency hosts the IIFE build. */
  scriptSrc: string;
  /** Endpoint URL template; `{id}` is replaced by the application id. */
  endpoint: string;
  /** Left out when empty: the widget then shows its lookup form. */
  applicationId?: string;
  /** Left out when empty: the widget follows the page's language. */
  lang?: string;
  /** Seconds between automatic checks; 0 turns them off. */
  refreshInterval?: number;
  /** 2 to 6. */
  headingLevel?: number;
  /** `#rrggbb`, set as `--ast-color-primary` by a stylesheet rule (see cssFor). */
  primaryColor?: string;
  /** The agency's help line, for the fallback shown before the widget runs and with its errors. */
  helpPhone?: string;
  // The lookup form's settings: used only without an application id.
  /** An example application number, shown as the format hint. */
  idFormat?: string;
  /** A regular expression the whole number must match. */
  idPattern?: string;
  /** A query parameter of the page URL that carries the number. */
  idParam?: string;
  /** Verifier fields to ask for. */
  verify?: readonly Verifier[];
  /** POST endpoint for lookups with verifier fields. */
  lookupEndpoint?: string;
  /** Where applicants find their number, shown in the lookup form (`slot="lookup-help"`). */
  lookupHelp?: string;
  /** fetch credentials mode; left out at the default, `same-origin`. */
  credentials?: RequestCredentials;
  /** The script's Subresource Integrity value (`sha384-…`, printed by `npm run build`). */
  integrity?: string;
}

export const DEFAULTS = {
  scriptSrc: 'https://cdn.example.gov/applicant-status-tracker.iife.js',
  endpoint: '/api/applications/{id}/status',
  refreshInterval: 300,
  headingLevel: 2,
  primaryColor: '#005ea2',
} as const;

/** Every language the widget speaks: English and Spanish built in, the others as separate packs. */
export const LANGUAGES: readonly { tag: string; name: string; builtIn: boolean; messages: Messages }[] = [
  { tag: 'en', name: 'English', builtIn: true, messages: en },
  { tag: 'es', name: 'Español (Spanish)', builtIn: true, messages: es },
  { tag: 'zh-Hans', name: '简体中文 (Chinese, Simplified)', builtIn: false, messages: zhHans },
  { tag: 'zh-Hant', name: '繁體中文 (Chinese, Traditional)', builtIn: false, messages: zhHant },
  { tag: 'vi', name: 'Tiếng Việt (Vietnamese)', builtIn: false, messages: vi },
  { tag: 'ko', name: '한국어 (Korean)', builtIn: false, messages: ko },
  { tag: 'tl', name: 'Tagalog', builtIn: false, messages: tl },
  { tag: 'ar', name: 'العربية (Arabic)', builtIn: false, messages: ar },
  { tag: 'ru', name: 'Русский (Russian)', builtIn: false, messages: ru },
  { tag: 'ht', name: 'Kreyòl ayisyen (Haitian Creole)', builtIn: false, messages: ht },
];

const languageOf = (tag: string | undefined) => LANGUAGES.find((language) => language.tag === tag?.trim());

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for a double-quoted HTML attribute or for text content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const isColor = (value: string | undefined): value is string => !!value && /^#[0-9a-f]{6}$/i.test(value);

const EXAMPLE_ID = 'WY-2020-00123';

/** What is wrong with a web address the agency typed (`{id}` allowed), or undefined. */
function addressProblem(value: string, base: string): string | undefined {
  const url = URL.parse(value.replaceAll('{id}', EXAMPLE_ID), base);
  if (!url) return 'This is not a web address. Use a path such as /api/applications/{id}/status or a full https:// address.';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use an https:// (or http://) address.';
  return undefined;
}

/**
 * What is wrong with the endpoint the agency typed, in words for the configurator's form, or
 * undefined when the widget can use it.
 */
export function endpointProblem(endpoint: string, base = 'https://www.agency.example.gov/status'): string | undefined {
  const value = endpoint.trim();
  if (!value) return 'Enter the address of your status endpoint, for example /api/applications/{id}/status.';
  return addressProblem(value, base);
}

/** The form's fields whose value the widget could not use, by field, with what to fix. */
export type Problems = Partial<Record<'endpoint' | 'scriptSrc' | 'idFormat' | 'idPattern' | 'lookupEndpoint', string>>;

/**
 * Everything the agency typed that would make the snippet fail, field by field (the widget would
 * only report these as a `configuration` error on the live page). Lookup settings count only when
 * the snippet uses the lookup form.
 */
export function problemsFor(options: SnippetOptions, base = 'https://www.agency.example.gov/status'): Problems {
  const problems: Problems = {};
  const endpoint = endpointProblem(options.endpoint, base);
  if (endpoint) problems.endpoint = endpoint;
  const scriptSrc = options.scriptSrc.trim();
  const script = scriptSrc ? addressProblem(scriptSrc, base) : 'Enter where you host applicant-status-tracker.iife.js.';
  if (script) problems.scriptSrc = script;
  if (options.applicationId?.trim()) return problems;

  let pattern: RegExp | undefined;
  try {
    pattern = idRegExp(options.idPattern?.trim() ?? '');
  } catch {
    problems.idPattern = 'This is not a valid regular expression.';
  }
  const format = options.idFormat?.trim();
  if (pattern && format && !pattern.test(format)) {
    problems.idFormat = 'This example does not match your number pattern: applicants would be shown a format the form refuses.';
  }
  const lookupEndpoint = options.lookupEndpoint?.trim();
  const lookup = lookupEndpoint && options.verify?.length ? addressProblem(lookupEndpoint, base) : undefined;
  if (lookup) problems.lookupEndpoint = lookup;
  return problems;
}

/** The element's attributes, in the order the snippet lists them. */
export function attributesFor(options: SnippetOptions): [string, string][] {
  const attributes: [string, string][] = [['endpoint', options.endpoint.trim()]];
  const id = options.applicationId?.trim();
  if (id) attributes.push(['application-id', id]);
  const credentials = options.credentials ?? 'same-origin';
  if (credentials !== 'same-origin') attributes.push(['credentials', credentials]);
  const lang = options.lang?.trim();
  if (lang) attributes.push(['lang', lang]);
  const refresh = options.refreshInterval;
  if (refresh !== undefined && Number.isFinite(refresh) && refresh >= 0 && refresh !== DEFAULTS.refreshInterval) {
    attributes.push(['refresh-interval', String(Math.round(refresh))]);
  }
  const level = options.headingLevel === undefined ? DEFAULTS.headingLevel : Math.min(6, Math.max(2, Math.round(options.headingLevel)));
  if (level !== DEFAULTS.headingLevel) attributes.push(['heading-level', String(level)]);
  if (!id) {
    // The lookup form's settings mean nothing when the snippet names the application.
    const verify = VERIFIERS.filter((field) => options.verify?.includes(field));
    const lookupEndpoint = options.lookupEndpoint?.trim();
    if (verify.length && lookupEndpoint) attributes.push(['lookup-endpoint', lookupEndpoint]);
    if (verify.length) attributes.push(['verify', verify.join(' ')]);
    for (const [name, value] of [['id-format', options.idFormat], ['id-pattern', options.idPattern], ['id-param', options.idParam]] as const) {
      if (value?.trim()) attributes.push([name, value.trim()]);
    }
  }
  return attributes;
}

/**
 * The fallback paragraph: shown before the script runs (or if it never does) and inside the
 * widget's error panel, so it must read right in both places: the widget's own "Questions? Call …"
 * in the snippet's language. Nothing without a phone number: a promise with no way to act on it
 * helps no one.
 */
export function fallbackFor(options: SnippetOptions): string {
  const phone = options.helpPhone?.trim();
  if (!phone) return '';
  const language = languageOf(options.lang) ?? LANGUAGES[0];
  const rtl = language.tag === 'ar';
  // The widget's own rules (src/core/links.ts): "1-800-FLOWERS" and "… x12" dial right, words stay text.
  const href = telUrl(phone);
  // dir="ltr" keeps the digits in dialling order inside right-to-left text, linked or not.
  const number = href ? `<a href="${escapeHtml(href)}"${rtl ? ' dir="ltr"' : ''}>${escapeHtml(phone)}</a>`
    : rtl ? `<span dir="ltr">${escapeHtml(phone)}</span>` : escapeHtml(phone);
  const call = escapeHtml(language.messages.call).replace('{phone}', number);
  return `<p${rtl ? ' dir="rtl"' : ''}>${escapeHtml(language.messages.contact)} ${call}</p>`;
}

/** The separate language pack the snippet's language needs, next to the main script, if any. */
export function languagePackSrc(options: SnippetOptions): string | undefined {
  const language = languageOf(options.lang);
  if (!language || language.builtIn) return undefined;
  const src = options.scriptSrc.trim();
  return `${src.slice(0, src.lastIndexOf('/') + 1)}locales/${language.tag}.js`;
}

/**
 * What goes inside the element, as HTML lines: the lookup form's help (only when the applicant
 * types the number in), then the fallback.
 */
function childrenFor(options: SnippetOptions): string[] {
  const help = !options.applicationId?.trim() && options.lookupHelp?.trim();
  return [help ? `<p slot="lookup-help">${escapeHtml(help)}</p>` : '', fallbackFor(options)].filter(Boolean);
}

/** The element with its attributes, lookup help and fallback, as HTML. */
export function elementFor(options: SnippetOptions): string {
  const attributeLines = attributesFor(options).map(([name, value]) => `\n    ${name}="${escapeHtml(value)}"`).join('');
  return [`<applicant-status-tracker${attributeLines}>`, ...childrenFor(options).map((line) => `  ${line}`), `</applicant-status-tracker>`].join('\n') + '\n';
}

/**
 * The URL the widget fetches its status from, when the markup already says which (an endpoint
 * without `{id}`, or with an application id): what the preload asks for. Built as the widget builds
 * it, or the browser would not match the two and would fetch twice.
 */
export function statusUrl(endpoint: string, applicationId?: string): string | undefined {
  const template = endpoint.trim();
  const id = applicationId?.trim();
  if (!template.includes('{id}')) return template || undefined;
  return id ? template.replaceAll('{id}', encodeURIComponent(id)) : undefined;
}

/**
 * The preload's `crossorigin` for a credentials mode: the preload is reused only when its
 * credentials mode is the widget's. `omit` has no `crossorigin` value, so it gets no preload.
 */
const PRELOAD_CROSSORIGIN: Record<RequestCredentials, string | undefined> = {
  'same-origin': 'crossorigin',
  include: 'crossorigin="use-credentials"',
  omit: undefined,
};

/**
 * The status preload for the page's head, or '' when the markup does not name the status URL
 * (the lookup form; verifier lookups are POSTs) or no preload can match (`credentials="omit"`).
 * The status download then starts with the page's own, not after the script has loaded and run.
 */
export function preloadFor(options: SnippetOptions): string {
  const url = options.verify?.length ? undefined : statusUrl(options.endpoint, options.applicationId);
  const crossorigin = PRELOAD_CROSSORIGIN[options.credentials ?? 'same-origin'];
  return url && crossorigin ? `<link rel="preload" as="fetch" ${crossorigin} href="${escapeHtml(url)}">` : '';
}

/** The preload, the `<script>` tags and the element, ready to paste into a page or a CMS's HTML. */
export function snippetFor(options: SnippetOptions): string {
  const pack = languagePackSrc(options);
  const preload = preloadFor(options);
  const integrity = options.integrity?.trim();
  return [
    ...(preload ? [preload] : []),
    integrity
      ? `<script src="${escapeHtml(options.scriptSrc.trim())}" defer\n    integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script>`
      : `<script src="${escapeHtml(options.scriptSrc.trim())}" defer></script>`,
    ...(pack ? [`<script src="${escapeHtml(pack)}" defer></script>`] : []),
  ].join('\n') + '\n' + elementFor(options);
}

/**
 * The brand colour as a rule for the agency's own stylesheet, or '' for the default colour. A
 * stylesheet works under a strict Content-Security-Policy, where a `style` attribute is dropped.
 */
export function cssFor(options: SnippetOptions): string {
  if (!isColor(options.primaryColor) || options.primaryColor.toLowerCase() === DEFAULTS.primaryColor) return '';
  return `applicant-status-tracker {\n  --ast-color-primary: ${options.primaryColor.toLowerCase()};\n}\n`;
}

// ---- framework components ----------------------------------------------------------------------

export type Host = 'html' | 'react' | 'vue' | 'angular' | 'svelte';

export const HOSTS: readonly { host: Host; name: string }[] = [
  { host: 'html', name: 'HTML page or CMS' },
  { host: 'react', name: 'React 19' },
  { host: 'vue', name: 'Vue 3' },
  { host: 'angular', name: 'Angular' },
  { host: 'svelte', name: 'Svelte 5' },
];

/**
 * Import lines that register the element (and the language pack, if the language needs one), then
 * `typesLine`, then the statements that must follow the imports.
 */
function imports(options: SnippetOptions, typesLine: string, indent = ''): string[] {
  const language = languageOf(options.lang);
  let lines = [`import 'applicant-status-tracker'; // registers <applicant-status-tracker>`, typesLine];
  if (language && !language.builtIn) {
    const name = language.tag.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
    lines = [
      `import { registerLanguage } from 'applicant-status-tracker'; // also registers <applicant-status-tracker>`,
      `import ${name} from 'applicant-status-tracker/locales/${language.tag}';`,
      typesLine,
      '',
      `registerLanguage('${language.tag}', ${name});`,
    ];
  }
  return lines.filter((line, i) => line || i > 0).map((line) => (line ? indent + line : line));
}

/** A JavaScript string literal in double quotes. */
const js = (value: string) => JSON.stringify(value);

/**
 * The element with the application number bound from the component (`idBinding`) instead of
 * written in: in an app the number comes from the signed-in applicant or the route.
 */
function element(options: SnippetOptions, indent: string, attribute: (name: string, value: string) => string, idBinding: string): string {
  const lines = attributesFor(options).map(([name, value]) => (name === 'application-id' ? idBinding : attribute(name, value)));
  // Braces in text start an expression in JSX, Svelte and Angular and a mustache in Vue: write them as characters.
  const children = childrenFor(options).map((line) => line.replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;')));
  return [
    `${indent}<applicant-status-tracker`,
    ...lines.map((line) => `${indent}  ${line}`),
    `${indent}>`,
    ...children.map((line) => `${indent}  ${line}`),
    `${indent}</applicant-status-tracker>`,
  ].join('\n');
}

/** A component for the agency's app, with the element's types from `applicant-status-tracker/<host>`. */
export function frameworkSnippetFor(host: Exclude<Host, 'html'>, options: SnippetOptions): string {
  const withId = !!options.applicationId?.trim();
  const html = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;
  switch (host) {
    case 'react': {
      // A quoted JSX attribute is literal text (braces included) but cannot hold a double quote.
      const jsx = (name: string, value: string) => (/["&<>]/.test(value) ? `${name}={${js(value)}}` : `${name}="${value}"`);
      return [
        `// npm install applicant-status-tracker`,
        ...imports(options, `import type {} from 'applicant-status-tracker/react'; // JSX types`),
        ``,
        `// React 19 passes properties and events to custom elements: transform={…}, onstatus-update={…}.`,
        withId ? `export function ApplicationStatus({ applicationId }: { applicationId: string }) {` : `export function ApplicationStatus() {`,
        `  return (`,
        element(options, '    ', jsx, 'application-id={applicationId}'),
        `  );`,
        `}`,
      ].join('\n') + '\n';
    }
    case 'vue':
      return [
        `<!-- npm install applicant-status-tracker`,
        `     vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'applicant-status-tracker' } } }) -->`,
        `<script setup lang="ts">`,
        ...imports(options, `import type {} from 'applicant-status-tracker/vue'; // template types`),
        ...(withId ? [``, `defineProps<{ applicationId: string }>();`] : []),
        `</script>`,
        ``,
        `<!-- Events: @status-update="…" @status-error="…"; properties: :transform="…" -->`,
        `<template>`,
        element(options, '  ', html, ':application-id="applicationId"'),
        `</template>`,
      ].join('\n') + '\n';
    case 'angular': {
      // Inside a template literal: backslashes, backticks and ${ keep their meaning.
      const literal = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
      return [
        `// npm install applicant-status-tracker`,
        ...imports(options, `import { Component, CUSTOM_ELEMENTS_SCHEMA${withId ? ', input' : ''} } from '@angular/core';`),
        ``,
        `// Events: (status-update)="…" (status-error)="…"; properties: [transform]="…"`,
        `@Component({`,
        `  selector: 'app-application-status',`,
        `  schemas: [CUSTOM_ELEMENTS_SCHEMA],`,
        `  template: \``,
        literal(element(options, '    ', html, '[attr.application-id]="applicationId()"')) + '`,',
        `})`,
        `export class ApplicationStatusComponent {`,
        ...(withId ? [`  readonly applicationId = input.required<string>();`] : []),
        `}`,
      ].join('\n') + '\n';
    }
    case 'svelte': {
      // In Svelte markup braces start an expression, even inside quotes: write such values as strings.
      const svelte = (name: string, value: string) => (/[{}"]/.test(value) ? `${name}={${js(value)}}` : `${name}="${escapeHtml(value)}"`);
      return [
        `<!-- npm install applicant-status-tracker -->`,
        `<script lang="ts">`,
        ...imports(options, `import type {} from 'applicant-status-tracker/svelte'; // markup types`, '  '),
        ...(withId ? [``, `  let { applicationId }: { applicationId: string } = $props();`] : []),
        `</script>`,
        ``,
        `<!-- Events: onstatus-update={…} onstatus-error={…}; properties: transform={…} -->`,
        element(options, '', svelte, 'application-id={applicationId}'),
      ].join('\n') + '\n';
    }
  }
}
