// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// The engine is shared by the worker, the UI and the Node checker, so it may not reach for
// any of their worlds. This list is the fence; tsconfig.engine.json (no DOM types) is the other half.
const engineForbidden = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@xyflow/*',
  'zustand',
  'zustand/*',
  '@tanstack/*',
  'comlink',
  'node:*',
  ...builtinModules,
  ...builtinModules.map((m) => `${m}/*`),
];

// Layers point down only. The app's folders from the top: the screen (panels, canvas, and offline:
// the service worker's registration and prompts); the session (persistence, queries, layout);
// formats (io); findings; commands; the stores. A folder may import its own layer and those below,
// never one above. Tests may reach across to build fixtures.
const APP_LAYERS = [
  ['panels', 'canvas', 'offline'],
  ['persistence', 'queries', 'layout', 'live'],
  ['io'],
  ['findings', 'review'],
  ['commands'],
  ['store'],
  ['drawing'],
];
const folderPatterns = (folders) => folders.flatMap((folder) => [`**/${folder}/*`, `**/${folder}/**`]);
const appLayerRules = APP_LAYERS.flatMap((layer, index) => {
  const above = APP_LAYERS.slice(0, index).flat();
  return layer.map((folder) => ({
    files: [`src/app/${folder}/**/*.{ts,tsx}`],
    ignores: ['src/app/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Within the screen, panels are on top: the canvas never imports them.
          patterns: [
            {
              group: [...folderPatterns(folder === 'canvas' ? ['panels'] : above), '**/App.tsx'],
              message: `src/app/${folder} may not import a layer above it (see ARCHITECTURE.md).`,
            },
          ],
        },
      ],
    },
  }));
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union instead of enum.' },
        {
          // The app renders with Preact (vite.config.ts), which has no concurrent rendering: these
          // render at once, in the same task, where React would have deferred the work.
          selector:
            "ImportDeclaration[source.value='react'] > ImportSpecifier[imported.name=/^(useDeferredValue|useTransition|startTransition)$/]",
          message: 'Preact renders this at once: use useLaterValue (src/app/later-value.ts) or a setTimeout slice.',
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engineForbidden, message: 'src/engine is pure TypeScript: no UI, worker or Node modules.' },
          ],
        },
      ],
    },
  },
  {
    // Inside the engine, the document model and its schema sit below the rules.
    files: ['src/engine/model/**/*.ts', 'src/engine/schema/**/*.ts', 'src/engine/migrations/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engineForbidden, message: 'src/engine is pure TypeScript: no UI, worker or Node modules.' },
            {
              group: ['**/rules/*', '**/rules/**', '**/evaluate.ts'],
              message: 'model/ and schema/ sit below the rules: they may not import them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The escapers, the reports and the estate importer, which the app and the checker share, sit
    // beside the engine: they may use the engine (and reports the escapers), nothing of the app,
    // the checker or the worker.
    files: ['src/escape/**/*.ts', 'src/reports/**/*.ts', 'src/estate/**/*.ts'],
    // The estate tests' kit reads the fixtures from disk, as the tests do.
    ignores: ['src/**/*.test.ts', 'src/estate/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: engineForbidden,
              message: 'src/escape, src/reports and src/estate are pure TypeScript: no UI, worker or Node modules.',
            },
            {
              group: ['**/app/*', '**/app/**', '**/cli/*', '**/cli/**', '**/worker/*', '**/worker/**'],
              message:
                'src/escape, src/reports and src/estate are shared by the app and the checker: they may not import either.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/escape/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: engineForbidden, message: 'src/escape is pure TypeScript: no UI, worker or Node modules.' },
            {
              group: [
                '**/app/*',
                '**/app/**',
                '**/cli/*',
                '**/cli/**',
                '**/worker/*',
                '**/worker/**',
                '**/reports/*',
                '**/engine/*',
                '**/engine/**',
              ],
              message: 'src/escape is the bottom layer: one escaper per output language, importing nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  ...appLayerRules,
);
