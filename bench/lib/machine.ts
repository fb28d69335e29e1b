// The machine a result was measured on: ratios travel between machines, absolute figures do not.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { readFileSync } from 'node:fs';

export interface MachineFacts {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  kernel: string;
  node: string;
  chromium: string;
  chromiumPath: string;
  playwright: string;
  /** 1/5/15-minute load averages when the run started (other work on the machine). */
  loadAverage: number[];
}

export const CHROMIUM = process.env.LINKWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

export function machineFacts(): MachineFacts {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // reported as unknown
  }
  let playwright = 'unknown';
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../node_modules/playwright/package.json', import.meta.url), 'utf8'),
    ) as { version?: string };
    playwright = pkg.version ?? 'unknown';
  } catch {
    // reported as unknown
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    node: process.version,
    chromium,
    chromiumPath: CHROMIUM,
    playwright,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
