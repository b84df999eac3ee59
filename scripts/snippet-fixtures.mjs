/**
 * Writes the configurator's React and Angular snippets (demo/snippet.ts) into
 * test/types/generated/, where `tsc -p tsconfig.types.json` compiles them against the shipped
 * declarations and the real React and Angular types: a snippet an agency copies must compile.
 * (Vue and Svelte components need vue-tsc / svelte-check, which need TypeScript 5's API.)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const { outputFiles } = await build({
  entryPoints: [new URL('demo/snippet.ts', root).pathname],
  bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning',
});
const { frameworkSnippetFor, DEFAULTS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const base = { scriptSrc: DEFAULTS.scriptSrc, endpoint: DEFAULTS.endpoint, helpPhone: '1-800-555-0100' };
const cases = {
  'with-id': { ...base, applicationId: 'WY-2020-00123', headingLevel: 3, refreshInterval: 600 },
  'lookup-pack': {
    ...base, lang: 'zh-Hant', idFormat: 'WY-2020-00123', idPattern: 'WY-\\d{4}-\\d{5}', idParam: 'application',
    verify: ['last-name', 'date-of-birth'], lookupEndpoint: '/api/applications/lookup',
  },
  'quotes-and-braces': { ...base, endpoint: '/api/status?id={id}&src="portal"', applicationId: 'A-1', helpPhone: '{555} 0100' },
};

const outdir = new URL('test/types/generated/', root);
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (const [name, options] of Object.entries(cases)) {
  writeFileSync(new URL(`react-${name}.tsx`, outdir), frameworkSnippetFor('react', options));
  writeFileSync(new URL(`angular-${name}.ts`, outdir), frameworkSnippetFor('angular', options));
}
