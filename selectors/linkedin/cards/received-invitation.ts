// A card of the invitation manager's Received tab (../shared/spec/linkedin-dom.md A15) → the invitation it
// shows: a connection request, a page-follow or a newsletter invitation. The type comes from the links
// (structure); names from the Accept/Ignore labels and "invited you to follow" lines (phrase tables).
import { matchPattern, normalizeText } from '../text.ts';
import { memberUrnOf, slugOf, toLinkedInUrl, vanityOf } from './links.ts';
import type { CardContext, RawCard } from './raw-card.ts';

export type InvitationType = 'connect' | 'companyFollow' | 'newsletterSubscribe';

export interface ReceivedInvitation {
  invitationType: InvitationType;
  name: string | null;
  publicUrl: string | null;
  vanity: string | null;
  urn: string | null;
  headline?: string | null;
  note?: string | null;
  companyUrl?: string | null;
  companyName?: string | null;
  companySlug?: string | null;
  newsletterUrl?: string | null;
  newsletterName?: string | null;
  newsletterSlug?: string | null;
}

/** Which invitation to look for. */
export interface InvitationTarget {
  invitationType: InvitationType;
  /** Vanity (connect), company slug, or newsletter slug — compared case-insensitively. */
  id: string;
}

/** `note` is the card's invitation message, read separately (it may need expanding first). */
export function parseReceivedInvitation(
  raw: RawCard,
  note: string | null,
  c: CardContext,
): ReceivedInvitation {
  const p = c.phrases;
  const company = raw.links.find((l) => slugOf(l.href, 'company') !== null);
  const newsletter = raw.links.find((l) => slugOf(l.href, 'newsletters') !== null);
  const personLink = raw.links.find((l) => vanityOf(l.href) !== null);
  const vanity = personLink ? vanityOf(personLink.href) : null;
  const urn = memberUrnOf(raw);
  const publicUrl = personLink ? toLinkedInUrl(personLink.href, c.origin) : null;
  const senderFromText = (patterns: readonly RegExp[]): string | null => {
    for (const line of raw.lines) {
      const m = matchPattern(line, patterns);
      if (m) return normalizeText(m);
    }
    return null;
  };
  if (company || newsletter) {
    const link = (company ?? newsletter)!;
    const name =
      senderFromText(company ? (p?.invitedToFollow ?? []) : (p?.invitedToSubscribe ?? [])) ??
      personLink?.imgAlt ??
      (personLink?.text || null);
    const base = { name, publicUrl, vanity, urn };
    return company
      ? {
          invitationType: 'companyFollow',
          ...base,
          companyUrl: toLinkedInUrl(link.href, c.origin),
          companyName: link.text || null,
          companySlug: slugOf(link.href, 'company'),
        }
      : {
          invitationType: 'newsletterSubscribe',
          ...base,
          newsletterUrl: toLinkedInUrl(link.href, c.origin),
          newsletterName: link.text || null,
          newsletterSlug: slugOf(link.href, 'newsletters'),
        };
  }
  // Connect: the name from Accept/Ignore labels (phrase tables), else the link's image alt, else the
  // first line; the headline is the first later line that does not repeat the name (skips "<Name>
  // follows you and is inviting you to connect") and is not the note.
  let name: string | null = null;
  if (p) {
    for (const b of raw.buttons) {
      const m = matchPattern(b.label, p.acceptLabel) ?? matchPattern(b.label, p.ignoreLabel);
      if (m) {
        name = normalizeText(m);
        break;
      }
    }
  }
  name ??= personLink?.imgAlt ?? raw.lines[0] ?? null;
  const lines = raw.lines.map((l) => normalizeText(l));
  const at = name ? lines.findIndex((l) => l === name) : -1;
  const headline =
    lines.find(
      (l, i) =>
        i > at &&
        name !== null &&
        !l.includes(name) &&
        l !== note &&
        !(note && note.startsWith(l.replace(/…$/, ''))),
    ) ?? null;
  return { invitationType: 'connect', name, publicUrl, vanity, urn, headline, note };
}

/** One invitation per sender and subject, across batches (the note does not take part). */
export function receivedInvitationKey(inv: ReceivedInvitation): string {
  return `${inv.invitationType}|${inv.publicUrl}|${inv.companyUrl ?? ''}|${inv.newsletterUrl ?? ''}`;
}

/** Is `raw` the card of the invitation `t`? A connect target never matches a page/newsletter card. */
export function matchesInvitation(raw: RawCard, t: InvitationTarget): boolean {
  const id = t.id.toLowerCase();
  const company = raw.links.some((l) => slugOf(l.href, 'company') !== null);
  const newsletter = raw.links.some((l) => slugOf(l.href, 'newsletters') !== null);
  switch (t.invitationType) {
    case 'companyFollow':
      return raw.links.some((l) => slugOf(l.href, 'company') === id);
    case 'newsletterSubscribe':
      return raw.links.some((l) => slugOf(l.href, 'newsletters') === id);
    case 'connect':
      return !company && !newsletter && raw.links.some((l) => (vanityOf(l.href) ?? '').toLowerCase() === id);
  }
}
