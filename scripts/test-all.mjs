#!/usr/bin/env node
// The one test command (README, CI): vitest for unit/process tests, @playwright/test for the
// fixture-replay specs. Prints a final `N passed, N failed` line summing both, and exits non-zero
// if either runner failed or ran no test at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'linkwright-tests-'));
const extra = process.argv.slice(2);
const env = { ...process.env, LINKWRIGHT_PACING: 'off', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return r.status ?? 1;
}

// Compile first: the tests start the CLI a few hundred times (`linkwright run`, `worker`, `fixtures
// serve`), and bin/linkwright.js runs dist/ when it is newer than every source, skipping tsx's
// transpile at each start (about a second of CPU each). A failed build only costs that speed:
// bin/linkwright.js then runs the sources, and `npm run typecheck` reports the error.
if (run('npm', ['run', '-s', 'build']) !== 0)
  console.error('test-all: build failed; the CLI runs from source');

const vitestJson = join(dir, 'vitest.json');
const vitestCode = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
  ...extra,
]);

const pwJson = join(dir, 'playwright.json');
const pwCode = run('npx', ['playwright', 'test', '--project=replay', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
});

let passed = 0;
let failed = 0;
let skipped = 0;
// Names of what failed, repeated just above the summary: CI keeps only the tail of the output, and
// the runners' own failure reports scroll out of it.
const failures = [];
const firstLine = (msg) =>
  String(msg ?? '')
    .split('\n')
    .find((l) => l.trim() !== '') ?? '';
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  // A file that failed before any test ran (e.g. a missing action an end-to-end test needs) counts too.
  failed += (v.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  for (const f of v.testResults ?? []) {
    const file = String(f.name ?? '').replace(process.cwd() + '/', '');
    const failedTests = (f.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failedTests)
      failures.push(`vitest ${file} > ${a.fullName ?? a.title}: ${firstLine(a.failureMessages?.[0])}`);
    if (f.status === 'failed' && failedTests.length === 0)
      failures.push(`vitest ${file}: ${firstLine(f.message)}`);
  }
} else {
  failed += 1;
  console.error('vitest produced no report');
}
if (existsSync(pwJson)) {
  const p = JSON.parse(readFileSync(pwJson, 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
  skipped += p.stats?.skipped ?? 0;
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'unexpected') {
          const err = t.results?.at(-1)?.error?.message;
          failures.push(
            `playwright ${spec.file}:${spec.line} > ${[...path, spec.title].join(' > ')}: ${firstLine(err)}`,
          );
        }
    for (const s of suite.suites ?? []) walk(s, [...path, s.title]);
  };
  for (const s of p.suites ?? []) walk(s, []);
} else {
  failed += 1;
  console.error('playwright produced no report');
}

if (failures.length > 0) {
  console.log('\nFailed:');
  // ANSI colour codes from the runners' messages would garble the plain summary.
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  for (const f of failures) console.log(`  ${f.replace(ansi, '').slice(0, 400)}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(vitestCode !== 0 || pwCode !== 0 || failed > 0 || passed === 0 ? 1 : 0);
