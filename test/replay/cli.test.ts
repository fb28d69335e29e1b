// `linkwright fixtures serve` and `linkwright record` as processes: the URL on stdout as JSON, serving until
// SIGTERM, the control endpoints, and a recording made through a real account session pointed at it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'linkwright.js');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function serve(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'fixtures', 'serve', ...args], {
    env: { ...process.env, LINKWRIGHT_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0]!;
      if (out.includes('\n')) {
        clearTimeout(t);
        try {
          resolve({ child, url: (JSON.parse(line) as { url: string }).url });
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (c) => resolve(c)),
  );
}

describe('linkwright fixtures serve', () => {
  it('prints {"url"} and serves the scenario until SIGTERM', async () => {
    const { child, url } = await serve(['--scenario', 'many-pending']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const sent = await (await fetch(`${url}/mynetwork/invitation-manager/sent/`)).text();
    expect(sent).toContain('People (27)');
    expect(await (await fetch(`${url}/__linkwright/effects`)).json()).toEqual([]);
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  });

  it('rejects an unknown scenario with exit 2 and a JSON error', async () => {
    const child = spawn(process.execPath, [BIN, 'fixtures', 'serve', '--scenario', 'nope'], {
      env: { ...process.env, LINKWRIGHT_LOG_LEVEL: 'silent' },
    });
    children.push(child);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    expect(await exitOf(child)).toBe(2);
    expect(JSON.parse(out).error.message).toMatch(/unknown scenario "nope"/);
  });
});

describe('linkwright record', () => {
  it('records through an account session pointed at the recorded LinkedIn', async () => {
    const { child, url } = await serve(['--scenario', 'demo']);
    const home = mkdtempSync(join(tmpdir(), 'lw-rec-home-'));
    const dir = join(mkdtempSync(join(tmpdir(), 'lw-rec-out-')), 'johndoe');
    const rec = spawn(
      process.execPath,
      [BIN, 'record', '--account', 'rec', '--url', '/in/johndoe/', '--out', dir],
      {
        env: { ...process.env, LINKWRIGHT_HOME: home, LINKWRIGHT_ORIGIN: url, LINKWRIGHT_LOG_LEVEL: 'warn' },
      },
    );
    children.push(rec);
    let out = '';
    rec.stdout.on('data', (d: Buffer) => (out += d.toString()));
    expect(await exitOf(rec)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ success: true, dir });
    for (const f of ['page.html', 'aria.yml', 'screenshot.png', 'meta.json'])
      expect(existsSync(join(dir, f))).toBe(true);
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    expect(meta.expected).toMatchObject({ page: 'profile', relationship: 'pending', connectVia: 'none' });
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).not.toContain('John Doe');
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  });
});
