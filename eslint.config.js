import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'fixtures/**/*.html', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node scripts (bin/, scripts/, the replay's browser-side client has its own globals below).
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Architecture: only src/browser/launcher.ts may import playwright-extra; selectors are pure data.
    files: ['**/*.ts'],
    ignores: ['src/browser/stealth-launcher.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['playwright-extra', 'puppeteer-extra-plugin-stealth'] }],
    },
  },
  {
    files: ['drivers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/src/store/**', '**/src/queue/**', 'playwright-extra'] },
      ],
    },
  },
  {
    files: ['selectors/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/src/**', '**/drivers/**', 'pino', 'node:fs', 'node:*', 'playwright-extra'] },
      ],
    },
  },
);
