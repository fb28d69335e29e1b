// A message's identity in the store: LinkedIn's own id (the event urn) when the page exposes one, else a
// stable hash. The hash leaves the shown time out on purpose: LinkedIn shows relative times ("now",
// "10:42 AM", "Mon") that change from one read to the next, so they would make the same message new
// again. Two messages of the same sender with the same text in one conversation are told apart by their
// occurrence (1st, 2nd, …) in page order.
import { createHash } from 'node:crypto';
import { messageKey } from '../../../selectors/linkedin/cards/message-event.ts';

export interface IdentifiedMessage {
  id: string;
  sender: 'us' | 'them';
  text: string;
}

export function hashedMessageId(
  conversation: string,
  sender: 'us' | 'them',
  text: string,
  occurrence: number,
): string {
  const h = createHash('sha256')
    .update(JSON.stringify([conversation, sender, messageKey(text), occurrence]))
    .digest('hex');
  return `h:${h.slice(0, 32)}`;
}

/** Identities of a conversation's messages in page order (`urn` wins when present). */
export function identifyMessages(
  conversation: string,
  events: ReadonlyArray<{ other: boolean; body: string; urn?: string | null }>,
): IdentifiedMessage[] {
  const seen = new Map<string, number>();
  return events
    .filter((e) => e.body.trim() !== '')
    .map((e) => {
      const sender = e.other ? 'them' : 'us';
      const k = `${sender}\u0000${messageKey(e.body)}`;
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return {
        id: e.urn ? e.urn : hashedMessageId(conversation, sender, e.body, n),
        sender,
        text: e.body.trim(),
      };
    });
}
