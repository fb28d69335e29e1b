// Pid liveness as lock and reservation owners need it: a zombie has exited (kill(pid, 0) still
// succeeds on it), and a pid whose start time differs is another process.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isPidAlive, processStartTime, processState } from '../../src/system/process-info.ts';
import { spawnZombie } from '../support/zombie.ts';

describe.runIf(process.platform === 'linux')('process liveness (Linux /proc)', () => {
  it('a zombie is not alive, although kill(pid, 0) succeeds on it', async () => {
    const zombie = await spawnZombie();
    try {
      expect(processState(zombie.pid)).toBe('Z');
      expect(() => process.kill(zombie.pid, 0)).not.toThrow(); // the trap the old check fell into
      expect(isPidAlive(zombie.pid)).toBe(false);
      expect(processStartTime(zombie.pid)).toMatch(/^\d+$/); // still readable: the lock compares it
    } finally {
      zombie.stop();
    }
  });

  it('a running process is alive and has a numeric start time', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const pid = child.pid as number;
      expect(['R', 'S']).toContain(processState(pid));
      expect(isPidAlive(pid)).toBe(true);
      expect(processStartTime(pid)).toMatch(/^\d+$/);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
