// Crashes at every moment of a side effect, with real processes: the run is SIGKILLed (process group
// included) at a failpoint, then run again; the fake LinkedIn's recorder must show exactly one effect.
// On SQLite and on PostgreSQL (where the killed process's connection, and any lock it held, dies with it).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processAlive, REPO_ROOT } from './helpers.ts';
import { openTempStore, STORE_KINDS, type StoreKind } from './store-adapters.ts';

const WORKER = join(import.meta.dirname, 'workers', 'side-effect-worker.ts');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A fresh store of the kind (SQLite file or PostgreSQL database) and a home for the effects file. */
async function setup(kind: StoreKind): Promise<{ home: string; location: string }> {
  const t = await openTempStore(kind);
  cleanups.push(t.cleanup);
  writeFileSync(join(t.home, 'effects.log'), '');
  return { home: t.home, location: t.location };
}

function runWorker(
  { home, location }: { home: string; location: string },
  runId: string,
  failpoint?: string,
): Promise<{
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  helperPid: number;
}> {
  const helperPidFile = join(home, `${runId}.helper.pid`);
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.LINKWRIGHT_FAILPOINT;
    if (failpoint) env.LINKWRIGHT_FAILPOINT = failpoint;
    // detached: the worker leads its own process group, like `linkwright run` started by a supervisor.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, location, join(home, 'effects.log'), runId, helperPidFile],
      {
        cwd: REPO_ROOT,
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      let helperPid = 0;
      try {
        helperPid = Number(readFileSync(helperPidFile, 'utf8'));
      } catch {
        // the worker died before spawning its helper
      }
      resolve({ code, signal, out, err, helperPid });
    });
  });
}

async function waitDead(pid: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const cases: { killAt: string; moment: string; rerun: string }[] = [
  {
    killAt: 'journal.planned',
    moment: 'after the entry is planned, before anything on the page',
    rerun: 'performed',
  },
  { killAt: 'journal.attempted', moment: 'after attempted is written, before the click', rerun: 'performed' },
  { killAt: 'effect.done', moment: 'after the click landed, before it was verified', rerun: 'recovered' },
  {
    killAt: 'journal.verified',
    moment: 'after verified, before the workflow completed',
    rerun: 'alreadyVerified',
  },
];

describe.each(STORE_KINDS)(
  'side effects survive SIGKILL at any moment (child processes, %s store)',
  (kind) => {
    it.each(cases)(
      'killed $moment: the re-run ends $rerun with exactly one effect',
      async ({ killAt, rerun }) => {
        const at = await setup(kind);
        const crashed = await runWorker(at, 'run-1', killAt);
        expect(crashed.signal, crashed.err).toBe('SIGKILL');
        // The whole group died: the stand-in browser too.
        expect(crashed.helperPid).toBeGreaterThan(0);
        expect(await waitDead(crashed.helperPid)).toBe(true);

        const again = await runWorker(at, 'run-2');
        expect(again.code, again.err).toBe(0);
        expect(JSON.parse(again.out.trim())).toEqual({ status: rerun });
        const effects = readFileSync(join(at.home, 'effects.log'), 'utf8').split('\n').filter(Boolean);
        expect(effects).toHaveLength(1);
      },
    );

    it('a run without a crash performs the effect once, and a later workflow is a new intent', async () => {
      const at = await setup(kind);
      const first = await runWorker(at, 'run-1');
      expect(JSON.parse(first.out.trim())).toEqual({ status: 'performed' });
      // run-1 completed and settled its entry: the same request in a new workflow is a new intent (a real
      // action's own pre-check would then find the invitation pending and report alreadyPending).
      const second = await runWorker(at, 'run-2');
      expect(JSON.parse(second.out.trim())).toEqual({ status: 'performed' });
      expect(readFileSync(join(at.home, 'effects.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    });
  },
);
