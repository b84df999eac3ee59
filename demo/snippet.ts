/**
 * The configurator's output: the markup an agency pastes into its page. Pure, so it is unit-tested.
 * Attributes at their default value are left out to keep the snippet short.
 */

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
  /** `#rrggbb`, set as `--ast-color-primary`. */
  primaryColor?: string;
  /** The agency's help line, for the fallback shown when the script cannot run. */
  helpPhone?: string;
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

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for a double-quoted HTML attribute or for text content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const isColor = (value: string | undefined): value is string => !!value && /^#[0-9a-f]{6}$/i.test(value);

/** The fallback paragraph, in Spanish when the widget is set to Spanish. */
function fallback(options: SnippetOptions): string {
  const spanish = /^es\b/i.test(options.lang ?? '');
  const phone = options.helpPhone?.trim();
  const digits = phone?.replace(/[^\d+]/g, '');
  const call = phone
    ? digits
      ? `<a href="tel:${escapeHtml(digits)}">${escapeHtml(phone)}</a>`
      : escapeHtml(phone)
    : '';
  if (spanish) {
    return `<p>El estado de su solicitud aparecerá aquí.${call ? ` Si no aparece, llame al ${call}.` : ''}</p>`;
  }
  return `<p>Your application status will appear here.${call ? ` If it does not, call ${call}.` : ''}</p>`;
}

/**
 * The URL the widget fetches its status from, when the markup already says which (an endpoint
 * without `{id}`, or with an application id): what the preload asks for. Built as the widget builds
 * it, or the browser would not match the two and would fetch twice.
 */
export function statusUrl(endpoint: string, applicationId?: string): string | undefined {
  const id = applicationId?.trim();
  if (!endpoint.includes('{id}')) return endpoint || undefined;
  return id ? endpoint.replaceAll('{id}', encodeURIComponent(id)) : undefined;
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

/** The preload, the `<script>` tag and the element, ready to paste. */
export function snippetFor(options: SnippetOptions): string {
  const endpoint = options.endpoint.trim();
  const attributes: [string, string][] = [['endpoint', endpoint]];
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
  if (isColor(options.primaryColor) && options.primaryColor.toLowerCase() !== DEFAULTS.primaryColor) {
    attributes.push(['style', `--ast-color-primary: ${options.primaryColor.toLowerCase()}`]);
  }

  const attributeLines = attributes.map(([name, value]) => `\n    ${name}="${escapeHtml(value)}"`).join('');
  const preloadUrl = statusUrl(endpoint, id);
  const crossorigin = PRELOAD_CROSSORIGIN[credentials];
  const integrity = options.integrity?.trim();
  return [
    // The status download starts with the page's own, not after the script has loaded and run.
    ...(preloadUrl && crossorigin ? [`<link rel="preload" as="fetch" ${crossorigin} href="${escapeHtml(preloadUrl)}">`] : []),
    integrity
      ? `<script src="${escapeHtml(options.scriptSrc.trim())}" defer\n    integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script>`
      : `<script src="${escapeHtml(options.scriptSrc.trim())}" defer></script>`,
    `<applicant-status-tracker${attributeLines}>`,
    `  ${fallback(options)}`,
    `</applicant-status-tracker>`,
  ].join('\n') + '\n';
}
