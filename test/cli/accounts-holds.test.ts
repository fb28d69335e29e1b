import { ACTION_RULES } from '../../src/actions/index.ts';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { HoldService } from '../../src/engine/policy/holds.ts';

const bin = join(import.meta.dirname, '../../bin/linkwright.js');

describe('linkwright accounts', () => {
  it('shows LinkedIn holds next to each account', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-accounts-'));
    const env = { ...process.env, LINKWRIGHT_HOME: home };
    execFileSync(process.execPath, [bin, 'accounts', 'set', 'alice', '--locale', 'en-US'], { env });
    const store = openStore(home);
    const now = new Date();
    await new HoldService(store, ACTION_RULES).place('alice', 'weeklyInvitationLimit', {
      now,
      reason: 'weekly limit dialog',
    });
    await store.close();

    const out = JSON.parse(execFileSync(process.execPath, [bin, 'accounts'], { env, encoding: 'utf8' })) as {
      accounts: { name: string; status: string; holds: { kind: string; until: string }[] }[];
    };
    expect(out.accounts).toHaveLength(1);
    expect(out.accounts[0]!.name).toBe('alice');
    expect(out.accounts[0]!.holds.map((h) => h.kind)).toEqual(['weeklyInvitationLimit']);
    // The weekly limit lifts at the next Monday 00:00 UTC.
    const until = new Date(out.accounts[0]!.holds[0]!.until);
    expect(until.getUTCDay()).toBe(1);
    expect(until.getUTCHours()).toBe(0);
    expect(until.getTime()).toBeGreaterThan(now.getTime());
  });
});
