// `linkwright limits …`: JSON on stdout and exit codes. Most cases run the command in-process (the same
// commander wiring); one runs the real binary end to end.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerLimits } from '../../src/cli/commands/limits.ts';
import { HoldService } from '../../src/engine/policy/holds.ts';
import { LimitService } from '../../src/engine/policy/limits.ts';
import { openStore } from '../../src/store/index.ts';
import { REPO_ROOT, tempHome } from './helpers.ts';
import { ACTION_RULES } from '../../src/actions/index.ts';
import { categoriesFor } from '../support/action-services.ts';

const run = promisify(execFile);
let home: string;
let cleanup: () => void;
beforeAll(() => {
  ({ home, cleanup } = tempHome());
});
afterAll(() => cleanup());

async function cli(...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  const program = new Command('linkwright').exitOverride();
  registerLimits(program);
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  const savedHome = process.env.LINKWRIGHT_HOME;
  const savedExit = process.exitCode;
  process.env.LINKWRIGHT_HOME = home;
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'linkwright', 'limits', ...args]);
  } finally {
    spy.mockRestore();
    process.env.LINKWRIGHT_HOME = savedHome;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = savedExit;
  return { code, json: JSON.parse(writes.join('')) as Record<string, unknown> };
}

async function realCli(...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  try {
    const { stdout } = await run(
      process.execPath,
      [join(REPO_ROOT, 'bin', 'linkwright.js'), 'limits', ...args],
      {
        env: { ...process.env, LINKWRIGHT_HOME: home, LINKWRIGHT_LOG_LEVEL: 'silent' },
        cwd: REPO_ROOT,
      },
    );
    return { code: 0, json: JSON.parse(stdout) as Record<string, unknown> };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, json: JSON.parse(err.stdout || '{}') as Record<string, unknown> };
  }
}

type Entry = {
  category: string;
  period: string;
  maxValue: number;
  isEnabled: boolean;
  source?: string;
  currentUsage?: number;
};
const find = (list: unknown, c: string, p: string) =>
  (list as Entry[]).find((e) => e.category === c && e.period === p);

describe('linkwright limits', () => {
  it('get, set, usage, reset and clear-hold', async () => {
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({
        accounts: { alice: { limits: [{ category: 'stMessages', period: 'daily', maxValue: 25 }] } },
      }),
    );

    const got = await cli('get', '--account', 'alice');
    expect(got.code).toBe(0);
    expect(find(got.json.limits, 'stConnectionRequests', 'weekly')).toMatchObject({
      maxValue: 90,
      isEnabled: true,
      source: 'default',
    });
    expect(find(got.json.limits, 'stMessages', 'daily')).toMatchObject({ maxValue: 25, source: 'config' });

    const set = await cli(
      'set',
      '--account',
      'alice',
      '--category',
      'stConnectionRequests',
      '--period',
      'daily',
      '--max',
      '15',
    );
    expect(set.code).toBe(0);
    expect(find(set.json.limits, 'stConnectionRequests', 'daily')).toMatchObject({
      maxValue: 15,
      isEnabled: true,
      source: 'account',
    });
    const disabled = await cli(
      'set',
      '--account',
      'alice',
      '--category',
      'stConnectionRequests',
      '--period',
      'weekly',
      '--disable',
    );
    expect(find(disabled.json.limits, 'stConnectionRequests', 'weekly')).toMatchObject({
      maxValue: 90,
      isEnabled: false,
      source: 'account',
    });

    // Two units used, one hold placed, by "earlier runs".
    const store = openStore(home);
    const limits = new LimitService(store, {});
    for (let i = 0; i < 2; i++) {
      const r = await limits.reserve({
        account: 'alice',
        categories: categoriesFor('st.sendConnectionRequest', {}),
        key: null,
        runId: 'r',
        now: new Date(),
      });
      if (r.ok && r.reservation) await limits.commit(r.reservation, new Date());
    }
    await new HoldService(store, ACTION_RULES).place('alice', 'weeklyInvitationLimit', { now: new Date() });
    await store.close();

    const usage = await cli('usage', '--account', 'alice');
    expect(usage.code).toBe(0);
    expect(find(usage.json.usage, 'stConnectionRequests', 'daily')).toMatchObject({
      maxValue: 15,
      currentUsage: 2,
    });
    expect((usage.json.holds as { kind: string; errorType: string }[])[0]).toMatchObject({
      kind: 'weeklyInvitationLimit',
      errorType: 'requestNotAllowed',
    });

    const cleared = await cli('clear-hold', '--account', 'alice', '--kind', 'weeklyInvitationLimit');
    expect(cleared.json).toMatchObject({ cleared: true, holds: [] });

    const reset = await cli('reset', '--account', 'alice');
    expect(reset.json.removed).toBe(2);
    expect(find(reset.json.limits, 'stConnectionRequests', 'daily')).toMatchObject({
      maxValue: 20,
      source: 'default',
    });
  });

  it('rejects bad input with exit code 2 and a JSON error', async () => {
    for (const args of [
      ['set', '--account', 'alice', '--category', 'stInvites', '--period', 'daily', '--max', '3'],
      ['set', '--account', 'alice', '--category', 'stPosts', '--period', 'yearly', '--max', '3'],
      ['set', '--account', 'alice', '--category', 'stPosts', '--period', 'daily', '--max', '-1'],
      ['set', '--account', 'alice', '--category', 'stPosts', '--period', 'daily'],
      ['get', '--account', '../etc'],
    ]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.json).toMatchObject({ success: false, error: { type: 'invalidRequestPayload' } });
    }
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({ limits: [{ category: 'stPosts', period: 'daily', maxValue: 'ten' }] }),
    );
    const bad = await cli('get', '--account', 'alice');
    expect(bad.code).toBe(2);
    expect(String((bad.json.error as { message: string }).message)).toContain('limits.0.maxValue');
  });

  it('works as a real process (bin/linkwright.js)', async () => {
    writeFileSync(join(home, 'config.json'), '{}');
    const ok = await realCli('get', '--account', 'bob');
    expect(ok.code).toBe(0);
    expect(find(ok.json.limits, 'stConnectionRequests', 'daily')).toMatchObject({
      maxValue: 20,
      source: 'default',
    });
    const bad = await realCli(
      'set',
      '--account',
      'bob',
      '--category',
      'nope',
      '--period',
      'daily',
      '--max',
      '1',
    );
    expect(bad.code).toBe(2);
    expect(bad.json).toMatchObject({ success: false, error: { type: 'invalidRequestPayload' } });
  });
});
