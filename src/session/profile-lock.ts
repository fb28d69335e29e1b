// One process per profile. The lock is a file in the account directory created with O_EXCL and
// holding the owner's pid, process start time and host. A second process fails at once with
// `accountBusy`. A lock whose owner is verified dead (no such pid, a zombie nobody reaps, or the pid
// now belongs to a process that started at another time) is recovered; the recovery itself is serialised by a
// second O_EXCL file so two recovering processes cannot remove each other's fresh lock.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { isPidAlive, processStartTime } from '../system/process-info.ts';
import { SessionFailureError } from '../errors/error-types.ts';

const OwnerSchema = z.object({
  pid: z.number().int().positive(),
  startTime: z.string().nullable(),
  hostname: z.string(),
  acquiredAt: z.string(),
  purpose: z.string().optional(),
});
export type LockOwner = z.infer<typeof OwnerSchema>;

/** A lock file younger than this with unreadable content is being written right now. */
const FRESH_MS = 5_000;
/** A recovery marker older than this was left by a process that died mid-recovery. */
const STALE_RECOVERY_MS = 30_000;

export interface ProfileLock {
  readonly path: string;
  readonly owner: LockOwner;
  release(): void;
}

export function lockPath(accountDir: string): string {
  return join(accountDir, 'profile.lock');
}

function readOwner(path: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const parsed = OwnerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function sameOwner(a: LockOwner, b: LockOwner): boolean {
  return (
    a.pid === b.pid &&
    a.startTime === b.startTime &&
    a.hostname === b.hostname &&
    a.acquiredAt === b.acquiredAt
  );
}

/** Alive, dead, or cannot tell (another host). */
export function ownerLiveness(owner: LockOwner): 'alive' | 'dead' | 'unknown' {
  if (owner.hostname !== hostname()) return 'unknown';
  if (!isPidAlive(owner.pid)) return 'dead';
  if (owner.startTime === null) return 'alive';
  const now = processStartTime(owner.pid);
  if (now === undefined) return isPidAlive(owner.pid) ? 'alive' : 'dead';
  return now === owner.startTime ? 'alive' : 'dead';
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function busy(account: string, owner: LockOwner | 'unreadable', why?: string): SessionFailureError {
  const who =
    owner === 'unreadable'
      ? 'another process (its lock is being written)'
      : `process ${owner.pid} on ${owner.hostname}${owner.purpose ? ` (${owner.purpose})` : ''} since ${owner.acquiredAt}`;
  return new SessionFailureError(
    'accountBusy',
    `account ${account} is in use by ${who}${why ? `; ${why}` : ''}`,
  );
}

export interface AcquireOptions {
  account: string;
  accountDir: string;
  log: Logger;
  /** Shown to a second process, e.g. "run" or "login". */
  purpose?: string;
}

/** Acquires the profile lock or throws `accountBusy` immediately. */
export function acquireProfileLock(opts: AcquireOptions): ProfileLock {
  const path = lockPath(opts.accountDir);
  const recoverPath = `${path}.recover`;
  const me: LockOwner = {
    pid: process.pid,
    startTime: processStartTime(process.pid) ?? null,
    hostname: hostname(),
    acquiredAt: new Date().toISOString(),
    purpose: opts.purpose,
  };
  const content = `${JSON.stringify(me)}\n`;

  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, content)) return makeLock(path, me, opts.log);

    const owner = readOwner(path);
    if (owner === 'missing') continue; // released between our two calls: try again
    if (owner === 'unreadable') {
      if (ageMs(path) < FRESH_MS) throw busy(opts.account, owner);
      // A lock file that never got content: its writer died before writing. Treat as stale below.
    } else {
      if (owner.pid === process.pid && owner.hostname === me.hostname && owner.startTime === me.startTime) {
        throw new SessionFailureError(
          'accountBusy',
          `account ${opts.account} is already open in this process`,
        );
      }
      const liveness = ownerLiveness(owner);
      if (liveness === 'alive') throw busy(opts.account, owner);
      if (liveness === 'unknown') {
        throw busy(
          opts.account,
          owner,
          `a lock from another host cannot be verified; remove ${path} if that host no longer runs it`,
        );
      }
    }

    // Stale: recover under the recovery marker, re-checking that the lock is still the same stale one.
    if (!tryCreate(recoverPath, content)) {
      if (ageMs(recoverPath) > STALE_RECOVERY_MS) {
        try {
          unlinkSync(recoverPath);
        } catch {
          // someone else removed it
        }
        continue;
      }
      throw new SessionFailureError(
        'accountBusy',
        `account ${opts.account}: another process is recovering its stale lock`,
      );
    }
    try {
      const again = readOwner(path);
      const stillStale =
        again === 'missing' ||
        // Unreadable twice is stale only if still old: a fresh file may be a new owner mid-write.
        (again === 'unreadable' && owner === 'unreadable' && ageMs(path) >= FRESH_MS) ||
        (again !== 'unreadable' && owner !== 'unreadable' && sameOwner(again, owner));
      if (stillStale && again !== 'missing') {
        unlinkSync(path);
        opts.log.warn(
          { deadPid: owner === 'unreadable' ? null : owner.pid },
          'recovered the profile lock of a process that is no longer running',
        );
      }
    } finally {
      try {
        unlinkSync(recoverPath);
      } catch {
        // already gone
      }
    }
  }
  throw new SessionFailureError('accountBusy', `account ${opts.account}: could not take the profile lock`);
}

function makeLock(path: string, owner: LockOwner, log: Logger): ProfileLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldLocks.delete(release);
    // Remove only our own lock: never one a recovering process has since replaced.
    const current = readOwner(path);
    if (current !== 'missing' && current !== 'unreadable' && sameOwner(current, owner)) {
      try {
        unlinkSync(path);
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'could not remove the profile lock');
      }
    }
  };
  // A normal exit releases the lock; a killed process leaves it for the dead-owner recovery.
  heldLocks.add(release);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const r of [...heldLocks]) r();
    });
  }
  return { path, owner, release };
}

/**
 * The locks this process holds, released by ONE exit listener: a listener per lock made a worker with
 * ten or more warm accounts print Node's MaxListenersExceededWarning.
 */
const heldLocks = new Set<() => void>();
let exitHookInstalled = false;
