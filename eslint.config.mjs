// The lint of the hand-written JavaScript (`make lint`), beside its type check (tsconfig.json):
// ESLint's recommended rules, with the browser's globals for what the browser runs and Node's for
// the build scripts and the end-to-end tests. ESLint is installed with the test tools, in e2e/.
import { createRequire } from 'node:module';

const require = createRequire(new URL('./e2e/package.json', import.meta.url));
const js = require('@eslint/js');
const globals = require('globals');

export default [
  { ignores: ['**/node_modules/', 'target/', 'dist/', 'bench/results/', 'e2e/test-results/', 'index.test.html'] },
  js.configs.recommended,
  {
    files: ['src/**/*.js', 'editor/page/**/*.js', 'embed-code/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // Plain scripts in the style of older browsers (embed.js runs on any host page), where a
    // `catch` needs its binding.
    files: ['src/auto_height/embed.js', 'embed-code/embed-code.js'],
    languageOptions: { sourceType: 'script' },
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.mjs', 'bench/**/*.mjs', 'src/**/*.test.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
