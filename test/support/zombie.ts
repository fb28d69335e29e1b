// A real zombie process: a shell backgrounds `sleep 0` and then execs into a long `sleep`, which never
// calls wait(), so the exited grandchild stays in state Z — like a killed run under a PID 1 that never
// reaps. Linux only (the state is read from /proc).
import { spawn } from 'node:child_process';
import { processState } from '../../src/system/process-info.ts';

export interface Zombie {
  pid: number;
  /** Ends the non-reaping parent; the zombie is then reparented and reaped. */
  stop(): void;
}

// The deadline is generous: on a loaded 2-core machine the shell and its `sleep 0` can take seconds.
export async function spawnZombie(timeoutMs = 45_000): Promise<Zombie> {
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], {
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
