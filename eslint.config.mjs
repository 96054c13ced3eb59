// Lint: typescript-eslint's recommended rules plus the layering rules of ARCHITECTURE.md. A file's
// folder says what it may import; a wrong-way import fails with a message that says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'stream', 'url', 'util', 'zlib', 'buffer', 'events', 'http', 'https', 'net'];

const layer = (why, patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message: `Bad layering: ${why}` })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'coverage/', 'resources/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: layer('src/core is the pure domain; it runs in the UI, workers and the CLI alike, so it imports no Node built-ins, Electron, DOM, lowdb, pdfkit or another layer.', [
      nodeBuiltins,
      ['electron', 'electron/*', 'lowdb', 'lowdb/*', 'pdfkit', 'pdfkit/*', 'react', 'react-dom', 'linkedom', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*', '@mozilla/readability'],
      ['**/node/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '**/shared/**'],
    ]),
  },
  {
    // Listed again in full: a later block's rule replaces the one above for these files.
    files: ['src/core/verify/**/*.ts'],
    languageOptions: { globals: {} },
    rules: layer('verification reads what extraction stored on each fact (Fact.about, Fact.event) and the language packs; it never imports the extractor, so the two cannot drift apart.', [
      nodeBuiltins,
      ['electron', 'electron/*', 'lowdb', 'lowdb/*', 'pdfkit', 'pdfkit/*', 'react', 'react-dom', 'linkedom', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*', '@mozilla/readability'],
      ['**/node/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**', '**/shared/**', '**/extract/**', '**/extract'],
    ]),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer('src/shared is the contract both processes import; it holds schemas and types only.', [
      nodeBuiltins,
      ['electron', 'lowdb', 'pdfkit', 'react'],
      ['**/node/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer('the renderer reaches data only through window.attache (src/shared); it imports neither main nor the Node side.', [
      nodeBuiltins,
      ['electron', 'lowdb', 'pdfkit'],
      ['**/node/**', '**/main/**', '**/preload/**', '**/cli/**'],
    ]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: layer('the preload exposes the typed API and nothing else; it imports only src/shared and electron.', [
      nodeBuiltins,
      ['**/node/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/core/**'],
    ]),
  },
  {
    files: ['src/node/**/*.ts'],
    rules: layer('the Node side never reaches into the Electron shell, the UI or the CLI.', [
      ['electron', '**/main/**', '**/preload/**', '**/renderer/**', '**/cli/**'],
    ]),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer('the CLI is headless: it uses the Node side, never Electron or the UI.', [
      ['electron', '**/main/**', '**/preload/**', '**/renderer/**'],
    ]),
  },
  {
    // Type imports are free; a static value import would load the pipeline for `attache --help`.
    files: ['src/cli/main.ts', 'src/cli/command.ts', 'src/cli/commands/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/node/**', '**/core/**', '!**/core/errors', '!**/core/plural', '**/cliSession'],
              allowTypeImports: true,
              message: 'Slow start: the command table loads with `attache --help`; import what a command runs with `await import()` inside its run (see src/cli/command.ts).',
            },
          ],
        },
      ],
    },
  },
);
