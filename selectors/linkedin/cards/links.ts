// Facts of a card's links: the person (`/in/<vanity>`), company or newsletter a link points to, the
// URL in LinkedIn's normalised form, the member URN. Pure string work.
import type { RawCard } from './raw-card.ts';

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The decoded `/in/<id>` of a link, or null. */
export function vanityOf(href: string): string | null {
  const m = /\/in\/([^/?#]+)/.exec(href);
  return m ? decoded(m[1]!) : null;
}

/** The lower-cased `/company/<slug>` or `/newsletters/<slug>` of a link, or null. */
export function slugOf(href: string, segment: 'company' | 'newsletters'): string | null {
  const m = new RegExp(`/${segment}/([^/?#]+)`).exec(href);
  return m ? decoded(m[1]!).toLowerCase() : null;
}

/**
 * Maps a URL seen on the page (absolute on `origin`, or relative) to Linked API's normalised form:
 * `https://www.linkedin.com<path>` without query, hash or trailing slash.
 */
export function toLinkedInUrl(url: string, origin: string): string {
  let u: URL;
  try {
    u = new URL(url, origin.replace(/\/+$/, '') + '/');
  } catch {
    return url;
  }
  return `${LINKEDIN_ORIGIN}${u.pathname.replace(/\/+$/, '')}`;
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
