// st.removeConnection and st.retrieveConnections (with st.doForPeople under it) on the recorded LinkedIn.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation } from '../../src/actions/st/accept-invitation.ts';
import { removeConnection } from '../../src/actions/st/remove-connection.ts';
import { retrieveConnections } from '../../src/actions/st/retrieve-connections.ts';
import {
  launchBrowser,
  openReplaySession,
  person,
  runHandler,
  runWorkflowOn,
} from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['sdui', 'ember'] as const)('st.removeConnection (%s)', (frontEnd) => {
  it('removes person4 through More → Remove connection → confirm; the profile is no longer 1st degree', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      expect(await runHandler(removeConnection, s, { subject: person('person4') })).toEqual({
        kind: 'success',
      });
      expect(s.replay.effects()).toEqual([{ type: 'removal', person: 'person4' }]);
      const again = await runHandler(removeConnection, s, { subject: person('person4') });
      expect(again).toEqual({
        kind: 'failure',
        error: {
          type: 'connectionNotFound',
          message: 'The person is not a 1st-degree connection of the account.',
        },
      });
      expect(s.replay.effects()).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('reports connectionNotFound for pending and unconnected people, personNotFound for a missing one', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd });
    try {
      expect(await runHandler(removeConnection, s, { subject: person('johndoe') })).toMatchObject({
        kind: 'failure',
        error: { type: 'connectionNotFound' },
      });
      expect(await runHandler(removeConnection, s, { subject: person('person2') })).toMatchObject({
        kind: 'failure',
        error: { type: 'connectionNotFound' },
      });
      expect(await runHandler(removeConnection, s, { subject: person('no-such-person-xyz') })).toMatchObject({
        kind: 'failure',
        error: { type: 'personNotFound' },
      });
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

describe('st.retrieveConnections', () => {
  it('lists the connections with person subjects (Ember list)', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'ember' });
    try {
      const out = await runHandler(retrieveConnections, s, { params: { limit: 10 } });
      expect(out.kind).toBe('list');
      const items = (out as { items: { data: Record<string, unknown>; subject?: unknown }[] }).items;
      expect(items.map((i) => i.data.publicUrl)).toEqual(['https://www.linkedin.com/in/person4']);
      expect(items[0]!.data).toEqual({
        name: expect.any(String),
        publicUrl: 'https://www.linkedin.com/in/person4',
        headline: expect.any(String),
        location: null,
        urn: null,
      });
      expect(items[0]!.subject).toEqual({ kind: 'person', personUrl: 'https://www.linkedin.com/in/person4' });
    } finally {
      await s.close();
    }
  });

  it('honours limit, a name filter, `since` (connectedAt) and refuses filters the list cannot apply', async () => {
    // Two accepted invitations make three connections: person4 (months ago), Sofia and Tobias (now).
    const s = await openReplaySession(browser, { scenario: 'received-invitations', frontEnd: 'ember' });
    try {
      for (const v of ['sofia-marquez', 'tobias-weber']) {
        expect(
          await runHandler(acceptInvitation, s, {
            params: { invitationType: 'connect', personUrl: `https://www.linkedin.com/in/${v}` },
          }),
        ).toEqual({ kind: 'success' });
      }
      type Items = { items: { data: Record<string, unknown> }[] };
      const names = (o: unknown) => (o as Items).items.map((i) => i.data.name);
      const all = await runHandler(retrieveConnections, s, { params: { limit: 1000 } });
      expect(names(all).sort()).toEqual(['Dana Whitfield', 'Sofia Marquez', 'Tobias Weber']);
      expect(
        ((await runHandler(retrieveConnections, s, { params: { limit: 2 } })) as Items).items,
      ).toHaveLength(2);
      expect(
        names(await runHandler(retrieveConnections, s, { params: { filter: { firstName: 'sofia' } } })),
      ).toEqual(['Sofia Marquez']);
      expect(
        names(await runHandler(retrieveConnections, s, { params: { filter: { lastName: 'Weber' } } })),
      ).toEqual(['Tobias Weber']);
      const since = new Date(Date.now() - 86_400_000).toISOString();
      const recent = (await runHandler(retrieveConnections, s, { params: { since } })) as Items;
      expect(recent.items.map((i) => i.data.name).sort()).toEqual(['Sofia Marquez', 'Tobias Weber']);
      for (const i of recent.items)
        expect(Date.parse(String(i.data.connectedAt))).toBeGreaterThanOrEqual(Date.parse(since));
      expect(
        await runHandler(retrieveConnections, s, { params: { filter: { schools: ['Somewhere'] } } }),
      ).toEqual({
        kind: 'failure',
        error: { type: 'filterNotApplied', message: 'The connections list cannot be filtered by schools.' },
      });
    } finally {
      await s.close();
    }
  });

  it('fans out through st.doForPeople to each connection', async () => {
    const s = await openReplaySession(browser, { scenario: 'demo', frontEnd: 'ember' });
    try {
      const out = await runWorkflowOn(s, {
        actionType: 'st.retrieveConnections',
        limit: 5,
        then: {
          actionType: 'st.doForPeople',
          then: { actionType: 'st.openPersonPage', then: { actionType: 'st.checkConnectionStatus' } },
        },
      });
      expect(out).toEqual({
        status: 'completed',
        completion: {
          actionType: 'st.retrieveConnections',
          success: true,
          data: [
            {
              name: expect.any(String),
              publicUrl: 'https://www.linkedin.com/in/person4',
              headline: expect.any(String),
              location: null,
              urn: null,
              then: {
                actionType: 'st.openPersonPage',
                success: true,
                data: {
                  then: {
                    actionType: 'st.checkConnectionStatus',
                    success: true,
                    data: { connectionStatus: 'connected' },
                  },
                },
              },
            },
          ],
        },
      });
    } finally {
      await s.close();
    }
  });
});
