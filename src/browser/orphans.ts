// The safety net behind the profile lock: once we hold an account's lock, any Chromium still running
// on its profile belongs to a dead owner (Chromium normally exits within a second of its parent, when
// the DevTools pipe closes). Launching next to it would hand our command line to that process
// (Chromium's process singleton) instead of starting a browser, so such leftovers are waited for
// briefly and then killed with their process group.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { isPidAlive } from '../system/process-info.ts';
import { chromiumPidsForProfile } from './chromium-processes.ts';

async function waitGone(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  let alive = pids.filter(isPidAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(100);
    alive = alive.filter(isPidAlive);
  }
  return alive;
}

/** Call only while holding the profile lock. Returns the pids that had to be killed. */
export async function reapOrphanedChromium(
  profileDir: string,
  log: Logger,
  graceMs = 5_000,
): Promise<number[]> {
  const leftovers = chromiumPidsForProfile(profileDir).browser;
  if (leftovers.length === 0) return [];
  const alive = await waitGone(leftovers, graceMs);
  if (alive.length === 0) return [];
  log.warn({ pids: alive }, 'killing Chromium left running on this profile by a process that is gone');
  for (const pid of alive) {
    try {
      process.kill(-pid, 'SIGKILL'); // its process group: renderers and helpers too
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  const stubborn = await waitGone(alive, graceMs);
  if (stubborn.length > 0) log.error({ pids: stubborn }, 'Chromium processes on this profile did not exit');
  return alive;
}
