/**
 * `npx cem analyze --config custom-elements-manifest.config.mjs` writes custom-elements.json from
 * the element's JSDoc (@slot, @csspart, @cssprop, @fires, @summary) and its Lit properties.
 * The analyzer bundles its own TypeScript 5, so the project's tsc 7 does not matter.
 *
 * The manifest describes what is published, not src/: the class in the side-effect-free
 * `dist/applicant-status-tracker.component.js`, the tag defined by `dist/applicant-status-tracker.js`.
 */
const SOURCE = 'src/applicant-status-tracker/applicant-status-tracker.component.ts';
const COMPONENT = 'dist/applicant-status-tracker.component.js';
const REGISTERING = 'dist/applicant-status-tracker.js';

const publishedPaths = {
  name: 'published-paths',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const retarget = (value) => (value === SOURCE ? COMPONENT : value);
    manifest.modules = manifest.modules.filter((module) => module.path === SOURCE);
    for (const module of manifest.modules) {
      module.path = retarget(module.path);
      for (const exported of module.exports ?? []) exported.declaration.module = retarget(exported.declaration.module);
    }
    manifest.modules.push({
      kind: 'javascript-module',
      path: REGISTERING,
      declarations: [],
      exports: [
        { kind: 'js', name: 'ApplicantStatusTracker', declaration: { name: 'ApplicantStatusTracker', module: COMPONENT } },
        { kind: 'custom-element-definition', name: 'applicant-status-tracker', declaration: { name: 'ApplicantStatusTracker', module: COMPONENT } },
      ],
    });
  },
};

export default {
  globs: [SOURCE],
  outdir: '.',
  litelement: true,
  plugins: [publishedPaths],
};
