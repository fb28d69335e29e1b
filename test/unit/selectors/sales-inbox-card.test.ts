// The Sales Navigator inbox list's items as data: the thread from the item link, the snippet after the
// name, the sender from the snippet's "You: " prefix (else the other person), never a non-thread link.
import { describe, expect, it } from 'vitest';
import { parseSalesInboxCard, salesThreadIdFromUrl } from '../../../selectors/salesnav/inbox-card.ts';

const href = 'https://www.linkedin.com/sales/inbox/2-U2FsZXNUaHJlYWQtYXZlcnktcXVpbm4=';

describe('parseSalesInboxCard', () => {
  it('reads the thread, name, sender and text', () => {
    expect(
      parseSalesInboxCard({ href, name: 'Avery Quinn', text: 'Avery Quinn\n  You: Thanks for the call' }),
    ).toEqual({
      threadId: '2-U2FsZXNUaHJlYWQtYXZlcnktcXVpbm4=',
      name: 'Avery Quinn',
      sender: 'us',
      text: 'Thanks for the call',
    });
    expect(
      parseSalesInboxCard({ href, name: 'Avery Quinn', text: 'Avery Quinn Happy to chat' }),
    ).toMatchObject({
      sender: 'them',
      text: 'Happy to chat',
    });
    expect(
      parseSalesInboxCard({ href, name: 'Avery Quinn', text: 'Avery Quinn Avery: Sure: 3pm' }),
    ).toMatchObject({ sender: 'them', text: 'Sure: 3pm' });
    // a colon that names no one stays part of the text
    expect(
      parseSalesInboxCard({ href, name: 'Avery Quinn', text: 'Avery Quinn Agenda: pricing' }),
    ).toMatchObject({
      sender: 'them',
      text: 'Agenda: pricing',
    });
  });

  it('skips items without a thread link or without a message', () => {
    expect(parseSalesInboxCard({ href: null, name: 'A', text: 'A hi' })).toBeNull();
    expect(
      parseSalesInboxCard({ href: 'https://www.linkedin.com/sales/inbox/', name: 'A', text: 'A hi' }),
    ).toBeNull();
    expect(parseSalesInboxCard({ href, name: 'Avery Quinn', text: 'Avery Quinn' })).toBeNull();
    expect(salesThreadIdFromUrl('https://www.linkedin.com/messaging/thread/2-abc/')).toBeNull();
    expect(salesThreadIdFromUrl('not a url')).toBeNull();
  });
});
