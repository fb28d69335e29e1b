// The control endpoints for conversations: GET /__linkwright/people lists the scenario's people, and
// POST /__linkwright/incoming delivers a message from one of them into the recorded inbox — it shows in
// their thread (the fixture's own thread for person4, a thread of their own for anyone else) and at the
// top of the conversation list, unread until that thread is shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../fixtures/replay/http-server.ts';
import { salesThreadIdOf } from '../../fixtures/replay/salesnav-pages.ts';

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({ scenario: 'demo' });
});
afterAll(async () => {
  await server?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
const page = async (path: string) => (await fetch(`${server.url}${path}`)).text();
/** Thread hrefs of the conversation list, in order. */
const listHrefs = (html: string) =>
  [...html.matchAll(/msg-conversations-container__convo-item-link" href="([^"]+)"/g)].map((m) => m[1]);
const DANA = '2-Rml4dHVyZVRocmVhZDAwMQ==';

describe('control endpoints for conversations', () => {
  it('GET /__linkwright/people lists the scenario people with their URLs', async () => {
    const people = (await (await fetch(`${server.url}/__linkwright/people`)).json()) as Array<
      Record<string, unknown>
    >;
    const p4 = people.find((p) => p.person === 'person4');
    expect(p4).toMatchObject({
      name: 'Dana Whitfield',
      publicUrl: 'https://www.linkedin.com/in/person4',
    });
    expect(String(p4?.hashedUrl)).toMatch(/^https:\/\/www\.linkedin\.com\/in\/ACoAA/);
    expect(String(p4?.salesLeadUrl)).toMatch(
      /^https:\/\/www\.linkedin\.com\/sales\/lead\/ACwAA[A-Za-z0-9_-]+,NAME_SEARCH,[A-Za-z0-9_-]+$/,
    );
  });

  it('POST /__linkwright/incoming with via salesNavigator: the message tops the Sales Navigator inbox only', async () => {
    await post('/__linkwright/reset', {});
    const before = await page('/messaging/');
    expect(
      (await post('/__linkwright/incoming', { person: 'person4', text: 'Ping <SN>', via: 'salesNavigator' }))
        .status,
    ).toBe(200);
    expect(
      (await post('/__linkwright/incoming', { person: 'person4', text: 'x', via: 'carrierPigeon' })).status,
    ).toBe(400);
    const sales = await page('/sales/inbox/');
    const items = [...sales.matchAll(/data-x--inbox-conversation-item><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(items).toEqual([`/sales/inbox/${salesThreadIdOf('person4')}`]);
    expect(sales).toContain('Ping &lt;SN&gt;');
    expect(await page('/messaging/')).toBe(before); // the standard inbox is untouched
  });

  it('POST /__linkwright/incoming: the message shows in the thread and on top of the list', async () => {
    await post('/__linkwright/reset', {});
    expect((await post('/__linkwright/incoming', { person: 'person4', text: 'Ping from Dana' })).status).toBe(
      200,
    );
    expect((await post('/__linkwright/incoming', { person: 'person1', text: 'Hello <Morgan>' })).status).toBe(
      200,
    );
    const inbox = await page('/messaging/');
    const hrefs = listHrefs(inbox);
    // person1 wrote last: a new conversation first; Dana's moved up; the fixture's others follow.
    expect(hrefs).toHaveLength(4);
    expect(hrefs[1]).toBe(`/messaging/thread/${DANA}/`);
    expect(inbox).toContain('Priya: Hello &lt;Morgan&gt;');
    expect(inbox).toContain('Dana: Ping from Dana');
    expect(inbox.match(/msg-conversation-card--unread/g)).toHaveLength(1); // /messaging/ opened Dana's
    const p1 = await page(hrefs[0]!);
    expect(p1).toContain('Hello &lt;Morgan&gt;');
    expect(p1).not.toContain('Thanks Dana, talk soon!'); // only person1's own conversation
    expect(p1).not.toContain('msg-conversation-card--unread');
    const dana = await page(`/messaging/thread/${DANA}/`);
    expect(dana.lastIndexOf('Thanks Dana, talk soon!')).toBeLessThan(
      dana.lastIndexOf('<p class="msg-s-event-listitem__body t-14 t-black--light t-normal">Ping from Dana'),
    );
    // incoming messages are not effects of the worker
    expect(await (await fetch(`${server.url}/__linkwright/effects`)).json()).toEqual([]);
  });

  it('rejects unknown people and bad bodies', async () => {
    expect((await post('/__linkwright/incoming', { person: 'nobody', text: 'x' })).status).toBe(404);
    expect((await post('/__linkwright/incoming', { person: 'person4' })).status).toBe(400);
    expect((await fetch(`${server.url}/__linkwright/incoming`)).status).toBe(405);
    await post('/__linkwright/reset', {});
    expect(listHrefs(await page('/messaging/'))).toHaveLength(3);
  });
});
