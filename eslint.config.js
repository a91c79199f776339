// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// The engine is shared by the worker, the UI and the Node checker, so it may not reach for
// any of their worlds. This list is the fence; tsconfig.engine.json (no DOM types) is the other half.
const engineForbidden = [
  'react', 'react/*', 'react-dom', 'react-dom/*',
  '@xyflow/*', 'zustand', 'zustand/*', '@tanstack/*', 'comlink',
  'node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union instead of enum.' }],
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
      'no-restricted-imports': ['error', {
        patterns: [{ group: engineForbidden, message: 'src/engine is pure TypeScript: no UI, worker or Node modules.' }],
      }],
    },
  },
);
