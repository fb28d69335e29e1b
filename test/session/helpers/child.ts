// Spawning real Node processes (TypeScript through tsx) and reading their JSON lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT, tsxArgs } from './test-env.ts';

export interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stdout line that parses as JSON. */
  firstJson: <T>(timeoutMs?: number) => Promise<T>;
  exited: Promise<number | null>;
}

export function spawnTs(file: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Child {
  const proc = spawn(process.execPath, tsxArgs(file, ...args), {
    cwd: REPO_ROOT,
    env: { ...process.env, LINKWRIGHT_LOG_LEVEL: 'debug', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  if (input !== undefined) proc.stdin?.end(input);
  else proc.stdin?.end();
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const firstJson = <T>(timeoutMs = 60_000) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no JSON line within ${timeoutMs} ms; stderr: ${err.slice(-2000)}`)),
        timeoutMs,
      );
      const check = () => {
        for (const line of out.split('\n')) {
          try {
            const v = JSON.parse(line) as T;
            clearTimeout(timer);
            resolve(v);
            return true;
          } catch {
            // not yet a full JSON line
          }
        }
        return false;
      };
      if (check()) return;
      proc.stdout?.on('data', () => void check());
      void exited.then(() => {
        if (!check()) {
          clearTimeout(timer);
          reject(new Error(`exited without JSON; stderr: ${err.slice(-2000)}`));
        }
      });
    });
  return { proc, stdout: () => out, stderr: () => err, firstJson, exited };
}
