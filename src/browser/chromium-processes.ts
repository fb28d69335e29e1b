// Which Chromium processes run a given profile, read from the OS process table (src/system).
import { listProcessCmdlines } from '../system/process-info.ts';

/** Pids of Chromium processes (browser and children) started with this profile directory. */
export function chromiumPidsForProfile(profileDir: string): { browser: number[]; all: number[] } {
  const flag = `--user-data-dir=${profileDir}`;
  const all = listProcessCmdlines().filter((p) => p.args.includes(flag));
  return {
    all: all.map((p) => p.pid),
    browser: all.filter((p) => !p.args.some((a) => a.startsWith('--type='))).map((p) => p.pid),
  };
}
