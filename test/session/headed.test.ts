// The headed debug mode for selector maintenance: the same profile, browser and identity in a
// visible window (here under Xvfb), a trace per action, and a pause at the first failed action.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';

const BIN = join(import.meta.dirname, '../../bin/linkwright.js');
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).status === 0;

function runHeaded(args: string[], env: Record<string, string>, input: string) {
  const child = spawn('xvfb-run', ['-a', process.execPath, BIN, ...args], {
    env: { ...process.env, LINKWRIGHT_PACING: 'off', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(input);
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, done, out: () => stdout, err: () => stderr };
}

describe.skipIf(!hasXvfb)('headed debug mode (under Xvfb)', () => {
  it('runs headed with a trace per action', async () => {
    const server = await startReplayServer({ scenario: 'demo' });
    try {
      const home = mkdtempSync(join(tmpdir(), 'lw-headed-'));
      const traces = mkdtempSync(join(tmpdir(), 'lw-traces-'));
      const r = runHeaded(
        ['run', '-', '--account', 'debug', '--headed', '--slow-mo', '20', '--trace', traces],
        { LINKWRIGHT_HOME: home, LINKWRIGHT_ORIGIN: server.url },
        JSON.stringify([
          { actionType: 'st.checkConnectionStatus', personUrl: 'https://www.linkedin.com/in/person4' },
          { actionType: 'st.checkConnectionStatus', personUrl: 'https://www.linkedin.com/in/johndoe' },
        ]),
      );
      expect(await r.done, r.err().slice(-2000)).toBe(0);
      expect(JSON.parse(r.out())).toEqual([
        { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'connected' } },
        { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'pending' } },
      ]);
      expect(r.err()).toMatch(/"headless":false/);
      const zips = readdirSync(traces).filter((f) => f.endsWith('.zip'));
      expect(zips).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('pauses at a failed action with --pause-on-failure instead of finishing', async () => {
    const server = await startReplayServer({ scenario: 'demo' });
    try {
      const home = mkdtempSync(join(tmpdir(), 'lw-headed-'));
      const r = runHeaded(
        ['run', '-', '--account', 'debug', '--headed', '--pause-on-failure'],
        { LINKWRIGHT_HOME: home, LINKWRIGHT_ORIGIN: server.url },
        JSON.stringify({
          actionType: 'st.sendConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/johndoe',
        }),
      );
      // The action fails (alreadyPending); the run then waits in the Playwright Inspector.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !r.err().includes('paused at the failure'))
        await new Promise((s) => setTimeout(s, 250));
      expect(r.err()).toContain('paused at the failure');
      const stillRunning = await Promise.race([
        r.done.then(() => false),
        new Promise<boolean>((s) => setTimeout(() => s(true), 3_000)),
      ]);
      expect(stillRunning).toBe(true);
      expect(r.out()).toBe('');
      process.kill(-r.child.pid!, 'SIGKILL');
      await r.done;
    } finally {
      await server.close();
    }
  });

  it('login opens a headed window and returns once the account is signed in; gives up after its bound', async () => {
    const signedIn = await startReplayServer({ scenario: 'demo' });
    const signedOut = await startReplayServer({ scenario: 'signed-out' });
    try {
      const home = mkdtempSync(join(tmpdir(), 'lw-login-'));
      const ok = runHeaded(
        ['login', '--account', 'alice', '--timeout', '60'],
        { LINKWRIGHT_HOME: home, LINKWRIGHT_ORIGIN: signedIn.url },
        '',
      );
      expect(await ok.done, ok.err().slice(-2000)).toBe(0);
      // Nobody signs in on the signed-out recording: the wait ends at its bound with exit 3.
      const home2 = mkdtempSync(join(tmpdir(), 'lw-login-'));
      const out = runHeaded(
        ['login', '--account', 'bob', '--timeout', '5'],
        { LINKWRIGHT_HOME: home2, LINKWRIGHT_ORIGIN: signedOut.url },
        '',
      );
      expect(await out.done).toBe(3);
    } finally {
      await signedIn.close();
      await signedOut.close();
    }
  });
});
