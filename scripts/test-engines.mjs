/**
 * Runs the browser suite in each engine in turn (Chromium, Firefox, WebKit), each with its own
 * counts, then prints one line summing the runners' own counts:
 *
 *   node scripts/test-engines.mjs [engine ...]     default: chromium firefox webkit
 *
 * Every engine runs even when one fails; the exit code is 1 when any failed. A test file that hangs
 * or cannot load counts as a failed test, so the summed line never reads "0 failed" for a broken run.
 */
import { spawn } from 'node:child_process';

const engines = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium', 'firefox', 'webkit'];
const COUNTS = /(\d+) passed, (\d+) failed/g;
const strip = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

function run(engine) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npx', ['web-test-runner'], { env: { ...process.env, ENGINE: engine }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => {
      const text = strip(output);
      const last = [...text.matchAll(COUNTS)].at(-1);
      // A test file that hangs or cannot load counts no test, passed or failed: count it as a failure,
      // and a run that failed without saying which test, as one.
      const unfinished = text.match(/did not finish within|could not (?:import|load)/gi)?.length ?? 0;
      let failed = (last ? Number(last[2]) : 0) + unfinished;
      if (code !== 0 && failed === 0) failed = 1;
      resolve({ engine, code, seconds: Math.round((Date.now() - started) / 1000), passed: last ? Number(last[1]) : 0, failed });
    });
  });
}

const results = [];
for (const engine of engines) {
  console.log(`\n=== ${engine} ===`);
  results.push(await run(engine));
}
console.log('\nengine     passed  failed  seconds');
for (const r of results) console.log(`${r.engine.padEnd(9)} ${String(r.passed).padStart(7)} ${String(r.failed).padStart(7)} ${String(r.seconds).padStart(8)}`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.some((r) => r.code !== 0 || r.failed > 0) ? 1 : 0);
