// End-to-end harness for the crash matrix and the hold scenarios: drives the real CLI
// (`linkwright fixtures serve`, `linkwright run --account X`) as separate process groups, kills them
// with SIGKILL like a crash, and reads the recorded LinkedIn's effects.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import { processGroupAlive, REPO_ROOT } from './helpers.ts';

export const BIN = join(REPO_ROOT, 'bin', 'linkwright.js');

/** Command names the CLI registers (read in-process from the same wiring `linkwright` uses). */
async function cliCommands(): Promise<Set<string>> {
  const { Command } = await import('commander');
  const { registerCommands } = await import('../../src/cli/commands/index.ts');
  const program = new Command('linkwright');
  registerCommands(program);
  return new Set(program.commands.map((c) => c.name()));
}

/**
 * Throws, naming what is missing, unless the CLI commands and the actions an end-to-end test drives
 * exist. Never a skip: removing an action must turn these tests red, not silently green.
 */
export async function requireE2e(actions: string[]): Promise<void> {
  const commands = await cliCommands();
  const missing = [
    ...['run', 'fixtures'].filter((c) => !commands.has(c)).map((c) => `the \`linkwright ${c}\` command`),
    ...actions
      .filter((a) => !IMPLEMENTED_ACTIONS.has(a))
      .map((a) => `action ${a} (not in IMPLEMENTED_ACTIONS)`),
  ];
  if (missing.length > 0) throw new Error(`end-to-end test cannot run; missing: ${missing.join(', ')}`);
}

export interface Effect {
  type: string;
  person: string;
  note?: string;
  email?: string;
  text?: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export async function waitGroupGone(pgid: number, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!processGroupAlive(pgid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processGroupAlive(pgid);
}

/** `linkwright fixtures serve` on a free port, in its own process group. */
export class FixtureServer {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(): Promise<FixtureServer> {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'fixtures', 'serve', '--port', String(port)], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LINKWRIGHT_LOG_LEVEL: 'warn' },
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 90_000;
    const url = `http://127.0.0.1:${port}`;
    while (Date.now() < deadline) {
      try {
        const r = await fetch(`${url}/__linkwright/effects`);
        if (r.ok) return new FixtureServer(url, child);
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    killGroup(child);
    throw new Error(`fixtures serve did not come up on ${url}: ${out.slice(-2000)}`);
  }

  async reset(scenario: string): Promise<void> {
    const r = await fetch(`${this.url}/__linkwright/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario }),
    });
    if (!r.ok) throw new Error(`reset to ${scenario} failed: HTTP ${r.status} ${await r.text()}`);
  }

  async effects(): Promise<Effect[]> {
    const r = await fetch(`${this.url}/__linkwright/effects`);
    return (await r.json()) as Effect[];
  }

  stop(): void {
    killGroup(this.child);
  }
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pgid: number;
  /** True when the harness killed it (external kill point). */
  killedByHarness: boolean;
}

export interface RunOptions {
  home: string;
  origin: string;
  workflow: unknown;
  account?: string;
  failpoint?: string;
  /** Kill the group as soon as this returns true (polled every 25 ms). */
  killWhen?: () => Promise<boolean>;
  killAfterMs?: number;
  timeoutMs?: number;
}

/** The workflow file and environment of one `linkwright run` against the fixture server. */
function runSetup(opts: RunOptions): { args: string[]; env: NodeJS.ProcessEnv } {
  const wf = join(opts.home, `wf-${Date.now()}.json`);
  writeFileSync(wf, JSON.stringify(opts.workflow));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LINKWRIGHT_HOME: opts.home,
    LINKWRIGHT_ORIGIN: opts.origin,
    LINKWRIGHT_PACING: 'off',
    LINKWRIGHT_LOG_LEVEL: 'info',
  };
  delete env.LINKWRIGHT_FAILPOINT;
  if (opts.failpoint) env.LINKWRIGHT_FAILPOINT = opts.failpoint;
  return { args: [BIN, 'run', wf, '--account', opts.account ?? 'crash'], env };
}

/** `linkwright run wf.json --account X` against the fixture server, in its own process group. */
export async function runWorkflow(opts: RunOptions): Promise<RunResult> {
  const { args, env } = runSetup(opts);
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let killedByHarness = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const timers: NodeJS.Timeout[] = [];
  if (opts.killAfterMs !== undefined) {
    timers.push(
      setTimeout(() => {
        killedByHarness = true;
        killGroup(child);
      }, opts.killAfterMs),
    );
  }
  timers.push(
    setTimeout(() => {
      stderr += '\n[harness] run timed out; killed\n';
      killGroup(child);
    }, opts.timeoutMs ?? 150_000),
  );
  if (opts.killWhen) {
    void (async () => {
      while (!done) {
        if (await opts.killWhen?.().catch(() => false)) {
          killedByHarness = true;
          killGroup(child);
          return;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
  }
  const { code, signal } = await exited;
  for (const t of timers) clearTimeout(t);
  return { code, signal, stdout, stderr, pgid: child.pid ?? 0, killedByHarness };
}

export interface ZombieRun {
  /** The run's pid (it leads its own session and process group); a zombie now. */
  pid: number;
  /** The signal that ended it, from the waitpid status in /proc/<pid>/stat (0: it exited). */
  signal: number;
  stderr: string;
  /** Ends the parent that never reaps; init then reaps the zombie. */
  release(): void;
}

/** /proc/<pid>/stat: state (field 3) and exit_code (field 52, a waitpid status; Linux ≥ 3.5). */
function zombieStatus(pid: number): { state: string; waitStatus: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '?', waitStatus: Number(rest[49] ?? 0) };
  } catch {
    return null;
  }
}

/**
 * Like runWorkflow with a failpoint, but the run is the child of a parent that never reaps (a shell
 * exec'd into `sleep`, like PID 1 of a container without an init) and leads its own session, so the
 * failpoint's group kill takes its Chromium along and leaves the run itself a zombie that keeps its
 * pid. Resolves as soon as it is a zombie. Linux only.
 */
export async function runUnderNonReapingParent(opts: RunOptions & { failpoint: string }): Promise<ZombieRun> {
  const { args, env } = runSetup(opts);
  // `setsid` execs in place (the background job is no group leader), so `$!` is the run's own pid.
  const script = 'setsid "$@" 3>&- & echo $! >&3; exec sleep 3600 3>&-';
  const parent = spawn('sh', ['-c', script, 'sh', process.execPath, ...args], {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    env,
  });
  const release = () => killGroup(parent);
  let stderr = '';
  parent.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const pid = await new Promise<number>((resolve, reject) => {
      let out = '';
      const fd3 = parent.stdio[3] as NodeJS.ReadableStream;
      fd3.on('data', (d: Buffer) => (out += d.toString()));
      fd3.on('end', () =>
        /^\d+\s*$/.test(out) ? resolve(Number(out)) : reject(new Error(`no pid: ${out}`)),
      );
    });
    const deadline = Date.now() + (opts.timeoutMs ?? 150_000);
    for (;;) {
      const st = zombieStatus(pid);
      if (st?.state === 'Z') return { pid, signal: st.waitStatus & 0x7f, stderr, release };
      if (st === null) throw new Error(`run ${pid} was reaped: is its parent not the non-reaping shell?`);
      if (Date.now() > deadline) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
        throw new Error(`run ${pid} did not die at ${opts.failpoint}:\n${stderr.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } catch (err) {
    release();
    throw err;
  }
}

export function tempLinkwrightHome(): { home: string; cleanup: () => void } {
  const home = mkdtempSync(join(tmpdir(), 'lw-e2e-'));
  return { home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

export function count(effects: Effect[], type: string, person: string): number {
  return effects.filter((e) => e.type === type && e.person === person).length;
}

/** Last JSON object printed on stdout (the completion). */
export function completionOf(stdout: string): unknown {
  const text = stdout.trim();
  try {
    return JSON.parse(text);
  } catch {
    const last = text.split('\n').filter(Boolean).pop() ?? 'null';
    return JSON.parse(last);
  }
}
