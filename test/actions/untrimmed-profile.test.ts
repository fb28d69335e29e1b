// The profile actions once more on the UNTRIMMED profile pages (issue 14 item 2): whole real captures,
// scrubbed only, with every card, post, rail, promo, video player (hidden role="dialog" elements) and
// other people's Connect / Invite controls that the trimmed fixtures cut. The scenario option
// `untrimmedProfiles` serves them for the states they exist in (connect-more/sdui-en-untrimmed,
// pending/sdui-en-untrimmed, connect-primary/ember-en-untrimmed, pending/ember-en-untrimmed).
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnectionStatus } from '../../src/actions/st/check-connection-status.ts';
import { openPersonPage } from '../../src/actions/st/open-person-page.ts';
import { sendConnectionRequest } from '../../src/actions/st/send-connection-request.ts';
import { withdrawConnectionRequest } from '../../src/actions/st/withdraw-connection-request.ts';
import {
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  type ReplaySession,
} from '../support/replay-session.ts';

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';
const EMAIL = 'example1@gmail.com';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Per front end: the demo person served from the connectable untrimmed page, the one served pending, what
// sending needs (person1 requires an email), the position basicInfo reads (Ember's Experience card carries
// the scenario person's role; SDUI profile pages have no Experience card) and what only the untrimmed page has.
const CASES = [
  {
    frontEnd: 'sdui',
    connectable: 'person2',
    pending: 'johndoe',
    send: {},
    position: null,
    untrimmedMarker: '.video-js [role="dialog"][aria-label="Caption Settings Dialog"]',
  },
  {
    frontEnd: 'ember',
    connectable: 'person1',
    pending: 'janesmith',
    send: { email: EMAIL },
    position: 'Data Engineer',
    untrimmedMarker: 'div#licenses_and_certifications',
  },
] as const;

async function open(frontEnd: 'sdui' | 'ember'): Promise<ReplaySession> {
  return openReplaySession(browser, { scenario: 'demo', frontEnd, overrides: { untrimmedProfiles: true } });
}

/** The page the last action left open is an untrimmed profile (not the trimmed fixture of that state). */
async function expectUntrimmed(s: ReplaySession, marker: string): Promise<void> {
  const page: Page = await s.page();
  expect(await page.locator(marker).count(), `untrimmed marker ${marker} on ${page.url()}`).toBeGreaterThan(
    0,
  );
}

describe.each(CASES)('profile actions on the untrimmed page ($frontEnd)', (c) => {
  it('st.checkConnectionStatus reads notConnected and pending through all the decoys', async () => {
    const s = await open(c.frontEnd);
    try {
      expect(await runHandler(checkConnectionStatus, s, { subject: person(c.connectable) })).toEqual({
        kind: 'success',
        data: { connectionStatus: 'notConnected' },
      });
      await expectUntrimmed(s, c.untrimmedMarker);
      expect(await runHandler(checkConnectionStatus, s, { subject: person(c.pending) })).toEqual({
        kind: 'success',
        data: { connectionStatus: 'pending' },
      });
      await expectUntrimmed(s, c.untrimmedMarker);
      expect(s.replay.effects()).toEqual([]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('st.openPersonPage returns basicInfo of the top-card person, not of a rail or post person', async () => {
    const s = await open(c.frontEnd);
    try {
      const out = await runHandler(openPersonPage, s, {
        subject: person(c.connectable),
        params: { basicInfo: true },
      });
      expect(out.kind).toBe('success');
      await expectUntrimmed(s, c.untrimmedMarker);
      const { data } = out as { data: Record<string, unknown> };
      const who = s.replay.people().find((p) => p.person === c.connectable);
      expect(data.name).toBe(who?.name);
      expect(data.publicUrl).toBe(`https://www.linkedin.com/in/${c.connectable}`);
      expect(typeof data.headline).toBe('string');
      expect(data.countryCode).toMatch(/^[A-Z]{2}$/);
      expect(data.position).toBe(c.position);
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('st.sendConnectionRequest sends exactly one invitation without a note', async () => {
    const s = await open(c.frontEnd);
    try {
      const out = await runHandler(sendConnectionRequest, s, {
        subject: person(c.connectable),
        params: { ...c.send },
      });
      expect(out).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'invitation', person: c.connectable, ...c.send }]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('st.sendConnectionRequest with a note, then st.withdrawConnectionRequest on the pending page', async () => {
    const s = await open(c.frontEnd);
    try {
      const sent = await runHandler(sendConnectionRequest, s, {
        subject: person(c.connectable),
        params: { note: NOTE, ...c.send },
      });
      expect(sent).toEqual({ kind: 'success' });
      const withdrawn = await runHandler(withdrawConnectionRequest, s, {
        subject: person(c.connectable),
        params: { unfollow: false },
      });
      expect(withdrawn).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([
        { type: 'invitation', person: c.connectable, note: NOTE, ...c.send },
        { type: 'withdrawal', person: c.connectable },
      ]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('st.withdrawConnectionRequest withdraws an invitation that was pending already', async () => {
    const s = await open(c.frontEnd);
    try {
      expect(
        await runHandler(withdrawConnectionRequest, s, {
          subject: person(c.pending),
          params: { unfollow: false },
        }),
      ).toEqual({ kind: 'success' });
      expect(s.replay.effects()).toEqual([{ type: 'withdrawal', person: c.pending }]);
      expect(s.replay.unhandled()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.sendConnectionRequest on the untrimmed SDUI page, the invite dialog in each shape', () => {
  // A plain role="dialog" / alertdialog with aria-modal sits in the same document as the video players'
  // hidden role="dialog" elements: the dialog must be found by its own marks, never as "a dialog".
  it.each(['interop-shadow-root', 'preload-iframe', 'dialog', 'alertdialog'] as const)(
    '%s: sends once, with a note',
    async (inviteDialog) => {
      const s = await openReplaySession(browser, {
        scenario: 'demo',
        frontEnd: 'sdui',
        overrides: { untrimmedProfiles: true, inviteDialog },
      });
      try {
        const out = await runHandler(sendConnectionRequest, s, {
          subject: person('person2'),
          params: { note: NOTE },
        });
        expect(out).toEqual({ kind: 'success' });
        expect(s.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note: NOTE }]);
        expect(s.replay.unhandled()).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );
});
