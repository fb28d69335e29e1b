// LinkedIn URLs as the drivers need them: where to navigate for a given origin (linkedin.com or a
// fixture server), and how to report a URL back in Linked API's normalised form
// (`https://www.linkedin.com/...`, no trailing slash, no query).

import { LINKEDIN_ORIGIN } from '../../selectors/linkedin/cards/links.ts';

// URLs read off list cards are normalised by the pure card parsers; one implementation for both.
export { LINKEDIN_ORIGIN, toLinkedInUrl } from '../../selectors/linkedin/cards/links.ts';

function stripSlash(s: string): string {
  return s.replace(/\/+$/, '');
}

/**
 * The profile identifier (public vanity or hashed `ACoAA…` id) of a `/in/<id>` URL, decoded;
 * undefined when the URL is not a profile URL.
 */
export function profileIdFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, LINKEDIN_ORIGIN).pathname;
  } catch {
    return undefined;
  }
  const m = /^\/in\/([^/]+)/.exec(path);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/** Address of a person's profile on `origin` (with LinkedIn's trailing slash). */
export function profilePageUrl(origin: string, personUrl: string): string {
  const id = profileIdFromUrl(personUrl);
  if (!id) throw new Error('not a LinkedIn profile URL');
  return `${stripSlash(origin)}/in/${encodeURIComponent(id)}/`;
}

/** Any LinkedIn path on `origin`. */
export function pageUrl(origin: string, path: string): string {
  return `${stripSlash(origin)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Normalised public profile URL `https://www.linkedin.com/in/<id>` for a profile id. */
export function normalisedProfileUrl(id: string): string {
  return `${LINKEDIN_ORIGIN}/in/${encodeURIComponent(id)}`;
}

/** True for a hashed member id (`ACoAA…`) rather than a public vanity name. */
export function isHashedProfileId(id: string): boolean {
  return /^ACoAA[A-Za-z0-9_-]{10,}$/.test(id);
}

/** The path of `url` relative to any origin (for URL-pattern page classification). */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

export const INVITATION_MANAGER_SENT_PATH = '/mynetwork/invitation-manager/sent/';
export const INVITATION_MANAGER_RECEIVED_PATH = '/mynetwork/invitation-manager/received/';
export const CONNECTIONS_PATH = '/mynetwork/invite-connect/connections/';
