import { defineConfig } from 'vite';

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
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: iife ? true : false,
      sourcemap: true,
      lib: iife
        ? { entry: 'src/index.ts', name: 'ApplicantStatusTracker', formats: ['iife'], fileName: () => 'applicant-status-tracker.iife.js' }
        : {
            entry: { 'applicant-status-tracker': 'src/index.ts', 'recipes/uscis': 'src/recipes/uscis.ts' },
            formats: ['es'],
            fileName: (_format, entryName) => `${entryName}.js`,
          },
      rollupOptions: { external: iife ? [] : [/^lit(\/|$)/, /^@lit\//] },
    },
  };
});
