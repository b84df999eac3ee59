/**
 * Lets test pages import the real React 19 and Vue 3 packages as browsers run them.
 *
 * React ships CommonJS only. The plugin builds `react`, `react/jsx-runtime`, `react-dom` and
 * `react-dom/client` once with esbuild into ES modules that share one copy of React (code splitting),
 * keeps them in memory and serves them in place of those bare imports. The named exports are read
 * from the packages themselves, so a React update needs no change here.
 *
 * Vue ships ES modules; its `vue.esm-browser.js` build is self-contained and includes the template
 * compiler, so the tests can mount real templates (`@status-update`, `:transform`).
 *
 * Svelte components (`*.svelte`, plain JavaScript inside) are compiled by the `svelte` package's
 * own compiler when served; its runtime is ES modules.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';

/** A CommonJS package's export names, read in a child process (React's dev build rewires the console it loads in). */
const exportNames = (specifier) =>
  JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})))`], { encoding: 'utf8' }));
const PREFIX = '/__framework-hosts/';

const REACT = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
const fileOf = (specifier) => `${specifier.replace(/\//g, '__')}.js`;

let bundles;
/** path → code, built on first use. */
function reactBundles() {
  bundles ??= build({
    entryPoints: Object.fromEntries(REACT.map((specifier) => [fileOf(specifier).replace(/\.js$/, ''), `entry:${specifier}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/out',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [{
      name: 'entries',
      setup(esbuild) {
        esbuild.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path: path.slice(6), namespace: 'entry' }));
        esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, ({ path }) => {
          const names = exportNames(path).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
          return {
            contents: `export { ${names.join(', ')} } from '${path}';\nexport { default } from '${path}';\n`,
            resolveDir: process.cwd(),
            loader: 'js',
          };
        });
      },
    }],
  }).then(({ outputFiles }) => {
    return new Map(outputFiles.map((file) => [PREFIX + file.path.slice('/out/'.length), file.text]));
  });
  return bundles;
}

export const frameworkHosts = {
  name: 'framework-hosts',
  // Build React before any test runs: building it on a test's first request would take CPU from
  // the tests running beside it on a 2-core machine.
  async serverStart() {
    await reactBundles();
  },
  resolveImport({ source }) {
    if (REACT.includes(source)) return PREFIX + fileOf(source);
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    return undefined;
  },
  resolveMimeType(context) {
    return context.path.endsWith('.svelte') ? 'js' : undefined;
  },
  transform(context) {
    if (!context.path.endsWith('.svelte')) return undefined;
    const { js, warnings } = compile(context.body, { filename: context.path, generate: 'client', dev: true });
    if (warnings.length) throw new Error(`${context.path}: ${warnings.map((w) => w.message).join('\n')}`);
    return { body: js.code };
  },
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return undefined;
    const code = (await reactBundles()).get(context.path);
    return code === undefined ? undefined : { body: code, type: 'js' };
  },
};
