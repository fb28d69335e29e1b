// Cards of the messaging page's conversation list (linkedin-dom A17) as pure functions: the driver reads
// each `li.msg-conversation-listitem` once (`RawConversationCard`) and st.syncInbox decides with these.
// The snippet is the conversation's newest message, prefixed by who wrote it ("You: …" for the account,
// "<First>: …" for the other person).
import { threadIdFromUrl } from '../../url/linkedin-url.ts';
import { normalizeText } from '../text.ts';

export interface RawConversationCard {
  /** The card link's href (absolute, as the page resolves it). */
  href: string | null;
  /** `.msg-conversation-card__participant-names`. */
  name: string;
  /** `time.msg-conversation-card__time-stamp` as shown ("10:42 AM", "Mon", "now"). */
  time: string;
  /** `.msg-conversation-card__message-snippet`. */
  snippet: string;
  /** The card carries an unread marker. */
  unread: boolean;
}

export interface ConversationCard {
  threadId: string;
  name: string;
  shownTime: string | null;
  /** Who wrote the newest message; null when the snippet names no one we recognise. */
  sender: 'us' | 'them' | null;
  /** The newest message as the snippet shows it (LinkedIn may shorten long ones). */
  text: string;
  unread: boolean;
}

/** The account's own prefix per locale (the other person's is their first name). */
const OWN_PREFIXES = ['You', 'Sie', 'Vous', 'Tú', 'Você'];

/** A card as data; null when it links to no thread (an ad or a placeholder). */
export function parseConversationCard(raw: RawConversationCard): ConversationCard | null {
  const threadId = raw.href ? threadIdFromUrl(raw.href) : null;
  if (!threadId) return null;
  const name = normalizeText(raw.name);
  const snippet = normalizeText(raw.snippet);
  const m = /^([^:]{1,60}):\s+([\s\S]*)$/.exec(snippet);
  let sender: ConversationCard['sender'] = null;
  let text = snippet;
  if (m) {
    const who = m[1]!.trim();
    if (OWN_PREFIXES.includes(who)) sender = 'us';
    else if (name.split(' ')[0] === who || name === who) sender = 'them';
    if (sender) text = m[2]!;
  }
  return {
    threadId,
    name,
    shownTime: normalizeText(raw.time) || null,
    sender,
    text,
    unread: raw.unread,
  };
}
