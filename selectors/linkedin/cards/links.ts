// Facts of a card's links: the person (`/in/<vanity>`), company or newsletter a link points to, the
// URL in LinkedIn's normalised form, the member URN. Pure string work.
import { profileIdFromUrl, slugFromUrl } from '../../url/linkedin-url.ts';
import type { RawCard } from './raw-card.ts';

// URL identity is the URL module's (selectors/url/linkedin-url.ts); these name it for card parsers.
export { LINKEDIN_ORIGIN, toLinkedInUrl } from '../../url/linkedin-url.ts';

/** The decoded `/in/<id>` of a link, or null. */
export function vanityOf(href: string): string | null {
  return profileIdFromUrl(href) ?? null;
}

/** The lower-cased `/company/<slug>` or `/newsletters/<slug>` of a link, or null. */
export function slugOf(href: string, segment: 'company' | 'newsletters'): string | null {
  return slugFromUrl(href, segment);
}

/** `urn:li:member:<id>` of the first member id the card carries, or null. */
export function memberUrnOf(raw: RawCard): string | null {
  return raw.memberIds[0] ? `urn:li:member:${raw.memberIds[0]}` : null;
}

/** Does the card link to the profile `vanity` (case-insensitive)? */
export function linksToVanity(raw: RawCard, vanity: string): boolean {
  const v = vanity.toLowerCase();
  return raw.links.some((l) => (vanityOf(l.href) ?? '').toLowerCase() === v);
}
