// The command line around `serve`: `accounts add` prints an identification token, `tokens create`
// prints a token once and stores only its hash, `tokens list` shows no secret, `tokens revoke` stops a
// token; `serve` binds 127.0.0.1 by default and answers with those tokens.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/linkwright.js');

function cli(args: string[], home: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, LINKWRIGHT_HOME: home, LINKWRIGHT_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('accounts add, tokens, serve', () => {
  it(
    'prints secrets once, stores only hashes, and serve accepts them on 127.0.0.1',
    { timeout: 180_000 },
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'lw-serve-cli-'));
      const add = await cli(['accounts', 'add', 'alice'], home);
      expect(add.code).toBe(0);
      const { account, identificationToken } = JSON.parse(add.stdout) as {
        account: string;
        identificationToken: string;
      };
      expect(account).toBe('alice');
      expect(identificationToken).toMatch(/^lwid_[A-Za-z0-9_-]{43}$/);
      expect((await cli(['accounts', 'add', 'no spaces'], home)).code).toBe(2);

      const created = await cli(
        ['tokens', 'create', '--accounts', 'alice', '--webhook', 'https://example.com/hook'],
        home,
      );
      expect(created.code).toBe(0);
      const t = JSON.parse(created.stdout) as { id: string; token: string; webhookSecret: string };
      expect(t.token).toMatch(/^lw_[A-Za-z0-9_-]{43}$/);
      expect(t.webhookSecret).toMatch(/^whsec_/);
      expect(
        (await cli(['tokens', 'create', '--accounts', 'alice', '--webhook', 'ftp://x'], home)).code,
      ).toBe(2);

      const list = await cli(['tokens', 'list'], home);
      expect(JSON.parse(list.stdout)).toEqual({
        tokens: [
          {
            id: t.id,
            accounts: ['alice'],
            webhookUrl: 'https://example.com/hook',
            createdAt: expect.any(String),
            revokedAt: null,
          },
        ],
      });
      // Neither the list nor the database file holds a secret.
      const db = readFileSync(join(home, 'linkwright.db')).toString('latin1');
      for (const secret of [t.token, identificationToken]) {
        expect(list.stdout).not.toContain(secret);
        expect(db).not.toContain(secret);
      }

      const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
        env: { ...process.env, LINKWRIGHT_HOME: home, LINKWRIGHT_LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      try {
        const deadline = Date.now() + 60_000;
        while (!out.includes('\n') && Date.now() < deadline && child.exitCode === null) {
          await new Promise((r) => setTimeout(r, 100));
        }
        const { url } = JSON.parse(out) as { url: string };
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const headers = { 'linked-api-token': t.token, 'identification-token': identificationToken };
        expect(await (await fetch(`${url}/account`, { headers })).json()).toEqual({
          success: true,
          result: { name: 'alice', url: null },
        });

        const revoke = await cli(['tokens', 'revoke', t.id], home);
        expect(JSON.parse(revoke.stdout)).toEqual({ success: true, id: t.id, revoked: true });
        expect((await cli(['tokens', 'revoke', t.id], home)).code).toBe(1);
        const after = await fetch(`${url}/account`, { headers });
        expect(after.status).toBe(401);
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('close', r));
      }
      for (const secret of [t.token, identificationToken, t.webhookSecret]) expect(err).not.toContain(secret);
    },
  );
});
