// What a command loads at start (bench/README.md, cold start): `run` with the default SQLite store must
// not load the PostgreSQL driver (≈ 30 ms of a cold start), and `validate` neither the browser nor a
// store. Read from CommonJS's module cache at exit, through bin/linkwright.js and whatever start path
// it picks (bundle, dist or tsx); ESM-only packages (zod) do not show there, so only CommonJS ones are
// checked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages (CommonJS) loaded by `linkwright <args>`, and its exit status. */
function loadedBy(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { packages: string[]; status: number | null } {
  const r = spawnSync(
    process.execPath,
    ['--require', hook, join(REPO_ROOT, 'bin', 'linkwright.js'), ...args],
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
  return { packages, status: r.status };
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
