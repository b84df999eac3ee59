/**
 * `npx cem analyze --config custom-elements-manifest.config.mjs` writes custom-elements.json from
 * the element's JSDoc (@slot, @csspart, @cssprop, @fires, @summary) and its Lit decorators.
 * The analyzer bundles its own TypeScript 5, so the project's tsc 7 does not matter.
 */
export default {
  globs: ['src/applicant-status-tracker/applicant-status-tracker.component.ts', 'src/applicant-status-tracker/events.ts'],
  outdir: '.',
  litelement: true,
};
