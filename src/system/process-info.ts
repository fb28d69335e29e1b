// Facts about OS processes: is a pid alive, when did it start (to tell a recycled pid from the
// original owner), their command lines and descendants. Neutral ground: the profile lock (session),
// the limit reservations (engine/policy) and the Chromium reaper (browser) all ask it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** /proc/<pid>/stat from field 3 (state) on; undefined if there is no such process or no /proc. */
function procStatFields(pid: number): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The state letter of /proc/<pid>/stat (R, S, D, Z, X, …); undefined if gone or not Linux. */
export function processState(pid: number): string | undefined {
  return procStatFields(pid)?.[0];
}

/**
 * True if a process with this pid exists and has not exited (EPERM still means it exists). A zombie
 * has exited and only waits for its parent to reap it, yet `kill(pid, 0)` succeeds on it; under a
 * parent that never reaps (PID 1 of a container without an init) it stays forever, so on Linux
 * /proc decides. Elsewhere `kill(pid, 0)` is all we have.
 */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = processState(pid);
  return state !== 'Z' && state !== 'X';
}

/**
 * An opaque, stable start-time token for a pid: field 22 of /proc/<pid>/stat on Linux (clock ticks
 * since boot), `ps -o lstart=` elsewhere; undefined if the process does not exist or it is unknown.
 */
export function processStartTime(pid: number): string | undefined {
  if (process.platform === 'linux') {
    // rest[0] is field 3 (state) → field 22 is rest[19].
    return procStatFields(pid)?.[19];
  }
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      timeout: 5_000,
    }).trim();
    return out.length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Command lines of all processes (Linux /proc); empty elsewhere. */
export function listProcessCmdlines(): { pid: number; args: string[] }[] {
  if (process.platform !== 'linux') return [];
  const out: { pid: number; args: string[] }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const raw = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (raw.length === 0) continue;
      out.push({ pid: Number(name), args: raw.split('\0').filter((a) => a.length > 0) });
    } catch {
      // The process ended while we listed it.
    }
  }
  return out;
}

/** The parent pid of each process (Linux /proc). */
function parentMap(): Map<number, number> {
  const m = new Map<number, number>();
  if (process.platform !== 'linux') return m;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = procStatFields(Number(name)); // undefined: gone meanwhile
    if (fields) m.set(Number(name), Number(fields[1]));
  }
  return m;
}

/** A pid and all its descendants (Linux /proc). */
export function processTree(root: number): number[] {
  return processTrees([root])[0] ?? [root];
}

/** Each root with all its descendants, from one read of the process table (Linux /proc). */
export function processTrees(roots: readonly number[]): number[][] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentMap()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  return roots.map((root) => {
    const tree = [root];
    const seen = new Set(tree);
    for (let i = 0; i < tree.length; i++) {
      for (const pid of children.get(tree[i]!) ?? []) {
        if (seen.has(pid)) continue;
        seen.add(pid);
        tree.push(pid);
      }
    }
    return tree;
  });
}
