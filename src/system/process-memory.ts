// Memory of processes from /proc (Linux): RSS and PSS. RSS counts the pages shared between processes
// (Chromium's browser, renderers, GPU and utility processes map the same binary and shared memory) once
// per process, so summed over a Chromium it overstates several times; PSS splits each shared page
// between its users and adds up to what the processes really hold. Caps and reports use PSS.
import { readFileSync } from 'node:fs';
import { processTree } from './process-info.ts';

export interface ProcessesMemory {
  /** Processes read (those that exited meanwhile are skipped). */
  processes: number;
  rssMB: number;
  pssMB: number;
}

function kbField(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

/** RSS and PSS of one process in kB; undefined when it is gone (or there is no /proc). */
function oneProcess(pid: number): { rssKB: number; pssKB: number } | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const rssKB = kbField(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS');
    let pssKB = rssKB;
    try {
      pssKB = kbField(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
    } catch {
      // No smaps_rollup (old kernel, or it exited between the two reads): PSS falls back to RSS.
    }
    return { rssKB, pssKB };
  } catch {
    return undefined;
  }
}

/** RSS and PSS of these processes, in MB (2^20 bytes). */
export function processesMemory(pids: readonly number[]): ProcessesMemory {
  let rss = 0;
  let pss = 0;
  let n = 0;
  for (const pid of pids) {
    const m = oneProcess(pid);
    if (!m) continue;
    rss += m.rssKB;
    pss += m.pssKB;
    n++;
  }
  return { processes: n, rssMB: rss / 1024, pssMB: pss / 1024 };
}

export interface TreeMemory extends ProcessesMemory {
  /** Of which the root process itself. */
  rootRssMB: number;
  rootPssMB: number;
}

/** RSS and PSS of `root` and all its descendants, in MB. */
export function treeMemory(root: number = process.pid): TreeMemory {
  const [self, ...rest] = processTree(root);
  const own = processesMemory(self === undefined ? [] : [self]);
  const all = processesMemory(rest);
  return {
    processes: own.processes + all.processes,
    rssMB: own.rssMB + all.rssMB,
    pssMB: own.pssMB + all.pssMB,
    rootRssMB: own.rssMB,
    rootPssMB: own.pssMB,
  };
}
