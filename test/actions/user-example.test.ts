// The user's own example from issue 5, through the validator and the engine with the real handlers, on
// the demo scenario of the recorded LinkedIn: the completion and the effects, exactly.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openReplaySession, runWorkflowOn } from '../support/replay-session.ts';

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the user's example (issue 5)", () => {
  it.each(['sdui', 'ember'] as const)(
    'connects with note and email, withdraws and unfollows, lists the pending (%s)',
    async (frontEnd) => {
      const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
      try {
        const out = await runWorkflowOn(s, [
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
        ]);
        expect(out.status).toBe('completed');
        const completion = (out as { completion: unknown[] }).completion;
        expect(completion[0]).toEqual({ actionType: 'st.sendConnectionRequest', success: true });
        expect(completion[1]).toEqual({ actionType: 'st.withdrawConnectionRequest', success: true });
        const pending = completion[2] as {
          actionType: string;
          success: boolean;
          data: Record<string, unknown>[];
        };
        expect(pending.success).toBe(true);
        expect(pending.data.map(({ name, publicUrl, headline }) => ({ name, publicUrl, headline }))).toEqual([
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
        for (const item of pending.data) {
          expect(Object.keys(item).sort()).toEqual(['headline', 'name', 'publicUrl', 'sentTime', 'urn']);
          expect(item.sentTime).toMatch(/ago$/);
        }
        expect(s.replay.effects()).toEqual([
          { type: 'invitation', person: 'person1', note: NOTE, email: 'example1@gmail.com' },
          { type: 'withdrawal', person: 'person1' },
          { type: 'unfollow', person: 'person1' },
        ]);
        expect(s.replay.unhandled()).toEqual([]);
      } finally {
        await s.close();
      }
    },
  );

  it('echoes the label and names the email gate when person1 gets no email', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.sendConnectionRequest',
        label: 'person1',
        personUrl: 'https://www.linkedin.com/in/person1',
        note: NOTE,
      });
      expect(out).toEqual({
        status: 'completed',
        completion: {
          actionType: 'st.sendConnectionRequest',
          label: 'person1',
          success: false,
          error: {
            type: 'emailRequired',
            message: 'The person requires an email address to send a connection request.',
          },
        },
      });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('runs openPersonPage with basicInfo as a parent of checkConnectionStatus and sendConnectionRequest', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'sdui' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.openPersonPage',
        personUrl: 'https://www.linkedin.com/in/person2',
        basicInfo: true,
        then: [
          { actionType: 'st.checkConnectionStatus' },
          { actionType: 'st.sendConnectionRequest', note: 'Hello!' },
          { actionType: 'st.checkConnectionStatus' },
        ],
      });
      expect(out.status).toBe('completed');
      const c = (out as { completion: { success: boolean; data: Record<string, unknown> } }).completion;
      expect(c.success).toBe(true);
      expect(c.data).toMatchObject({
        publicUrl: 'https://www.linkedin.com/in/person2',
        countryCode: expect.any(String),
      });
      expect(typeof c.data.name).toBe('string');
      expect(typeof c.data.headline).toBe('string');
      for (const k of [
        'name',
        'publicUrl',
        'hashedUrl',
        'headline',
        'location',
        'countryCode',
        'position',
        'about',
        'companyName',
        'companyHashedUrl',
        'followersCount',
        'urn',
      ]) {
        expect(c.data).toHaveProperty(k);
      }
      expect(c.data.then).toEqual([
        { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'notConnected' } },
        { actionType: 'st.sendConnectionRequest', success: true },
        { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'pending' } },
      ]);
      expect(s.replay.effects()).toEqual([{ type: 'invitation', person: 'person2', note: 'Hello!' }]);
    } finally {
      await s.close();
    }
  });
});
