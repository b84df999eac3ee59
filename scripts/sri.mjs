/**
 * Prints the Subresource Integrity attributes of each classic script in dist/, ready to paste into
 * the README's CDN snippet (`<script src="…" defer integrity="…" crossorigin="anonymous">`).
 * Run after the build; the value changes with every build whose output changes.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';

const files = ['applicant-status-tracker.iife.js', ...(await readdir('dist/locales')).filter((f) => f.endsWith('.js')).map((f) => `locales/${f}`)];
console.log('Subresource Integrity: paste these attributes into the <script> tag that loads each file');
for (const file of files) {
  const digest = createHash('sha384').update(await readFile(`dist/${file}`)).digest('base64');
  console.log(`  ${file.padEnd(34)} integrity="sha384-${digest}" crossorigin="anonymous"`);
}
