// The invitation manager on the recorded LinkedIn: st.retrievePendingRequests (every batch of the Sent
// tab), st.retrieveInvitations (all three types with the catalog's fields), st.acceptInvitation and
// st.ignoreInvitation (found by the URL of their type; invitationNotFound), both front ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation } from '../../src/actions/st/accept-invitation.ts';
import { ignoreInvitation } from '../../src/actions/st/ignore-invitation.ts';
import { retrieveInvitations } from '../../src/actions/st/retrieve-invitations.ts';
import { retrievePendingRequests } from '../../src/actions/st/retrieve-pending-requests.ts';
import { Journal } from '../../src/engine/policy/journal.ts';
import { openStore } from '../../src/store/index.ts';
import { ReceivedInvitationsTab } from '../../drivers/linkedin/invitation-manager.ts';
import { driverSession, launchBrowser, openReplaySession, runHandler } from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SOFIA = 'https://www.linkedin.com/in/sofia-marquez';
const TOBIAS = 'https://www.linkedin.com/in/tobias-weber';
const WINGTIP = 'https://www.linkedin.com/company/wingtip-toys';
const NEWSLETTER = 'https://www.linkedin.com/newsletters/the-example-weekly-7012345678901234567';

type Item = { data: Record<string, unknown> };

describe.each(['sdui', 'ember'] as const)('invitation manager (%s)', (frontEnd) => {
  it('lists the three pending invitations of the demo, normalised', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      const out = await runHandler(retrievePendingRequests, s);
      expect(out.kind).toBe('list');
      const items = (out as { items: Item[] }).items.map((i) => i.data);
      expect(items.map(({ name, publicUrl, headline }) => ({ name, publicUrl, headline }))).toEqual([
        {
          name: 'John Doe',
          publicUrl: 'https://www.linkedin.com/in/johndoe',
          headline: 'Founder & CEO at Example Company',
        },
        {
          name: 'Jane Smith',
          publicUrl: 'https://www.linkedin.com/in/janesmith',
          headline: 'CTO at Tech Solutions',
        },
        {
          name: 'Carlos Santos',
          publicUrl: 'https://www.linkedin.com/in/carlossantos',
          headline: 'Product Manager at Startup Hub',
        },
      ]);
      for (const i of items) {
        expect(i.sentTime).toMatch(/^\d+ \w+ ago$|^today$/);
        expect(i.urn === null || /^urn:li:member:\d+$/.test(String(i.urn))).toBe(true);
      }
    } finally {
      await s.close();
    }
  });

  it('follows "Load more" / pagination through 27 pending invitations', async () => {
    const s = await openReplaySession(browser, { scenario: 'many-pending', frontEnd });
    try {
      const out = await runHandler(retrievePendingRequests, s);
      const items = (out as { items: Item[] }).items.map((i) => i.data);
      expect(items).toHaveLength(27);
      expect(new Set(items.map((i) => i.publicUrl)).size).toBe(27);
      expect(items.map((i) => i.name)).toEqual(
        expect.arrayContaining(['John Doe', 'Jane Smith', 'Carlos Santos']),
      );
    } finally {
      await s.close();
    }
  });

  it('lists received invitations of all three types with only their own fields', async () => {
    const s = await openReplaySession(browser, { scenario: 'received-invitations', frontEnd });
    try {
      const out = await runHandler(retrieveInvitations, s);
      const items = (out as { items: Item[] }).items.map((i) => i.data);
      expect(items).toHaveLength(4);
      expect(items[0]).toEqual({
        invitationType: 'connect',
        name: 'Sofia Marquez',
        publicUrl: SOFIA,
        urn: null,
        headline: 'Engineering Lead at Tailspin Toys',
        note: 'Hi Morgan, great meeting you at the data summit last week!',
      });
      expect(items[1]).toMatchObject({
        invitationType: 'connect',
        name: 'Tobias Weber',
        publicUrl: TOBIAS,
        note: null,
      });
      expect(Object.keys(items[1]!).sort()).toEqual([
        'headline',
        'invitationType',
        'name',
        'note',
        'publicUrl',
        'urn',
      ]);
      expect(items[2]).toMatchObject({
        invitationType: 'companyFollow',
        name: 'Rafael Dumont',
        companyUrl: WINGTIP,
        companyName: 'Wingtip Toys',
      });
      expect(Object.keys(items[2]!).sort()).toEqual([
        'companyName',
        'companyUrl',
        'invitationType',
        'name',
        'publicUrl',
        'urn',
      ]);
      expect(items[3]).toMatchObject({
        invitationType: 'newsletterSubscribe',
        name: 'Helena Marsh',
        newsletterUrl: NEWSLETTER,
        newsletterName: 'The Example Weekly',
      });
      expect(Object.keys(items[3]!).sort()).toEqual([
        'invitationType',
        'name',
        'newsletterName',
        'newsletterUrl',
        'publicUrl',
        'urn',
      ]);
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('accepts and ignores each type by its URL, once, and names a missing one', async () => {
    const s = await openReplaySession(browser, { scenario: 'received-invitations', frontEnd });
    try {
      const accept = (params: Record<string, unknown>) => runHandler(acceptInvitation, s, { params });
      const ignore = (params: Record<string, unknown>) => runHandler(ignoreInvitation, s, { params });
      expect(await accept({ invitationType: 'connect', personUrl: SOFIA })).toEqual({ kind: 'success' });
      // "<Name> follows you and is inviting you to connect": its Accept is a link.
      expect(await accept({ invitationType: 'connect', personUrl: TOBIAS })).toEqual({ kind: 'success' });
      expect(await ignore({ invitationType: 'companyFollow', companyUrl: WINGTIP })).toEqual({
        kind: 'success',
      });
      expect(await accept({ invitationType: 'newsletterSubscribe', newsletterUrl: NEWSLETTER })).toEqual({
        kind: 'success',
      });
      const missing = await ignore({ invitationType: 'connect', personUrl: SOFIA });
      expect(missing).toEqual({
        kind: 'failure',
        error: { type: 'invitationNotFound', message: 'No received invitation matches the given URL.' },
      });
      expect(s.replay.effects()).toEqual([
        { type: 'accept', person: 'sofia-marquez', invitationType: 'connect' },
        { type: 'accept', person: 'tobias-weber', invitationType: 'connect' },
        { type: 'ignore', person: 'rafael-dumont', invitationType: 'companyFollow' },
        { type: 'accept', person: 'helena-marsh', invitationType: 'newsletterSubscribe' },
      ]);
      const after = await runHandler(retrieveInvitations, s);
      expect((after as { items: Item[] }).items).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('accept / ignore after a crash (journal `attempted`)', () => {
  it('verifies on the received tab it opens itself, so a fresh blank page never passes for done', async () => {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-journal-'));
    const store = openStore(home);
    const s = await openReplaySession(browser, { scenario: 'received-invitations', frontEnd: 'sdui' });
    try {
      const journalFor = () =>
        new Journal({ store, account: 'test', runId: 'run-inv', resumeWindowMs: 3_600_000 });
      const cases = [
        { handler: acceptInvitation, params: { invitationType: 'connect', personUrl: SOFIA } },
        { handler: ignoreInvitation, params: { invitationType: 'companyFollow', companyUrl: WINGTIP } },
      ];
      for (const { handler, params } of cases) {
        // The crash came between the journal write and the click: nothing was accepted or ignored.
        const crashed = journalFor();
        const entry = await crashed.begin(crashed.keyFor(handler.actionType, undefined, params));
        await crashed.markAttempted(entry);
        const rerun = journalFor();
        expect(await runHandler(handler, s, { params, services: { journal: rerun } })).toEqual({
          kind: 'success',
        });
        expect((await rerun.get(entry))?.state).toBe('verified');
      }
      // Each invitation was acted on exactly once by the re-run (before: "no card" on about:blank = done).
      expect(s.replay.effects()).toEqual([
        { type: 'accept', person: 'sofia-marquez', invitationType: 'connect' },
        { type: 'ignore', person: 'rafael-dumont', invitationType: 'companyFollow' },
      ]);
    } finally {
      await s.close();
      store.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe('after a click on Accept / Ignore (driver)', () => {
  it.for(['ember', 'sdui'] as const)(
    '%s: reports "Take care when connecting" at once, then the card gone — never the next card that slid into its place',
    async (frontEnd) => {
      const s = await openReplaySession(browser, { scenario: 'received-invitations', frontEnd });
      try {
        const session = await driverSession(s);
        const tab = new ReceivedInvitationsTab(session);
        await tab.open();
        const sofia = await tab.findCard({ invitationType: 'connect', id: 'sofia-marquez' });
        await (await sofia!.control('accept'))!.click();
        // the scenario shows "Take care when connecting" on the first Accept
        const first = await sofia!.waitSettled('accept', { takeCare: true, timeoutMs: 5_000 });
        expect(first.kind).toBe('takeCare');
        if (first.kind === 'takeCare') await first.accept.click();
        expect(await sofia!.waitSettled('accept', { timeoutMs: 5_000 })).toEqual({ kind: 'controlGone' });
        const wingtip = await tab.findCard({ invitationType: 'companyFollow', id: 'wingtip-toys' });
        await (await wingtip!.control('ignore'))!.click();
        expect(await wingtip!.waitSettled('ignore', { takeCare: true, timeoutMs: 5_000 })).toEqual({
          kind: 'controlGone',
        });
        // other cards still offer their controls, so "gone" was about these two cards
        const tobias = await tab.findCard({ invitationType: 'connect', id: 'tobias-weber' });
        expect(await tobias!.control('accept')).not.toBeNull();
        expect(s.replay.effects()).toEqual([
          { type: 'accept', person: 'sofia-marquez', invitationType: 'connect' },
          { type: 'ignore', person: 'rafael-dumont', invitationType: 'companyFollow' },
        ]);
      } finally {
        await s.close();
      }
    },
  );
});
