// What a command loads at start (bench/README.md, cold start): `run` with the default SQLite store must
// not load the PostgreSQL driver (≈ 30 ms of a cold start), and `validate` neither the browser nor a
// store. Read from CommonJS's module cache at exit, through bin/linkwright.js and whatever start path
// it picks (bundle, dist or tsx); ESM-only packages (zod) do not show there, so only CommonJS ones are
// checked. A second hook records the packages linkwright's own files load with an ES import: on Node 20
// that makes Node scan a CommonJS package's every required module (≈ 90 ms for Playwright), so the
// CommonJS ones are required instead (src/browser/stealth-launcher.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'lw-start-imports-'));
const hook = join(dir, 'loaded-packages.cjs');
const report = join(dir, 'loaded.json');
// The hook writes a file at exit (stderr there could be mixed with the CLI's own last line).
writeFileSync(
  hook,
  `process.on('exit', () => {
  const names = Object.keys(require.cache)
    .map((k) => (/node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(k) || [])[1])
    .filter(Boolean);
  require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify([...new Set(names)].sort()));
});
`,
);
// ES imports go through the module hooks (require() does not, on Node 20): each bare specifier imported
// from outside node_modules is appended to a file, one per line.
const esReport = join(dir, 'es-imports.txt');
const esHooks = join(dir, 'es-imports-hooks.mjs');
writeFileSync(
  esHooks,
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (/^[a-z@]/.test(specifier) && !specifier.startsWith('node:') && context.parentURL && !context.parentURL.includes('/node_modules/'))
    appendFileSync(${JSON.stringify(esReport)}, specifier + '\\n');
  return next(specifier, context);
}
`,
);
const esRegister = join(dir, 'es-imports-register.mjs');
writeFileSync(
  esRegister,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(esHooks).href)});\n`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** CommonJS packages linkwright must not ES-import (the list eslint.config.js enforces too). */
const COMMONJS = [
  'playwright',
  'playwright-core',
  'playwright-extra',
  'puppeteer-extra-plugin-stealth',
  'pino',
  'better-sqlite3',
  'commander',
  'pg',
];

/** The packages (CommonJS) loaded by `linkwright <args>`, and its exit status. */
function loadedBy(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { packages: string[]; esImported: string[]; status: number | null } {
  rmSync(esReport, { force: true });
  const r = spawnSync(
    process.execPath,
    ['--require', hook, '--import', esRegister, join(REPO_ROOT, 'bin', 'linkwright.js'), ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LINKWRIGHT_HOME: dir, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(existsSync(report), r.stderr.slice(-2000)).toBe(true);
  const packages = JSON.parse(readFileSync(report, 'utf8')) as string[];
  rmSync(report);
  const esImported = existsSync(esReport)
    ? [...new Set(readFileSync(esReport, 'utf8').split('\n').filter(Boolean))].sort()
    : [];
  return { packages, esImported, status: r.status };
}

const postgresDriver = (p: string): boolean => /^(pg|postgres-)/.test(p);

describe('what a command loads at start', { timeout: 120_000 }, () => {
  it('run (SQLite store) loads the browser stack but not the PostgreSQL driver', () => {
    const { packages, status } = loadedBy(['run', join(dir, 'missing.json')], {
      LINKWRIGHT_DATABASE_URL: '',
    });
    expect(status).toBe(2); // the missing file is an invalid request: everything `run` needs was loaded
    expect(packages).toContain('playwright-extra');
    expect(packages).toContain('better-sqlite3');
    expect(packages.filter(postgresDriver)).toEqual([]);
  });

  it('run requires its CommonJS packages instead of importing them', () => {
    const { packages, esImported, status } = loadedBy(['run', join(dir, 'missing.json')], {
      LINKWRIGHT_DATABASE_URL: '',
    });
    expect(status).toBe(2);
    expect(esImported).toContain('zod'); // the recorder sees linkwright's ES imports
    expect(packages).toEqual(
      expect.arrayContaining(['playwright-core', 'playwright-extra', 'pino', 'commander']),
    );
    const cjsName = (s: string): string | undefined => COMMONJS.find((n) => s === n || s.startsWith(`${n}/`));
    expect(esImported.filter((s) => cjsName(s) !== undefined)).toEqual([]);
  });

  it('validate loads neither the browser nor a store', () => {
    const wf = join(dir, 'wf.json');
    writeFileSync(
      wf,
      JSON.stringify({
        actionType: 'st.checkConnectionStatus',
        personUrl: 'https://www.linkedin.com/in/johndoe',
      }),
    );
    const { packages, status } = loadedBy(['validate', wf]);
    expect(status).toBe(0);
    expect(packages).toContain('commander');
    for (const p of ['playwright-core', 'playwright-extra', 'better-sqlite3', 'pino'])
      expect(packages).not.toContain(p);
    expect(packages.filter(postgresDriver)).toEqual([]);
  });
});
