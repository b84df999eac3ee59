/**
 * Builds the language packs in src/locales:
 *   dist/locales/<tag>.js   minified IIFE for a plain <script> tag; registers itself with the
 *                           page's <applicant-status-tracker> once it is defined. ASCII-only
 *                           (\u escapes): a classic script without a charset header is decoded
 *                           in the page's encoding, which is not always UTF-8.
 *   dist/locales/<tag>.mjs  ES module whose default export is the pack, for
 *                           ApplicantStatusTracker.registerLanguage(tag, pack). UTF-8
 *                           (module scripts are always decoded as UTF-8).
 * Run after `vite build` (which may empty dist/): node scripts/build-locales.mjs
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { buildTarget } from './build-target.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/locales`;
const tags = (await readdir(`${root}src/locales`))
  .filter((file) => file.endsWith('.ts') && file !== 'register.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

const common = { bundle: true, minify: true, target: buildTarget(), legalComments: 'none', logLevel: 'warning' };

await Promise.all(
  tags.flatMap((tag) => [
    esbuild.build({
      ...common,
      // The classic-script entry: the pack, registered with whichever copy of the element the page defines.
      stdin: {
        contents: `import pack from './${tag}.ts'; import { registerWhenDefined } from './register.ts'; registerWhenDefined(${JSON.stringify(tag)}, pack);`,
        resolveDir: `${root}src/locales`, loader: 'ts',
      },
      outfile: `${outdir}/${tag}.js`, format: 'iife', charset: 'ascii',
    }),
    esbuild.build({ ...common, entryPoints: [`${root}src/locales/${tag}.ts`], outfile: `${outdir}/${tag}.mjs`, format: 'esm', charset: 'utf8' }),
  ]),
);

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
console.log('file'.padEnd(16), 'size'.padStart(10), 'gzip'.padStart(10));
for (const tag of tags) {
  for (const ext of ['js', 'mjs']) {
    const code = await readFile(`${outdir}/${tag}.${ext}`);
    console.log(`${tag}.${ext}`.padEnd(16), kb(code.length).padStart(10), kb(gzipSync(code, { level: 9 }).length).padStart(10));
  }
}
