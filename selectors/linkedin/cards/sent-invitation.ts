// A card of the invitation manager's Sent tab (../shared/spec/linkedin-dom.md A15) → the pending invitation
// it shows. Structure first (the profile link, the order of lines), phrase tables second ("Sent 2 weeks
// ago").
import { escapeRegExp, matchPattern, normalizeText } from '../text.ts';
import { memberUrnOf, toLinkedInUrl, vanityOf } from './links.ts';
import type { CardContext, RawCard } from './raw-card.ts';

export interface SentInvitation {
  name: string | null;
  publicUrl: string | null;
  vanity: string | null;
  headline: string | null;
  /** "2 weeks ago" as the card says it, without the "Sent" word. */
  sentTime: string | null;
  urn: string | null;
}

export function parseSentInvitation(raw: RawCard, c: CardContext): SentInvitation {
  const p = c.phrases;
  const link = raw.links.find((l) => vanityOf(l.href) !== null);
  const vanity = link ? vanityOf(link.href) : null;
  const sentPatterns = p?.sentAgo ?? [];
  const isSent = (line: string): boolean => matchPattern(line, sentPatterns) !== null;
  const sentLine = raw.lines.find(isSent) ?? null;
  const textLines = raw.lines.filter((l) => l !== sentLine);
  // The name is the link's own first line when the link holds text (SDUI: name, headline, time all sit
  // in the link; Ember: the name link holds only the name).
  const name = textLines[0] ?? link?.imgAlt ?? null;
  const headline = textLines.find((l, i) => i > 0 && l !== name) ?? null;
  let sentTime: string | null = null;
  if (sentLine) {
    let t = normalizeText(sentLine);
    for (const w of p?.sentWord ?? [])
      t = t.replace(new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`, 'u'), ' ');
    sentTime = normalizeText(t) || null;
  }
  return {
    name: name ? normalizeText(name) : null,
    publicUrl: link ? toLinkedInUrl(link.href, c.origin) : null,
    vanity,
    headline: headline ? normalizeText(headline) : null,
    sentTime,
    urn: memberUrnOf(raw),
  };
}

/** One invitation per person, across batches. */
export function sentInvitationKey(inv: SentInvitation): string {
  return inv.publicUrl ?? `${inv.name}|${inv.headline}`;
}
