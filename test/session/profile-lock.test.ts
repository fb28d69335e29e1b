// One process per profile: a second process gets accountBusy at once; the lock of a SIGKILLed owner
// is recovered once the owner is verified dead. Real processes throughout.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPidAlive, processStartTime } from '../../src/system/process-info.ts';
import { accountDir } from '../../src/session/account-record.ts';
import { acquireProfileLock, lockPath, ownerLiveness } from '../../src/session/profile-lock.ts';
import { spawnZombie } from '../support/zombie.ts';
import { spawnTs } from './helpers/child.ts';
import { startStubLinkedIn, type StubLinkedIn } from './helpers/stub-linkedin.ts';
import { memoryLogger, tempHome } from './helpers/test-env.ts';

const env = tempHome();
let stub: StubLinkedIn;
const HOLD = 'test/session/scripts/hold-session.ts';
const OPEN = 'test/session/scripts/open-session.ts';

beforeAll(async () => {
  stub = await startStubLinkedIn('signedIn');
});
afterAll(async () => {
  await stub?.close();
  env.cleanup();
});

type OpenResult = { ok: true } | { ok: false; reason: string; message: string };

describe('profile lock across processes', () => {
  it('a second process gets accountBusy; after SIGKILL of the owner the lock is recovered', async () => {
    const holder = spawnTs(HOLD, [env.home, 'shared', stub.origin]);
    try {
      const ready = await holder.firstJson<{ ready: boolean; pid: number }>(90_000);
      expect(ready.ready).toBe(true);

      const second = spawnTs(OPEN, [env.home, 'shared', stub.origin]);
      const r = await second.firstJson<OpenResult>();
      await second.exited;
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('accountBusy');
        expect(r.message).toContain(`process ${ready.pid}`);
        expect(r.message).toContain('test-holder');
      }

      holder.proc.kill('SIGKILL');
      await holder.exited;
      expect(isPidAlive(ready.pid)).toBe(false);

      const third = spawnTs(OPEN, [env.home, 'shared', stub.origin]);
      const r3 = await third.firstJson<OpenResult>(90_000);
      await third.exited;
      expect(r3).toEqual({ ok: true });
      expect(third.stderr()).toContain('recovered the profile lock of a process that is no longer running');
    } finally {
      holder.proc.kill('SIGKILL');
    }
  }, 240_000); // three real processes and two Chromium launches, on a shared machine
});

describe('dead-owner verification', () => {
  const { log } = memoryLogger();
  const dir = () => {
    const d = accountDir(env.home, 'fake');
    mkdirSync(d, { recursive: true });
    return d;
  };
  const plant = (owner: object | string, ageMs = 0) => {
    const p = lockPath(dir());
    writeFileSync(p, typeof owner === 'string' ? owner : JSON.stringify(owner));
    if (ageMs) utimesSync(p, new Date(Date.now() - ageMs), new Date(Date.now() - ageMs));
  };

  it('recovers the lock of a pid that no longer exists', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(gone && isPidAlive(gone)).toBe(false);
    plant({ pid: gone, startTime: '1', hostname: hostname(), acquiredAt: new Date().toISOString() });
    const lock = acquireProfileLock({ account: 'fake', accountDir: dir(), log });
    expect(lock.owner.pid).toBe(process.pid);
    lock.release();
  });

  it('many locks held at once share one exit listener (no MaxListenersExceededWarning at 10+ accounts)', () => {
    const before = process.listenerCount('exit');
    const locks = Array.from({ length: 12 }, (_, i) => {
      const d = join(dir(), `many-${i}`);
      mkdirSync(d, { recursive: true });
      return acquireProfileLock({ account: `many-${i}`, accountDir: d, log });
    });
    expect(process.listenerCount('exit') - before).toBeLessThanOrEqual(1);
    for (const l of locks) l.release();
  });

  it('recovers a lock whose pid was reused by a process that started at another time', () => {
    plant({
      pid: process.ppid,
      startTime: 'not-its-start-time',
      hostname: hostname(),
      acquiredAt: new Date().toISOString(),
    });
    const lock = acquireProfileLock({ account: 'fake', accountDir: dir(), log });
    lock.release();
  });

  it.runIf(process.platform === 'linux')(
    'recovers the lock of a zombie owner (exited, never reaped: kill(pid, 0) still succeeds)',
    async () => {
      const zombie = await spawnZombie();
      try {
        const owner = {
          pid: zombie.pid,
          startTime: processStartTime(zombie.pid) ?? null,
          hostname: hostname(),
          acquiredAt: new Date().toISOString(),
          purpose: 'run',
        };
        expect(owner.startTime).not.toBeNull(); // the start time matches: only the state says it is dead
        plant(owner);
        expect(ownerLiveness(owner)).toBe('dead');
        const lock = acquireProfileLock({ account: 'fake', accountDir: dir(), log });
        expect(lock.owner.pid).toBe(process.pid);
        lock.release();
      } finally {
        zombie.stop();
      }
    },
  );

  it.runIf(process.platform === 'linux')(
    'recovers a lock whose pid now runs another process (recycled pid: its start time differs)',
    () => {
      const other = spawn('sleep', ['30'], { stdio: 'ignore' });
      try {
        const pid = other.pid as number;
        const real = Number(processStartTime(pid));
        // What the lock of an earlier process with the same pid would hold: an earlier start tick.
        const owner = {
          pid,
          startTime: String(real - 500),
          hostname: hostname(),
          acquiredAt: new Date().toISOString(),
        };
        expect(isPidAlive(pid)).toBe(true);
        expect(ownerLiveness(owner)).toBe('dead');
        expect(ownerLiveness({ ...owner, startTime: String(real) })).toBe('alive');
        plant(owner);
        const lock = acquireProfileLock({ account: 'fake', accountDir: dir(), log });
        lock.release();
      } finally {
        other.kill('SIGKILL');
      }
    },
  );

  it('refuses while the owner is alive (pid and start time match)', () => {
    plant({
      pid: process.ppid,
      startTime: processStartTime(process.ppid) ?? null,
      hostname: hostname(),
      acquiredAt: new Date().toISOString(),
    });
    expect(() => acquireProfileLock({ account: 'fake', accountDir: dir(), log })).toThrow(
      /in use by process/,
    );
  });

  it('refuses a lock of another host (cannot verify) and a lock being written right now', () => {
    plant({ pid: 1, startTime: null, hostname: 'some-other-host', acquiredAt: new Date().toISOString() });
    expect(() => acquireProfileLock({ account: 'fake', accountDir: dir(), log })).toThrow(/another host/);
    plant('');
    expect(() => acquireProfileLock({ account: 'fake', accountDir: dir(), log })).toThrow(/being written/);
    plant('', 60_000);
    const lock = acquireProfileLock({ account: 'fake', accountDir: dir(), log });
    lock.release();
  });

  it('release removes only our own lock file, and the file is 0600', async () => {
    const lock = acquireProfileLock({ account: 'fake', accountDir: dir(), log });
    const { statSync, existsSync } = await import('node:fs');
    expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(join(dir(), 'profile.lock'))).toBe(false);
  });
});
