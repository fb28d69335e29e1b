// End to end, as a user drives it: `linkwright fixtures serve`'s control endpoints change the recorded
// LinkedIn (someone accepts, invites, connects; a message arrives), `linkwright run` syncs, and the poll
// commands print each change or message exactly once — a later sync and a poll with --since repeat
// nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each `linkwright run` starts Chromium: several runs per test.
const SLOW = 300_000;
import { startReplayServer } from '../../fixtures/replay/http-server.ts';

const BIN = join(import.meta.dirname, '../../bin/linkwright.js');

function cli(args: string[], env: Record<string, string>, input = '') {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LINKWRIGHT_PACING: 'off', LINKWRIGHT_LOG_LEVEL: 'info', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

async function control(url: string, path: string, body: unknown): Promise<number> {
  const r = await fetch(`${url}/__linkwright/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return r.status;
}

type Events = { success: boolean; result: { events: { type: string; personUrl: string; id: string }[] } };
type Inbox = {
  success: boolean;
  result: { messages: { sender: string; text: string; time: string; threadId: string }[] };
};

describe('network poll end to end', () => {
  it(
    'reports what changed on the recorded LinkedIn once, after st.syncNetwork',
    async () => {
      const server = await startReplayServer({ scenario: 'demo' });
      try {
        const env = {
          LINKWRIGHT_HOME: mkdtempSync(join(tmpdir(), 'lw-net-')),
          LINKWRIGHT_ORIGIN: server.url,
        };
        const sync = async () => {
          const r = await cli(
            ['run', '-', '--account', 'net'],
            env,
            JSON.stringify({ actionType: 'st.syncNetwork' }),
          );
          expect(r.code, r.stderr.slice(-2000)).toBe(0);
          expect(JSON.parse(r.stdout)).toEqual({ actionType: 'st.syncNetwork', success: true });
        };
        const poll = async (...extra: string[]) => {
          const r = await cli(['network', 'poll', '--account', 'net', ...extra], env);
          expect(r.code, r.stderr.slice(-2000)).toBe(0);
          return JSON.parse(r.stdout) as Events;
        };

        const before = await cli(['network', 'poll', '--account', 'net'], env);
        expect(before.code).toBe(1);
        expect(JSON.parse(before.stdout)).toMatchObject({
          success: false,
          error: { type: 'networkNotSynced' },
        });

        // The SDUI list's cards are the siblings between separators: give the demo a second connection first.
        expect(await control(server.url, 'connect', { person: 'person5' })).toBe(200);
        await sync();
        expect((await poll()).result.events).toEqual([]);

        expect(await control(server.url, 'accept', { person: 'johndoe' })).toBe(200);
        expect(await control(server.url, 'invite', { person: 'person1' })).toBe(200);
        expect(await control(server.url, 'connect', { person: 'person2' })).toBe(200);
        expect(await control(server.url, 'accept', { person: 'person4' })).toBe(409); // not pending
        expect(await control(server.url, 'invite', { person: 'nobody-here' })).toBe(404);
        expect(await control(server.url, 'invite', { nobody: true })).toBe(400);
        await sync();
        const changes = await poll();
        expect(changes.success).toBe(true);
        expect(changes.result.events.map((e) => [e.type, e.personUrl]).sort()).toEqual([
          ['connectionAccepted', 'https://www.linkedin.com/in/johndoe'],
          ['connectionAdded', 'https://www.linkedin.com/in/person2'],
          ['connectionRequestReceived', 'https://www.linkedin.com/in/person1'],
        ]);
        const after = new Date().toISOString();

        await sync(); // nothing changed since
        expect((await poll()).result.events.map((e) => e.id)).toEqual(changes.result.events.map((e) => e.id));
        expect((await poll('--since', after)).result.events).toEqual([]);
        expect((await poll('--type', 'connectionAccepted')).result.events).toHaveLength(1);
        const bad = await cli(['network', 'poll', '--account', 'net', '--type', 'connectionLost'], env);
        expect(bad.code).toBe(2);
        expect(JSON.parse(bad.stdout)).toMatchObject({
          success: false,
          error: { type: 'invalidRequestPayload' },
        });
        // Reading the network changed nothing on LinkedIn.
        expect(await (await fetch(`${server.url}/__linkwright/effects`)).json()).toEqual([]);
      } finally {
        await server.close();
      }
    },
    SLOW,
  );
});

describe('inbox poll end to end', () => {
  it(
    'shows a message delivered to the recorded inbox once, and a later sync with --since repeats nothing',
    async () => {
      const server = await startReplayServer({ scenario: 'demo' });
      try {
        const env = {
          LINKWRIGHT_HOME: mkdtempSync(join(tmpdir(), 'lw-inbox-')),
          LINKWRIGHT_ORIGIN: server.url,
        };
        const TEXT = 'Are you free on Thursday for a call?';
        const sync = async () => {
          const r = await cli(
            ['run', '-', '--account', 'box'],
            env,
            JSON.stringify({ actionType: 'st.syncInbox' }),
          );
          expect(r.code, r.stderr.slice(-2000)).toBe(0);
          expect(JSON.parse(r.stdout)).toEqual({ actionType: 'st.syncInbox', success: true });
          expect(r.stderr).not.toContain(TEXT); // message text never reaches the logs
        };
        const poll = async (...extra: string[]) => {
          const r = await cli(['inbox', 'poll', '--account', 'box', ...extra], env);
          expect(r.code, r.stderr.slice(-2000)).toBe(0);
          return JSON.parse(r.stdout) as Inbox;
        };

        await sync();
        expect((await poll()).result.messages).toEqual([]); // what the list showed before is the baseline

        expect(await control(server.url, 'incoming', { person: 'person4', text: TEXT })).toBe(200);
        await sync();
        const first = (await poll()).result.messages;
        expect(first).toHaveLength(1);
        expect(first[0]).toMatchObject({ sender: 'them', text: TEXT });
        const since = new Date(new Date(first[0]!.time).getTime() + 1).toISOString();

        await sync();
        expect((await poll('--since', since)).result.messages).toEqual([]);
        expect((await poll()).result.messages).toEqual(first);
      } finally {
        await server.close();
      }
    },
    SLOW,
  );
});

describe('inbox poll --type nv end to end', () => {
  it(
    'shows a Sales Navigator message once after nv.syncInbox; the standard inbox stays unsynced',
    async () => {
      const server = await startReplayServer({ scenario: 'demo' });
      try {
        const env = {
          LINKWRIGHT_HOME: mkdtempSync(join(tmpdir(), 'lw-nv-inbox-')),
          LINKWRIGHT_ORIGIN: server.url,
        };
        const TEXT = 'Shall we talk pricing on Friday?';
        const sync = async () => {
          const r = await cli(
            ['run', '-', '--account', 'box'],
            env,
            JSON.stringify({ actionType: 'nv.syncInbox' }),
          );
          expect(r.code, r.stderr.slice(-2000)).toBe(0);
          expect(JSON.parse(r.stdout)).toEqual({ actionType: 'nv.syncInbox', success: true });
          expect(r.stderr).not.toContain(TEXT); // message text never reaches the logs
        };
        const poll = async (...extra: string[]) => cli(['inbox', 'poll', '--account', 'box', ...extra], env);

        await sync();
        expect(
          await control(server.url, 'incoming', { person: 'person2', text: TEXT, via: 'salesNavigator' }),
        ).toBe(200);
        await sync();
        const nv = await poll('--type', 'nv');
        expect(nv.code, nv.stderr.slice(-2000)).toBe(0);
        const messages = (JSON.parse(nv.stdout) as Inbox).result.messages;
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatchObject({ type: 'nv', sender: 'them', text: TEXT });
        expect(JSON.parse((await poll()).stdout)).toEqual(JSON.parse(nv.stdout)); // both: only nv is synced
        const st = await poll('--type', 'st');
        expect(st.code).toBe(1);
        expect(JSON.parse(st.stdout)).toMatchObject({ error: { type: 'conversationsNotSynced' } });
        expect((await poll('--type', 'xx')).code).toBe(2);
      } finally {
        await server.close();
      }
    },
    SLOW,
  );
});
