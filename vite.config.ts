import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import { buildTarget } from './scripts/build-target.mjs';

/**
 * Minifies the html`` and css`` literals of the widget's own sources, which the JS minifier leaves
 * as written (indentation, comments), with source maps kept true.
 */
const minifyLiterals = (): Plugin => ({
  name: 'minify-literals',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return undefined;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? undefined;
  },
});

/**
 * `vite` serves the demo (demo/index.html, msw from public/).
 * `vite build --mode es` and `vite build --mode iife` make the two library builds:
 * the external list differs per build, so each is its own run.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return { root: 'demo', publicDir: '../public' };
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [minifyLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      // The support floor, from package.json's browserslist.
      target: buildTarget(),
      minify: iife ? true : false,
      sourcemap: true,
      lib: iife
        ? { entry: 'src/iife.ts', name: 'unused' /* required by vite for iife; the entry exports nothing */, formats: ['iife'], fileName: () => 'applicant-status-tracker.iife.js' }
        : {
            entry: {
              'applicant-status-tracker': 'src/index.ts',
              'applicant-status-tracker.component': 'src/component.ts',
              'recipes/uscis': 'src/recipes/uscis.ts',
            },
            formats: ['es'],
            fileName: (_format, entryName) => `${entryName}.js`,
          },
      rollupOptions: iife
        ? {
            // Loaded twice: stop before the second copy of Lit runs, since creating its Trusted Types
            // policy again throws under an allowlist ("Policy with name lit-html already exists").
            output: {
              intro: "if (globalThis.customElements?.get('applicant-status-tracker')) return;",
              // ASCII only: a page in a legacy encoding (windows-1252) that serves the script without
              // a charset would otherwise show "statusâ€¦" for "status…" and garble Spanish.
              minify: { compress: true, mangle: true, codegen: { asciiOnly: true } },
            },
          }
        : { external: [/^lit(\/|$)/, /^@lit\//] },
    },
  };
});
