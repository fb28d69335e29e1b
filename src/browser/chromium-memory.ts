// How much memory each account's Chromium holds: the PSS of its browser process and every descendant
// (zygotes, renderers, GPU, network and storage services, the crash handler), found by the profile
// directory it was launched with. PSS, not RSS: RSS counts Chromium's shared pages once per process (a
// one-page browser sums to ~1 GB of RSS), PSS adds up to what the machine really spends
// (bench/README.md, memory).
import { processesMemory } from '../system/process-memory.ts';
import { listProcessCmdlines, processTrees } from '../system/process-info.ts';

/**
 * PSS in MB of the Chromium running each profile (0 when none runs, or off Linux); one read of the
 * process table for all of them.
 */
export function chromiumMemoryMB(profileDirs: readonly string[]): Map<string, number> {
  const out = new Map<string, number>(profileDirs.map((d) => [d, 0]));
  if (profileDirs.length === 0) return out;
  const browsers: { dir: string; pid: number }[] = [];
  for (const p of listProcessCmdlines()) {
    if (p.args.some((a) => a.startsWith('--type='))) continue; // a child: found under its browser
    for (const dir of profileDirs)
      if (p.args.includes(`--user-data-dir=${dir}`)) browsers.push({ dir, pid: p.pid });
  }
  const trees = processTrees(browsers.map((b) => b.pid));
  browsers.forEach((b, i) => {
    out.set(b.dir, (out.get(b.dir) ?? 0) + processesMemory(trees[i] ?? [b.pid]).pssMB);
  });
  return out;
}
