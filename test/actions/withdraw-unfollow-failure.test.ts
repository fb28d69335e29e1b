// st.withdrawConnectionRequest when the withdrawal worked but the unfollow step fails (fake drivers; the
// recorded replay always lets the unfollow through): the result must say the invitation was withdrawn,
// and the withdrawal's journal entry stays verified so a re-run neither withdraws nor counts it again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConfirmDialog } from '../../drivers/linkedin/confirm-dialog.ts';
import type { Reading } from '../../drivers/linkedin/page-state.ts';
import type { ProfilePage, ProfileView } from '../../drivers/linkedin/profile-page.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import type { BrowserService } from '../../src/actions/kit/services.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { person, runHandler } from '../support/replay-session.ts';

const fake = vi.hoisted(() => ({
  withdrawn: false,
  /** How the unfollow step fails: its control is missing, or the driver throws. */
  unfollowFails: 'controlMissing' as 'controlMissing' | 'throws',
  clicks: [] as string[],
}));

/** Only what the action reads of a page reading (its URL); the rest of a Reading is never touched. */
function reading(): Reading {
  return {
    url: 'https://www.linkedin.com/in/johndoe/',
    state: {},
    ctx: { phrases: null },
  } as unknown as Reading;
}

function view(): ProfileView {
  return {
    status: fake.withdrawn ? { kind: 'notConnected', connectVia: 'primary' } : { kind: 'pending' },
    reading: reading(),
  };
}

// Typed fakes: a renamed or retyped driver method breaks this file at compile time.
vi.mock(import('../../drivers/linkedin/profile-page.ts'), async () => {
  const { fakePageObject } = await import('../support/fake-page-object.ts');
  return {
    ProfilePage: fakePageObject<typeof ProfilePage>({
      open: async () => view(),
      verifyStatus: async () => view(),
      clickWithdraw: async () => {
        fake.clicks.push('pending');
        return 'row';
      },
      followState: async () => {
        if (fake.unfollowFails === 'throws') throw new Error('locator.click: Timeout 5000ms exceeded');
        return 'following';
      },
      clickUnfollow: async () => {
        fake.clicks.push('unfollow');
        return false;
      },
    }),
  };
});

vi.mock(import('../../drivers/linkedin/confirm-dialog.ts'), async () => {
  const { fakeControl, fakePageObject } = await import('../support/fake-page-object.ts');
  return {
    ConfirmDialog: fakePageObject<typeof ConfirmDialog>({
      waitForOrUnknown: async () => 'shown',
      waitFor: async () => reading(),
      confirmControl: async () =>
        fakeControl('withdrawConfirm.confirm', () => {
          fake.clicks.push('withdraw');
          fake.withdrawn = true;
        }),
      waitClosed: async () => true,
      unrecognisedShowing: async () => false,
      closeUnrecognised: async () => {},
    }),
  };
});

vi.mock('../../src/actions/kit/person-context.ts', async (orig) => ({
  ...(await orig<typeof import('../../src/actions/kit/person-context.ts')>()),
  driverEnv: async () => ({ browser: fakeBrowser, session: { timeouts: {} } }),
}));

const fakeBrowser: BrowserService = {
  origin: 'https://www.linkedin.com',
  page: async () => {
    throw new Error('the fake drivers never touch a page');
  },
  capture: async () => undefined,
};

const { withdrawConnectionRequest, ACTION_TYPE } =
  await import('../../src/actions/st/withdraw-connection-request.ts');

let home: string;
let store: Store;
let journal: Journal;
beforeEach(() => {
  fake.withdrawn = false;
  fake.unfollowFails = 'controlMissing';
  fake.clicks = [];
  home = mkdtempSync(join(tmpdir(), 'linkwright-withdraw-unfollow-'));
  store = openStore(home);
  journal = new Journal({ store, account: 'test', runId: 'run-1', resumeWindowMs: 3_600_000 });
});
afterEach(() => {
  store.close();
  rmSync(home, { recursive: true, force: true });
});

describe('st.withdrawConnectionRequest: withdrawn, but unfollow fails', () => {
  it.each(['controlMissing', 'throws'] as const)(
    'says the invitation was withdrawn and keeps the withdrawal verified (%s)',
    async (how) => {
      fake.unfollowFails = how;
      const subject = person('johndoe');
      const out = await runHandler(withdrawConnectionRequest, fakeBrowser, {
        subject,
        services: { journal },
      });
      expect(out).toMatchObject({ kind: 'failure', error: { type: 'unexpectedError' } });
      const message = (out as { error: { message: string } }).error.message;
      expect(message).toMatch(/^The invitation was withdrawn, but unfollowing the person failed: /);
      expect(message).toContain(
        how === 'controlMissing' ? '(unfollow-control-missing)' : 'The unfollow step failed unexpectedly.',
      );
      const entry = journal.lastEntryInRun(journal.keyFor(ACTION_TYPE, subject, {}).id);
      expect(entry).toMatchObject({ state: 'verified', attempts: 1 });
      expect(fake.clicks.filter((c) => c === 'withdraw')).toHaveLength(1);
    },
  );
});
