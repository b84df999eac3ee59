/**
 * Prints the Subresource Integrity hash of each classic script in dist/, for the
 * `integrity` attribute of the README's CDN snippet. Run after the build.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';

const files = ['applicant-status-tracker.iife.js', ...(await readdir('dist/locales')).filter((f) => f.endsWith('.js')).map((f) => `locales/${f}`)];
console.log('Subresource Integrity (integrity="…" crossorigin="anonymous"):');
for (const file of files) {
  const digest = createHash('sha384').update(await readFile(`dist/${file}`)).digest('base64');
  console.log(`  ${file.padEnd(34)} sha384-${digest}`);
}
