// Page kinds from LinkedIn URLs (any origin: linkedin.com, a fixture server, or a saved page's --url).
// Pure string work; the strongest language-free signal the classifier has. Which member a URL names
// (vanity, hashed id, comparison) is ../url/linkedin-url.ts.
import { profileIdFromUrl } from '../url/linkedin-url.ts';

export type UrlPage =
  | 'profile'
  | 'search'
  | 'messaging'
  | 'invitationManager'
  | 'connections'
  | 'feed'
  | 'notFound'
  | 'login'
  | 'authwall'
  | 'checkpoint'
  | 'salesLead'
  | 'salesSearch'
  | 'salesCompany'
  | 'salesOther'
  | 'preloadInvite'
  /** A LinkedIn surface outside the doctor vocabulary (My Network "Grow", company, jobs, …). */
  | 'other'
  | null;

export interface UrlFacts {
  page: UrlPage;
  path: string;
  /** Decoded `/in/<vanity>` (null for `/in/me`, `/in/unavailable` and non-profile URLs). */
  vanity: string | null;
  /** `/in/me/` — the account's own profile. */
  me: boolean;
  /** Invitation manager tab from the path. */
  invitationTab: 'sent' | 'received' | null;
}

function pathnameOf(url: string): string {
  try {
    return new URL(url, 'https://www.linkedin.com').pathname;
  } catch {
    return '';
  }
}

export function urlFacts(url: string | null | undefined): UrlFacts {
  const path = url ? pathnameOf(url) : '';
  const facts: UrlFacts = { page: null, path, vanity: null, me: false, invitationTab: null };
  if (!path || /^about:/.test(url ?? '')) return facts;
  const p = path.toLowerCase();
  if (
    /^\/(checkpoint|challenge)\//.test(p) ||
    p === '/checkpoint' ||
    /^\/uas\/consumer-email-challenge/.test(p)
  ) {
    facts.page = 'checkpoint';
  } else if (/^\/(login|uas\/login|signup|uas\/login-submit)(\/|$)/.test(p)) {
    facts.page = 'login';
  } else if (/^\/authwall(\/|$)/.test(p)) {
    facts.page = 'authwall';
  } else if (/^\/in\/unavailable\/?$/.test(p) || /^\/404(\/|$)/.test(p) || /\/404\/?$/.test(p)) {
    facts.page = 'notFound';
  } else if (/^\/in\/[^/]+/.test(path)) {
    facts.page = 'profile';
    const v = profileIdFromUrl(path) ?? '';
    if (v.toLowerCase() === 'me') facts.me = true;
    else facts.vanity = v;
  } else if (/^\/search\/results\//.test(p)) {
    facts.page = 'search';
  } else if (/^\/messaging(\/|$)/.test(p)) {
    facts.page = 'messaging';
  } else if (/^\/mynetwork\/invitation-manager(\/|$)/.test(p)) {
    facts.page = 'invitationManager';
    facts.invitationTab = /\/sent(\/|$)/.test(p) ? 'sent' : 'received';
  } else if (/^\/mynetwork\/invite-connect\/connections(\/|$)/.test(p)) {
    facts.page = 'connections';
  } else if (/^\/feed(\/|$)/.test(p) || p === '/') {
    facts.page = p === '/' ? null : 'feed';
  } else if (/^\/sales\/lead\//.test(p) || /^\/sales\/people\//.test(p)) {
    facts.page = 'salesLead';
  } else if (/^\/sales\/company\/[0-9]+\/?$/.test(p)) {
    facts.page = 'salesCompany';
  } else if (/^\/sales\/search\//.test(p)) {
    facts.page = 'salesSearch';
  } else if (/^\/sales(\/|$)/.test(p)) {
    facts.page = 'salesOther';
  } else if (/^\/preload\/(search-)?custom-invite\//.test(p)) {
    facts.page = 'preloadInvite';
  } else if (
    /^\/(mynetwork|company|school|showcase|jobs|notifications|groups|events|newsletters|posts|pulse|analytics|premium|settings|psettings|learning|help)(\/|$)/.test(
      p,
    )
  ) {
    facts.page = 'other';
  }
  return facts;
}
