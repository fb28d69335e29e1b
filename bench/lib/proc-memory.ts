// Memory of a process tree from /proc (Linux): every descendant of a pid (Chromium's browser, renderer,
// GPU, zygote and utility processes are all children of the Node process that launched them).
// RSS counts pages shared between Chromium's processes once per process, so it overstates; PSS splits
// shared pages between their users and adds up to what the tree really holds. Both are reported.
import { readdirSync, readFileSync } from 'node:fs';

/** pid → parent pid of every process visible in /proc. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which may contain spaces: split after the last ')'.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(rest[1]));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

export function descendants(root: number): number[] {
  const ppid = parents();
  const children = new Map<number, number[]>();
  for (const [pid, parent] of ppid) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const out: number[] = [];
  const todo = [...(children.get(root) ?? [])];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

function kbField(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

export interface TreeMemory {
  processes: number;
  rssMB: number;
  pssMB: number;
  /** Of which the root process itself (Node). */
  rootRssMB: number;
  rootPssMB: number;
}

/** RSS and PSS of `root` and all its descendants, in MB (2^20 bytes). */
export function treeMemory(root: number = process.pid): TreeMemory {
  let rss = 0;
  let pss = 0;
  let rootRss = 0;
  let rootPss = 0;
  let n = 0;
  for (const pid of [root, ...descendants(root)]) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const r = kbField(status, 'VmRSS');
      let p = r;
      try {
        p = kbField(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
      } catch {
        // no smaps_rollup (old kernel): PSS falls back to RSS
      }
      rss += r;
      pss += p;
      if (pid === root) {
        rootRss = r;
        rootPss = p;
      }
      n++;
    } catch {
      // exited meanwhile
    }
  }
  return {
    processes: n,
    rssMB: rss / 1024,
    pssMB: pss / 1024,
    rootRssMB: rootRss / 1024,
    rootPssMB: rootPss / 1024,
  };
}
