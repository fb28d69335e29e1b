// A real zombie process: a shell backgrounds a child and then execs into a long `sleep`, which never
// calls wait(), so the exited child stays in state Z — like a killed run under a PID 1 that never
// reaps. Linux only (the state is read from /proc).
// The child must outlive the shell: a shell reaps a child that exits before its `exec` (dash did so
// under load in CI, and the pid was then simply gone), so the child waits until its parent's
// /proc comm reads `sleep`, that is until the exec has happened, and only then exits.
import { spawn } from 'node:child_process';
import { processState } from '../../src/system/process-info.ts';

export interface Zombie {
  pid: number;
  /** Ends the non-reaping parent; the zombie is then reparented and reaped. */
  stop(): void;
}

// The deadline is generous: on a loaded 2-core machine the shell, its exec and its child can take seconds.
export async function spawnZombie(timeoutMs = 45_000): Promise<Zombie> {
  // Bounded: if the parent dies before its exec, /proc/<parent> goes and the loop ends.
  const child =
    'while [ -e /proc/$1 ] && [ "$(cat /proc/$1/comm 2>/dev/null)" != sleep ]; do sleep 0.02; done';
  const parent = spawn('sh', ['-c', 'sh -c "$1" child $$ & echo $!; exec sleep 60', 'zombie-parent', child], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    parent.kill('SIGKILL');
  };
  try {
    const pid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(Number(out.trim()));
      });
      parent.once('exit', () => reject(new Error(`zombie parent exited early: ${out}`)));
    });
    const deadline = Date.now() + timeoutMs;
    while (processState(pid) !== 'Z') {
      if (Date.now() > deadline) throw new Error(`pid ${pid} did not become a zombie: ${processState(pid)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { pid, stop };
  } catch (err) {
    stop();
    throw err;
  }
}
