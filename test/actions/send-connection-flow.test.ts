// st.sendConnectionRequest's decision flow around the one click, over fake drivers: the paths the recorded
// replay cannot reach — Connect that sends at once without a dialog (../shared/spec/linkedin-dom.md A9), a
// refusal toast while the profile already shows the invitation pending, the note-quota upsell and the email
// gate shown only after Send. Runs with a real Journal (SQLite store) so the exactly-once bookkeeping is
// checked too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InviteDialog, InviteStep, InviteStepKind } from '../../drivers/linkedin/invite-dialog.ts';
import type { Reading } from '../../drivers/linkedin/page-state.ts';
import type { ProfilePage, ProfileView } from '../../drivers/linkedin/profile-page.ts';
import type { Refusal } from '../../drivers/linkedin/toasts.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import type { BrowserService } from '../../src/actions/kit/services.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { person, runHandler } from '../support/replay-session.ts';

/** The fake LinkedIn: what each click does and what the page shows afterwards. */
const fake = vi.hoisted(() => ({
  sent: false,
  /** Connect sends at once (A9) instead of opening the dialog. */
  connectSends: false,
  /** Send actually sends. */
  sendSends: true,
  /** Dialog steps shown, one per waitForStep (then 'none'). */
  steps: [] as InviteStepKind[],
  toast: null as Refusal | null,
  clicks: [] as string[],
  reset() {
    this.sent = false;
    this.connectSends = false;
    this.sendSends = true;
    this.steps = [];
    this.toast = null;
    this.clicks = [];
  },
}));

/** The fake page readings carry only what the fakes below read back (the toast, the Connect source). */
function reading(r: object): Reading {
  return r as unknown as Reading;
}

function view(): ProfileView {
  return {
    status: fake.sent ? { kind: 'pending' } : { kind: 'notConnected', connectVia: 'primary' },
    reading: reading({ state: { profile: { connectViaSource: 'row' } } }),
  };
}

function stepOf(kind: InviteStepKind): InviteStep {
  switch (kind) {
    case 'inviteNote':
      return { kind, noteLimit: 300, emailInput: false };
    case 'weeklyLimit':
      return { kind, monthly: false };
    default:
      return { kind };
  }
}

// Typed fakes: a renamed or retyped driver method breaks this file at compile time.
vi.mock(import('../../drivers/linkedin/profile-page.ts'), async () => {
  const { fakePageObject } = await import('../support/fake-page-object.ts');
  return {
    ProfilePage: fakePageObject<typeof ProfilePage>({
      open: async () => view(),
      verifyStatus: async () => view(),
      refresh: async () => view(),
      waitForStatus: async () => view(),
      waitForPendingOrRefusal: async () => ({ view: view(), refusal: fake.toast }),
      clickConnect: async () => {
        fake.clicks.push('connect');
        if (fake.connectSends) fake.sent = true;
        return 'primary';
      },
    }),
  };
});

vi.mock(import('../../drivers/linkedin/invite-dialog.ts'), async () => {
  const { fakeControl, fakePageObject } = await import('../support/fake-page-object.ts');
  return {
    InviteDialog: fakePageObject<typeof InviteDialog>({
      // Like the real one: returns the last reading whether or not `accept` took it.
      waitForStep: async () => ({
        step: stepOf(fake.steps.shift() ?? 'none'),
        reading: reading({ toast: fake.toast }),
        unrecognised: 0,
      }),
      dismiss: async () => {
        fake.clicks.push('dismiss');
      },
      clickAddNote: async () => {
        fake.clicks.push('addNote');
        return true;
      },
      typeNote: async () => ({ ok: true }),
      noteValue: async () => null,
      fillEmail: async () => ({ ok: true }),
      sendControl: async () =>
        fakeControl('invite.send', () => {
          fake.clicks.push('send');
          if (fake.sendSends) fake.sent = true;
        }),
    }),
  };
});

vi.mock(import('../../drivers/linkedin/page-state.ts'), () => ({
  readState: async () => reading({ toast: fake.toast }),
}));
vi.mock(import('../../drivers/linkedin/toasts.ts'), () => ({
  refusalToast: (r) => (r as unknown as { toast: Refusal | null }).toast,
}));
vi.mock(import('../../drivers/linkedin/interstitials.ts'), () => ({
  dismissInterstitials: async () => ({ dismissed: [] }),
}));
vi.mock('../../drivers/linkedin/interstitials.ts', () => ({ dismissInterstitials: async () => {} }));
vi.mock('../../src/actions/kit/person-context.ts', async (orig) => ({
  ...(await orig<typeof import('../../src/actions/kit/person-context.ts')>()),
  driverEnv: async () => ({ browser: fakeBrowser, session: { timeouts: { effectMs: 10, dialogMs: 10 } } }),
}));

const fakeBrowser: BrowserService = {
  origin: 'https://www.linkedin.com',
  page: async () => {
    throw new Error('the fake drivers never touch a page');
  },
  capture: async () => undefined,
};

const { sendConnectionRequest, ACTION_TYPE } =
  await import('../../src/actions/st/send-connection-request.ts');

let home: string;
let store: Store;
let journal: Journal;
beforeEach(() => {
  fake.reset();
  home = mkdtempSync(join(tmpdir(), 'linkwright-send-flow-'));
  store = openStore(home);
  journal = new Journal({ store, account: 'test', runId: 'run-1', resumeWindowMs: 3_600_000 });
});
afterEach(() => {
  store.close();
  rmSync(home, { recursive: true, force: true });
});

async function send(params: Record<string, unknown> = {}) {
  const subject = person('person2');
  const outcome = await runHandler(sendConnectionRequest, fakeBrowser, {
    subject,
    params,
    services: { journal },
  });
  const entry = journal.lastEntryInRun(journal.keyFor(ACTION_TYPE, subject, params).id);
  return { outcome, entry };
}

describe('st.sendConnectionRequest flow (fake drivers, real journal)', () => {
  it('Connect that sends without a dialog (A9) is journaled before the click and verified', async () => {
    fake.connectSends = true;
    const r = await send();
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.entry).toMatchObject({ state: 'verified', attempts: 1 });
    expect(fake.clicks).toEqual(['connect']);
  });

  it('a dialog outcome after Connect is still recorded as a business outcome (attempted → outcome)', async () => {
    fake.steps = ['emailGate'];
    const r = await send();
    expect(r.outcome).toMatchObject({ kind: 'failure', error: { type: 'emailRequired' } });
    expect(r.entry).toMatchObject({ state: 'outcome', outcome: 'emailRequired' });
    expect(fake.sent).toBe(false);
  });

  it('the normal dialog path sends once and is verified', async () => {
    fake.steps = ['invite'];
    const r = await send();
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.entry).toMatchObject({ state: 'verified', attempts: 1 });
    expect(fake.clicks).toEqual(['connect', 'send']);
  });

  it('an error toast after Send while the profile shows pending is success, not requestNotAllowed', async () => {
    fake.steps = ['invite'];
    fake.toast = 'error';
    const r = await send();
    expect(r.outcome).toEqual({ kind: 'success' });
    expect(r.entry).toMatchObject({ state: 'verified' });
    expect(fake.clicks.filter((c) => c === 'send')).toHaveLength(1);
  });

  it('an error toast after Send with nothing pending is requestNotAllowed', async () => {
    fake.steps = ['invite'];
    fake.toast = 'error';
    fake.sendSends = false;
    const r = await send();
    expect(r.outcome).toEqual({
      kind: 'failure',
      error: { type: 'requestNotAllowed', message: 'LinkedIn refused the invitation.' },
    });
    expect(r.entry).toMatchObject({ state: 'outcome', outcome: 'requestNotAllowed' });
  });

  it('a no-dialog error toast with the profile pending is success', async () => {
    fake.connectSends = true;
    fake.toast = 'error';
    const r = await send();
    expect(r.outcome).toEqual({ kind: 'success' });
  });

  it('the note-quota upsell shown after Send is noteLimitExceeded with the noteQuota hold', async () => {
    fake.steps = ['invite', 'inviteNote', 'noteQuota'];
    fake.sendSends = false;
    const r = await send({ note: 'hello' });
    expect(r.outcome).toMatchObject({
      kind: 'failure',
      error: { type: 'noteLimitExceeded' },
      hold: 'noteQuota',
    });
    expect(r.entry).toMatchObject({ state: 'outcome', outcome: 'noteLimitExceeded' });
    expect(fake.clicks).toEqual(['connect', 'addNote', 'send', 'dismiss']);
  });

  it('the email gate shown after Send (no email given) is emailRequired', async () => {
    fake.steps = ['invite', 'emailGate'];
    fake.sendSends = false;
    const r = await send();
    expect(r.outcome).toMatchObject({ kind: 'failure', error: { type: 'emailRequired' } });
    expect(fake.clicks).toEqual(['connect', 'send', 'dismiss']);
  });
});
