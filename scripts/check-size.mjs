/**
 * Size budget for the builds (issue 6). Reads what `npm run build` made; it does not build.
 *
 *   node scripts/check-size.mjs
 *
 * Prints raw, gzip and brotli sizes of
 *   - the IIFE (Lit bundled, every feature, English and Spanish): the figure the budget applies to;
 *   - the ES build as emitted (vite leaves library ES output unminified) and the same code
 *     minified by esbuild: the ES build's own code, Lit staying an external import;
 *   - the language packs in dist/locales, for information.
 * Exits 1 when the IIFE's gzip size is over budget, when a classic script (the IIFE, a language
 * pack) holds a byte outside ASCII (a page in a legacy encoding that gets the script without a
 * charset would garble its words), or when a build file is missing.
 *
 * The budget is package.json's `"sizeBudget": { "iife": N }` (gzip bytes) when present, else
 * DEFAULT_IIFE_BUDGET below; lower it to each figure reached, so the size only goes down.
 */
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

/** The IIFE's hard budget (issue 15), gzip bytes, when package.json sets none; the goal is 16,000. */
const DEFAULT_IIFE_BUDGET = 18_600;
const IIFE_GOAL = 16_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const IIFE = 'dist/applicant-status-tracker.iife.js';
const ES = 'dist/applicant-status-tracker.js';

const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
const configured = pkg.sizeBudget?.iife;
if (configured !== undefined && !(Number.isInteger(configured) && configured > 0)) {
  console.error(`package.json sizeBudget.iife must be a positive integer (gzip bytes), not ${JSON.stringify(configured)}`);
  process.exit(1);
}
const budget = configured ?? DEFAULT_IIFE_BUDGET;

/** gzip at level 9 and brotli at quality 11: what a CDN serving pre-compressed files sends. */
const measure = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
  }).length,
});

async function read(file) {
  try {
    return await readFile(`${root}${file}`);
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const iife = await read(IIFE);
const es = await read(ES);
// The entry and any chunk it imports, minified together; Lit and @lit/* stay imports.
const esMin = Buffer.from(
  (await build({
    entryPoints: [`${root}${ES}`], bundle: true, write: false, minify: true, format: 'esm', target: 'es2022',
    external: ['lit', 'lit/*', '@lit/*'], legalComments: 'none', charset: 'utf8', logLevel: 'error',
  })).outputFiles[0].contents,
);

const rows = [
  [IIFE, measure(iife)],
  [ES, measure(es)],
  [`${ES} (esbuild --minify)`, measure(esMin)],
];
let packs = [];
try {
  packs = (await readdir(`${root}dist/locales`)).filter((f) => f.endsWith('.js')).sort();
} catch {
  // No language packs built: nothing to list.
}
for (const file of packs) rows.push([`dist/locales/${file}`, measure(await readFile(`${root}dist/locales/${file}`))]);

const n = (value) => value.toLocaleString('en-US');
const width = Math.max(...rows.map(([name]) => name.length));
const line = (cells) => `${cells[0].padEnd(width)}  ${cells.slice(1).map((c) => c.padStart(9)).join('  ')}`;
console.log(line(['file', 'raw', 'gzip', 'brotli']));
console.log('-'.repeat(width + 3 * 11));
for (const [name, size] of rows) console.log(line([name, n(size.raw), n(size.gzip), n(size.brotli)]));
console.log('(bytes; gzip -9, brotli q11; ES build: Lit is an external import, not counted)');

const classic = [[IIFE, iife], ...await Promise.all(packs.map(async (f) => [`dist/locales/${f}`, await readFile(`${root}dist/locales/${f}`)]))];
const nonAscii = classic.filter(([, code]) => code.some((byte) => byte > 0x7f)).map(([name]) => name);
if (nonAscii.length) {
  console.log(`FAIL: not ASCII (non-ASCII text must be \\u-escaped in classic scripts): ${nonAscii.join(', ')}`);
  process.exit(1);
}

const { gzip } = rows[0][1];
const source = configured === undefined ? `default ${n(DEFAULT_IIFE_BUDGET)}` : 'package.json sizeBudget.iife';
console.log(`\nIIFE budget: ${n(budget)} bytes gzip (${source}); goal ${n(IIFE_GOAL)}.`);
if (gzip > budget) {
  console.log(`FAIL: ${IIFE} is ${n(gzip)} bytes gzip, over budget by ${n(gzip - budget)} bytes.`);
  process.exit(1);
}
console.log(`OK: ${IIFE} is ${n(gzip)} bytes gzip, within budget, ${n(budget - gzip)} bytes to spare.`);
