// Facts about OS processes: is a pid alive, when did it start (to tell a recycled pid from the
// original owner), and which Chromium processes run a given profile.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** True if a process with this pid exists (EPERM still means it exists). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An opaque, stable start-time token for a pid: field 22 of /proc/<pid>/stat on Linux (clock ticks
 * since boot), `ps -o lstart=` elsewhere; undefined if the process does not exist or it is unknown.
 */
export function processStartTime(pid: number): string | undefined {
  if (process.platform === 'linux') {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // rest[0] is field 3 (state) → field 22 is rest[19].
      return rest[19];
    } catch {
      return undefined;
    }
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

/** Pids of Chromium processes (browser and children) started with this profile directory. */
export function chromiumPidsForProfile(profileDir: string): { browser: number[]; all: number[] } {
  const flag = `--user-data-dir=${profileDir}`;
  const all = listProcessCmdlines().filter((p) => p.args.includes(flag));
  return {
    all: all.map((p) => p.pid),
    browser: all.filter((p) => !p.args.some((a) => a.startsWith('--type='))).map((p) => p.pid),
  };
}

/** The parent pid of each process (Linux /proc). */
function parentMap(): Map<number, number> {
  const m = new Map<number, number>();
  if (process.platform !== 'linux') return m;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      m.set(Number(name), Number(rest[1]));
    } catch {
      // gone
    }
  }
  return m;
}

/** A pid and all its descendants (Linux /proc). */
export function processTree(root: number): number[] {
  const parents = parentMap();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}
