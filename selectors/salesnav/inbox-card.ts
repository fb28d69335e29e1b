// Conversations of the Sales Navigator inbox list (/sales/inbox/) as pure functions: the driver reads each
// list item once (`RawSalesInboxCard`) and nv.syncInbox decides with these. The snippet is the
// conversation's newest message; the account's own is prefixed "You: " (NOT VERIFIED: no real capture of
// this list exists — see fixtures/linkedin/salesnav-inbox meta.json), anything else is the other person's
// (a Sales Navigator conversation has one other participant), with or without a "<First>: " prefix.

export interface RawSalesInboxCard {
  /** The item link's href (absolute, as the page resolves it). */
  href: string | null;
  /** The `data-anonymize="person-name"` text. */
  name: string;
  /** The whole link text: the name followed by the snippet. */
  text: string;
}

export interface SalesInboxCard {
  threadId: string;
  name: string;
  sender: 'us' | 'them';
  /** The newest message as the snippet shows it (Sales Navigator may shorten long ones). */
  text: string;
}

/** The account's own prefix per locale. */
const OWN_PREFIXES = ['You', 'Sie', 'Vous', 'Tú', 'Você'];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The thread id of a `/sales/inbox/<id>` address (decoded), or null for any other address. */
export function salesThreadIdFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /^\/sales\/inbox\/([^/]+)\/?$/.exec(path);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

/** An item as data; null when it links to no thread or shows no message. */
export function parseSalesInboxCard(raw: RawSalesInboxCard): SalesInboxCard | null {
  const threadId = raw.href ? salesThreadIdFromUrl(raw.href) : null;
  if (!threadId) return null;
  const name = squash(raw.name);
  let snippet = squash(raw.text);
  if (name && snippet.startsWith(name)) snippet = snippet.slice(name.length).trim();
  if (!snippet) return null;
  const m = /^([^:]{1,60}):\s+([\s\S]*)$/.exec(snippet);
  if (m) {
    const who = m[1]!.trim();
    if (OWN_PREFIXES.includes(who)) return { threadId, name, sender: 'us', text: m[2]! };
    if (name === who || name.split(' ')[0] === who) return { threadId, name, sender: 'them', text: m[2]! };
  }
  return { threadId, name, sender: 'them', text: snippet };
}
