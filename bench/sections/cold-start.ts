// coldStartRatio: `node bin/linkwright.js run wf.json --account A` (process start, imports, store,
// Chromium discovery, launch, health probe, the action, close) against `node bare/cold-check.mjs`
// (import playwright, launch, the same action, close), both against the recorded LinkedIn served by
// this process, each with its own persistent profile reused from pair to pair (a first start creates
// the profile: that is the warm-up pair). Paired and alternated; wall time from spawn to exit.
// linkwright's JSON log lines give the breakdown of its start; the bare script prints its own marks.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';
import { CHROMIUM } from '../lib/machine.ts';
import { median, paired, round, type PairedResult } from '../lib/stats.ts';
import { startPath } from '../lib/start-path.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'linkwright.js');
const BARE = join(ROOT, 'bench', 'bare', 'cold-check.mjs');

interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Date.now() at spawn, to place log timestamps. */
  spawnedAt: number;
}

function runNode(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<Exited> {
  return new Promise((resolve, reject) => {
    const spawnedAt = Date.now();
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - t0, spawnedAt });
    });
  });
}

/** ms from spawn to the first log line with each message (linkwright logs JSON lines when not on a TTY). */
function logMarks(run: Exited, messages: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of run.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const rec = JSON.parse(line) as { msg?: string; time?: number };
      if (rec.msg && rec.time && messages.includes(rec.msg) && out[rec.msg] === undefined)
        out[rec.msg] = rec.time - run.spawnedAt;
    } catch {
      // not a log record
    }
  }
  return out;
}

const LOG_STEPS = ['Chromium launched', 'session is signed in', 'action finished'] as const;

export interface ColdStartResult extends PairedResult {
  startPath: 'bundle' | 'dist' | 'tsx';
  /** Median ms since spawn at which each step was done. */
  linkwrightMarksMs: Record<string, number>;
  bareMarksMs: Record<string, number>;
  /**
   * Process start and imports only: `linkwright run` of a missing file (exits after parsing its
   * arguments) against `node -e "await import('playwright')"`.
   */
  imports: PairedResult;
}

export async function benchColdStart(opts: {
  pairs: number;
  report: (line: string) => void;
}): Promise<ColdStartResult> {
  const server = await startReplayServer({});
  const home = await mkdtemp(join(tmpdir(), 'lw-bench-cold-'));
  const bareProfile = await mkdtemp(join(tmpdir(), 'lw-bench-cold-bare-'));
  const wf = join(home, 'wf.json');
  await writeFile(
    wf,
    JSON.stringify({
      actionType: 'st.checkConnectionStatus',
      personUrl: 'https://www.linkedin.com/in/johndoe',
    }),
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LINKWRIGHT_HOME: home,
    LINKWRIGHT_ORIGIN: server.url,
    LINKWRIGHT_PACING: 'off',
    LINKWRIGHT_LOG_LEVEL: 'info',
    LINKWRIGHT_CHROMIUM: CHROMIUM,
  };
  const lwMarks: Record<string, number[]> = {};
  const bareMarks: Record<string, number[]> = {};
  const push = (into: Record<string, number[]>, marks: Record<string, number>): void => {
    for (const [k, v] of Object.entries(marks)) (into[k] ??= []).push(v);
  };
  try {
    const result = await paired(
      'cold start',
      async () => {
        const r = await runNode([BIN, 'run', wf, '--account', 'cold'], env);
        const out = r.stdout.trim();
        if (
          r.code !== 0 ||
          (!out.includes('"connectionStatus": "pending"') && !out.includes('"connectionStatus":"pending"'))
        )
          throw new Error(`linkwright run failed (exit ${r.code}): ${out}\n${r.stderr.slice(-2000)}`);
        push(lwMarks, { ...logMarks(r, LOG_STEPS), exit: r.ms });
        return r.ms;
      },
      async () => {
        const r = await runNode([BARE, server.url, bareProfile, 'johndoe', 'John Doe'], env);
        let parsed: { status?: string; marks?: Record<string, number> } = {};
        try {
          parsed = JSON.parse(r.stdout.trim()) as typeof parsed;
        } catch {
          // reported below
        }
        if (r.code !== 0 || parsed.status !== 'pending')
          throw new Error(`bare cold script failed (exit ${r.code}): ${r.stdout}\n${r.stderr.slice(-2000)}`);
        push(bareMarks, { ...parsed.marks, exit: r.ms });
        return r.ms;
      },
      { pairs: opts.pairs, warmup: 1, report: opts.report },
    );
    // What the start costs before any browser: linkwright's imports (a run whose file is missing exits
    // right after parsing its arguments) against the bare script's one import, also paired.
    const imports = await paired(
      'imports only',
      async () => {
        const r = await runNode([BIN, 'run', join(home, 'missing.json')], env);
        if (r.code !== 2) throw new Error(`linkwright run of a missing file exited ${r.code}: ${r.stderr}`);
        return r.ms;
      },
      async () => {
        const r = await runNode(['--input-type=module', '-e', "await import('playwright')"], env);
        if (r.code !== 0) throw new Error(`importing playwright failed: ${r.stderr}`);
        return r.ms;
      },
      { pairs: Math.max(3, Math.ceil(opts.pairs / 2)), report: opts.report },
    );
    const medians = (m: Record<string, number[]>): Record<string, number> =>
      // The warm-up pair's marks are dropped like its timings.
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, round(median(v.slice(1)), 0)]));
    return {
      ...result,
      startPath: startPath(ROOT),
      linkwrightMarksMs: medians(lwMarks),
      bareMarksMs: medians(bareMarks),
      imports,
    };
  } finally {
    await server.close();
    await rm(home, { recursive: true, force: true });
    await rm(bareProfile, { recursive: true, force: true });
  }
}
