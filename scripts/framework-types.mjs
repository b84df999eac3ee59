/**
 * Writes frameworks/{react,vue,svelte}.d.ts from custom-elements.json: how <applicant-status-tracker>
 * type-checks in React 19 JSX, Vue 3 templates and Svelte 5 markup. Run by `npm run analyze`.
 *
 * Why not the published generators (tried: @wc-toolkit/jsx-types 1.8, custom-element-vuejs-integration
 * 1.4, custom-element-svelte-integration 1.2): the JSX one types `ref` so that React's own
 * `useRef()` is refused and augments nine other JSX libraries plus the global JSX namespace; the
 * Vue one wraps our `CustomEvent<…>` event types in a second `CustomEvent`, imports none of the
 * detail types and names listeners `onstatus-update`, which Vue never binds; the Svelte one writes
 * Svelte 4 `on:`/`bind:` directives into a namespace that is not global. Each framework's own
 * documented pattern, filled from the manifest, is short and right.
 *
 * Every type points at the class (`ApplicantStatusTracker['applicationId']`), so the declarations
 * cannot drift from it; the manifest says which names exist and what they are for.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const TAG = 'applicant-status-tracker';
const PACKAGE = 'applicant-status-tracker';
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.customElement && declaration.tagName === TAG);
if (!element) throw new Error(`custom-elements.json declares no <${TAG}>`);

const CLASS = element.name;
/** Writable public properties; `status` (read only) and the static `registerLanguage` are not settable from markup. */
const properties = element.members.filter(
  (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
);
const attributeOf = new Map((element.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
const events = element.events ?? [];

/** One-line JSDoc from a manifest description. */
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** `status-update` → `StatusUpdate`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** Type names an event type mentions (`CustomEvent<StatusUpdateDetail>` → StatusUpdateDetail), imported from the package. */
const eventTypeNames = [...new Set(events.flatMap((event) => (event.type?.text ?? '').match(/\b[A-Z]\w*/g) ?? []))]
  .filter((name) => !['CustomEvent', 'Event'].includes(name));
const imports = `import type { ${[CLASS, ...eventTypeNames].join(', ')} } from '${PACKAGE}';`;
const eventType = (event) => event.type?.text ?? 'CustomEvent';

/**
 * The value an attribute accepts: its property's type, and for numbers also a numeric string, since
 * markup often writes `refresh-interval="60"`.
 */
const attributeValue = (property) =>
  property.type?.text === 'number' ? `${CLASS}['${property.name}'] | \`\${number}\`` : `${CLASS}['${property.name}']`;

/** Attributes (kebab-case) and properties (camelCase) with their docs, for JSX-like hosts that accept both. */
function attributesAndProperties() {
  let out = '';
  for (const property of properties) {
    const attribute = attributeOf.get(property.name);
    if (attribute && attribute.name !== property.name) {
      out += doc(property.description) + `  ${quote(attribute.name)}?: ${attributeValue(property)};\n`;
    }
    // The camelCase name is set as the property, which takes its own type only ("60" is not a number).
    const value = `${CLASS}['${property.name}']`;
    out += doc(property.description + (attribute ? '' : ' (property only)')) + `  ${quote(property.name)}?: ${value};\n`;
  }
  return out;
}

const banner = `// Generated from custom-elements.json by scripts/framework-types.mjs (npm run analyze). Do not edit.\n`;

// ---- React 19 ---------------------------------------------------------------------------------
// React 19 sets a prop as a property when the element has it (`transform`, `applicationId`), else as
// an attribute (`application-id`), and binds `on` + the exact event name: `onstatus-update`.
// `onStatusUpdate` would listen for an event called "StatusUpdate", which never fires.
const react = `${banner}/**
 * <${TAG}> in React 19 JSX. Bring it into your program once, e.g. in a .d.ts file or beside the
 * import that registers the element:
 *
 *     import type {} from '${PACKAGE}/react';
 *
 * Event props are \`on\` + the event's exact name (\`onstatus-update\`), as React 19 binds them on
 * custom elements; the handler receives the DOM \`CustomEvent\`, not a React synthetic event.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
${imports}

export interface ${CLASS}ReactProps extends HTMLAttributes<${CLASS}>, RefAttributes<${CLASS}> {
${attributesAndProperties()}${events.map((event) => doc(event.description) + `  'on${event.name}'?: (event: ${eventType(event)}) => void;\n`).join('')}}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      ${quote(TAG)}: ${CLASS}ReactProps;
    }
  }
}
`;

// ---- Vue 3 ------------------------------------------------------------------------------------
// Vue's documented pattern for custom elements ("Web Components and TypeScript"): a constructor type
// whose $props are what templates may bind. Templates write `application-id` or `:applicationId`
// (vue-tsc checks both as `applicationId`), `:transform`, and `@status-update`, which Vue binds as
// `onStatusUpdate`. A numeric attribute also takes a numeric string: vue-tsc checks
// `refresh-interval="60"` (an attribute at run time) under the same camelCase name.
const vue = `${banner}/**
 * <${TAG}> in Vue 3 templates (vue-tsc, Volar) and render functions. Bring it into your program
 * once, e.g. in env.d.ts:
 *
 *     import type {} from '${PACKAGE}/vue';
 *
 * and tell Vue's compiler the tag is a custom element (\`compilerOptions.isCustomElement\`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports}

export interface ${CLASS}VueProps {
${properties.map((property) => doc(property.description) + `  ${quote(property.name)}?: ${attributeOf.has(property.name) ? attributeValue(property) : `${CLASS}['${property.name}']`};\n`).join('')}${events.map((event) => doc(event.description) + `  on${pascal(event.name)}?: (event: ${eventType(event)}) => void;\n`).join('')}}

export interface ${CLASS}VueEvents {
${events.map((event) => `  ${quote(event.name)}: ${eventType(event)};\n`).join('')}}

export type ${CLASS}VueElement = new () => ${CLASS} & {
  /** @deprecated Types the template's bindings only: not a property of the element. */
  $props: HTMLAttributes & ${CLASS}VueProps & PublicProps;
  /** @deprecated Types the template's listeners only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof ${CLASS}VueEvents]: (event: ${CLASS}VueEvents[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    ${quote(TAG)}: ${CLASS}VueElement;
  }
}
`;

// ---- Svelte 5 ---------------------------------------------------------------------------------
// Svelte 5 sets a prop as a property when the element has it, else as an attribute, and treats
// `on` + the event's exact name as a listener: `onstatus-update={…}`.
const svelte = `${banner}/**
 * <${TAG}> in Svelte 5 markup (svelte-check, the Svelte language server). Bring it into your
 * program once, e.g. in src/app.d.ts:
 *
 *     import type {} from '${PACKAGE}/svelte';
 */
import type { HTMLAttributes } from 'svelte/elements';
${imports}

export interface ${CLASS}SvelteProps extends HTMLAttributes<${CLASS}> {
${attributesAndProperties()}${events.map((event) => doc(event.description) + `  'on${event.name}'?: (event: ${eventType(event)}) => void;\n`).join('')}}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    ${quote(TAG)}: ${CLASS}SvelteProps;
  }
}
`;

const outdir = new URL('../frameworks/', import.meta.url);
mkdirSync(outdir, { recursive: true });
for (const [name, text] of Object.entries({ react, vue, svelte })) writeFileSync(new URL(`${name}.d.ts`, outdir), text);
