import { defineConfig, type Plugin } from 'vite';

/**
 * Minifies the css`` literal of *.styles.ts, which the minifier leaves as written (2 KB of
 * indentation and comments): drops comments and collapses whitespace, keeping every space that
 * can matter (descendant combinators, calc()).
 */
const minifyCss = (css: string) =>
  css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([:(]) /g, '$1')
    .replace(/ \)/g, ')')
    .replace(/;}/g, '}')
    .trim();
const cssLiterals = (): Plugin => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (id.endsWith('.styles.ts')) return code.replace(/\bcss`([^`$\\]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``);
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
    plugins: [cssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
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
            output: { intro: "if (globalThis.customElements?.get('applicant-status-tracker')) return;" },
          }
        : { external: [/^lit(\/|$)/, /^@lit\//] },
    },
  };
});
