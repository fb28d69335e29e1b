// The command line as users and outside checks call it: exit codes, JSON on stdout, the demo.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer } from '../../fixtures/replay/http-server.ts';

const BIN = join(import.meta.dirname, '../../bin/linkwright.js');

/** `undefined` in `opts.env` removes the variable from the child's environment. */
function cli(args: string[], opts: { input?: string; env?: Record<string, string | undefined> } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      LINKWRIGHT_PACING: 'off',
      LINKWRIGHT_LOG_LEVEL: 'info',
      ...opts.env,
    };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';

describe('linkwright run', () => {
  it('exits 2 with invalidRequestPayload or invalidWorkflow, before any browser', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-run-'));
    const bad = await cli(['run', '-'], { input: '{not json', env: { LINKWRIGHT_HOME: home } });
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      success: false,
      error: { type: 'invalidRequestPayload' },
    });
    const invalid = await cli(['run', '-'], {
      input: JSON.stringify({
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/someone',
        note: 'x'.repeat(301),
      }),
      env: { LINKWRIGHT_HOME: home },
    });
    expect(invalid.code).toBe(2);
    expect(JSON.parse(invalid.stdout)).toEqual({
      success: false,
      error: { type: 'invalidWorkflow', message: 'note: at most 300 characters' },
    });
    expect(invalid.stderr).not.toContain('Chromium launched');
  });

  it('runs the user example against fixtures serve with exactly the expected effects', async () => {
    const server = await startReplayServer({ scenario: 'demo' });
    try {
      const home = mkdtempSync(join(tmpdir(), 'lw-run-'));
      const workflow = [
        {
          actionType: 'st.sendConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/person1',
          note: NOTE,
          email: 'example1@gmail.com',
        },
        {
          actionType: 'st.withdrawConnectionRequest',
          personUrl: 'https://www.linkedin.com/in/person1',
          unfollow: true,
        },
        { actionType: 'st.retrievePendingRequests' },
      ];
      const r = await cli(['run', '-', '--account', 'try'], {
        input: JSON.stringify(workflow),
        // As a user runs it: no test switches; a fixture server origin turns human pacing off.
        env: {
          LINKWRIGHT_HOME: home,
          LINKWRIGHT_ORIGIN: server.url,
          LINKWRIGHT_PACING: undefined,
          VITEST: undefined,
        },
      });
      expect(r.code, r.stderr.slice(-2000)).toBe(0);
      expect(r.stderr).toContain('origin is not LinkedIn: human pacing off');
      const completion = JSON.parse(r.stdout) as {
        actionType: string;
        success: boolean;
        data?: { name: string; publicUrl: string; headline: string }[];
      }[];
      expect(completion.map((c) => [c.actionType, c.success])).toEqual([
        ['st.sendConnectionRequest', true],
        ['st.withdrawConnectionRequest', true],
        ['st.retrievePendingRequests', true],
      ]);
      expect(completion[2]!.data!.map((p) => [p.name, p.publicUrl, p.headline])).toEqual([
        ['John Doe', 'https://www.linkedin.com/in/johndoe', 'Founder & CEO at Example Company'],
        ['Jane Smith', 'https://www.linkedin.com/in/janesmith', 'CTO at Tech Solutions'],
        ['Carlos Santos', 'https://www.linkedin.com/in/carlossantos', 'Product Manager at Startup Hub'],
      ]);
      const effects = await (await fetch(`${server.url}/__linkwright/effects`)).json();
      expect(effects).toEqual([
        { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
        { type: 'withdrawal', person: 'person1' },
        { type: 'unfollow', person: 'person1' },
      ]);
      // Neither the note nor the email reaches the logs.
      expect(r.stderr).not.toContain('example1@gmail.com');
      expect(r.stderr).not.toContain('discuss potential collaboration');
    } finally {
      await server.close();
    }
  });

  it('exits 3 on a signed-out account, parks it, and later runs fail fast', async () => {
    const server = await startReplayServer({ scenario: 'signed-out' });
    try {
      const home = mkdtempSync(join(tmpdir(), 'lw-run-'));
      const env = { LINKWRIGHT_HOME: home, LINKWRIGHT_ORIGIN: server.url };
      const input = JSON.stringify({
        actionType: 'st.checkConnectionStatus',
        personUrl: 'https://www.linkedin.com/in/person1',
      });
      const first = await cli(['run', '-', '--account', 'gone'], { input, env });
      expect(first.code, first.stderr.slice(-2000)).toBe(3);
      expect(JSON.parse(first.stdout)).toMatchObject({
        success: false,
        error: { type: 'linkedinAccountSignedOut' },
      });
      const accounts = JSON.parse((await cli(['accounts'], { env })).stdout) as {
        accounts: { name: string; status: string; reason: string }[];
      };
      expect(accounts.accounts).toMatchObject([
        { name: 'gone', status: 'parked', reason: 'linkedinAccountSignedOut' },
      ]);
      const again = await cli(['run', '-', '--account', 'gone'], { input, env });
      expect(again.code).toBe(3);
      expect(again.stderr).not.toContain('Chromium launched');
    } finally {
      await server.close();
    }
  });
});

describe('linkwright demo', () => {
  it('prints each sample workflow with its completion, then the effects, and exits 0', async () => {
    const r = await cli(['demo']);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { title: string; workflow?: unknown; completion?: unknown; effects?: unknown },
      );
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const l of lines.slice(0, -1)) {
      expect(l.workflow).toBeDefined();
      expect(l.completion).toBeDefined();
    }
    expect(lines[0]!.completion).toEqual({
      actionType: 'st.sendConnectionRequest',
      label: 'person1',
      success: false,
      error: {
        type: 'emailRequired',
        message: 'The person requires an email address to send a connection request.',
      },
    });
    const effects = lines.at(-1)!.effects as { type: string; person: string }[];
    expect(effects.slice(0, 3)).toEqual([
      { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
      { type: 'withdrawal', person: 'person1' },
      { type: 'unfollow', person: 'person1' },
    ]);
  });
});
