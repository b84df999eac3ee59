/**
 * The compatibility check of `npm run lint:compat`: web APIs the support floor (package.json's
 * `browserslist`) lacks, found by eslint-plugin-compat from MDN's data. It reads the ES build in
 * dist/ (run after `npm run build`): the widget's own code as it ships, TypeScript already gone
 * (typescript-eslint does not run on this project's TypeScript 7). Lit is not in it: it is an import.
 */
import compat from 'eslint-plugin-compat';

export default [
  {
    files: ['dist/*.js'],
    ignores: ['dist/*.iife.js'],
    plugins: { compat },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: { 'compat/compat': 'error' },
  },
];
