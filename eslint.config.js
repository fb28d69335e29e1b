import { dirname, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { forbiddenImport } from './scripts/layers.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * `layers/imports`: every relative import (static, type-only, re-export or `import(...)`) must be one
 * the layer table allows (scripts/layers.mjs; src/README.md explains it). Cycles between layers are
 * checked by test/unit/architecture/layers.test.ts.
 */
const layerImports = {
  meta: { type: 'problem', schema: [], docs: { description: 'imports follow the layer table' } },
  create(context) {
    const file = relative(root, context.filename).split(sep).join('/');
    const check = (node, source, dynamic) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = posix.normalize(posix.join(posix.dirname(file), source));
      const why = forbiddenImport(file, target, dynamic);
      if (why) context.report({ node, message: why });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value, false),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value, false),
      ExportAllDeclaration: (n) => check(n, n.source.value, false),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value, true),
    };
  },
};

/** Packages only src/browser/stealth-launcher.ts may load. */
const STEALTH = ['playwright-extra', 'puppeteer-extra-plugin-stealth'];

/** CommonJS packages src/ and drivers/ load with createRequire, never with an ES import (see below). */
const COMMONJS = ['playwright', 'playwright-core', 'pino', 'better-sqlite3', 'commander', 'pg', ...STEALTH];
const COMMONJS_MESSAGE =
  'a CommonJS package: require it with createRequire (see src/browser/stealth-launcher.ts)';

/** `require(...)`, `createRequire(...)(...)` or `import(...)` of one of `names` (or a subpath). */
function loadOf(names, calls = ['require', 'createRequire', 'import']) {
  const callee = [
    calls.includes('require') && "CallExpression[callee.name='require']",
    calls.includes('createRequire') && "CallExpression[callee.callee.name='createRequire']",
    calls.includes('import') && 'ImportExpression',
  ].filter(Boolean);
  return `:matches(${callee.join(', ')}) > Literal[value=/^(${names.join('|')})(\\/.*)?$/]`;
}

const STEALTH_LOAD = {
  selector: loadOf(STEALTH),
  message: 'only src/browser/stealth-launcher.ts may load playwright-extra and the stealth plugin',
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'fixtures/**/*.html', 'test-results/**', 'playwright-report/**'],
  },
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
    // The layers: src/ (app, cli, actions, engine, workflow, session, browser, store, log, config,
    // errors, system), drivers/, selectors/, fixtures/replay and fixtures/tools.
    files: ['src/**/*.ts', 'drivers/**/*.ts', 'selectors/**/*.ts', 'fixtures/**/*.ts', 'fixtures/**/*.js'],
    plugins: { layers: { rules: { imports: layerImports } } },
    rules: { 'layers/imports': 'error' },
  },
  {
    // Only src/browser/stealth-launcher.ts may import playwright-extra.
    files: ['**/*.ts'],
    ignores: ['src/browser/stealth-launcher.ts', 'selectors/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: STEALTH }],
      // The launcher requires them (createRequire, see its header): a require elsewhere is an import too.
      'no-restricted-syntax': ['error', STEALTH_LOAD],
    },
  },
  {
    // CommonJS packages are required (createRequire), not imported: on Node 20 an ES import of one
    // scans its required modules' sources for export names, ≈ 90 ms of every start for Playwright
    // (src/browser/stealth-launcher.ts). Type imports are free.
    files: ['src/**/*.ts', 'drivers/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: COMMONJS.map((name) => ({ name, allowTypeImports: true, message: COMMONJS_MESSAGE })),
          patterns: [
            { group: COMMONJS.map((name) => `${name}/*`), allowTypeImports: true, message: COMMONJS_MESSAGE },
          ],
        },
      ],
      // verbatimModuleSyntax keeps `import { type X } from 'pkg'` as `import {} from 'pkg'`: still an ES import.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // …nor a dynamic import(); the stealth packages stay the launcher's alone (the block above this one).
    files: ['src/**/*.ts', 'drivers/**/*.ts'],
    ignores: ['src/browser/stealth-launcher.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        STEALTH_LOAD,
        { selector: loadOf(COMMONJS, ['import']), message: COMMONJS_MESSAGE },
      ],
    },
  },
  {
    // Selectors are pure data and functions: no I/O, no logging, Playwright for its types only.
    files: ['selectors/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...STEALTH, 'pino', { name: 'playwright', allowTypeImports: true }],
          patterns: [{ group: ['node:*'], message: 'selectors do no I/O' }],
        },
      ],
    },
  },
);
