// CPU time from /proc (Linux): of a process tree (Node plus the Chromiums it launched), and how busy
// the whole machine was, between two readings. On a shared machine this says whether a level of the
// fleet was short of CPU: the tree's cores in use against the machine's idle share.
import { readFileSync } from 'node:fs';
import { descendants } from './proc-memory.ts';

/** Clock ticks per second of /proc's times (USER_HZ: 100 on every Linux build Node runs on). */
const TICKS = 100;

/** CPU seconds of `root` and its live descendants, with what they reaped from exited children. */
export function treeCpuSeconds(root: number = process.pid): number {
  let ticks = 0;
  for (const pid of [root, ...descendants(root)]) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields 14–17 (utime, stime, cutime, cstime) follow the command name: split after the last ')'.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // exited meanwhile (its time moves to its parent's cutime once reaped)
    }
  }
  return ticks / TICKS;
}

export interface MachineCpu {
  busy: number;
  total: number;
}

/** The machine's busy and total jiffies so far (/proc/stat's first line). */
export function machineCpu(): MachineCpu {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** Share of all CPUs busy (any process) between two readings, 0..1. */
export function busyShare(a: MachineCpu, b: MachineCpu): number {
  const total = b.total - a.total;
  return total > 0 ? (b.busy - a.busy) / total : 0;
}
