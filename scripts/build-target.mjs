/**
 * The build's syntax target, from package.json's `browserslist` (the support floor): the oldest
 * version of each engine, as esbuild and vite name them, e.g.
 * ['chrome111', 'edge111', 'firefox115', 'ios16.4', 'safari16.4']. Samsung Internet is Chromium
 * (22 is Chrome 111), so the Chrome entry covers it.
 */
import browserslist from 'browserslist';

const ENGINES = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };

export function buildTarget() {
  const oldest = new Map();
  for (const entry of browserslist()) {
    const [name, range] = entry.split(' ');
    const engine = ENGINES[name];
    if (!engine) continue;
    const version = range.split('-')[0];
    const older = (a, b) => a.split('.').map(Number).reduce((c, n, i) => c || n - (Number(b.split('.')[i]) || 0), 0) < 0;
    if (!oldest.has(engine) || older(version, oldest.get(engine))) oldest.set(engine, version);
  }
  return [...oldest].map(([engine, version]) => `${engine}${version}`).sort();
}
