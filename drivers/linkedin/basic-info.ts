// st.openPersonPage's `basicInfo`: what the profile's top card (and About / Experience cards) shows about its owner, in
// Linked API's field names, `null` wherever the page does not show it. Read-only.
import { sel, type Descriptor } from '../../selectors/linkedin/index.ts';
import { phraseTableFor } from '../../selectors/linkedin/locales/index.ts';
import { matchPattern, normalizeText } from '../../selectors/linkedin/text.ts';
import { findIn, type Found } from './linkedin-page.ts';
import type { Reading } from './page-state.ts';
import type { LinkedInSession } from './session.ts';
import {
  isHashedProfileId,
  LINKEDIN_ORIGIN,
  profileIdFromUrl,
  profileUrlOf,
} from '../../selectors/url/linkedin-url.ts';

export interface BasicInfo {
  name: string | null;
  publicUrl: string | null;
  hashedUrl: string | null;
  headline: string | null;
  location: string | null;
  countryCode: string | null;
  position: string | null;
  about: string | null;
  companyName: string | null;
  companyHashedUrl: string | null;
  followersCount: number | null;
  urn: string | null;
}

/** What `d` names on the profile; a lookup that fails (page changing) reads as absent. */
function texts(s: LinkedInSession, d: Descriptor, r: Reading): Promise<Found | null> {
  return findIn(s, d, r.ctx).catch(() => null);
}

async function firstText(s: LinkedInSession, d: Descriptor, r: Reading): Promise<string | null> {
  const hit = await texts(s, d, r);
  if (!hit) return null;
  const t = normalizeText(await hit.first.innerText({ timeout: s.timeouts.actionMs }).catch(() => ''));
  return t === '' ? null : t;
}

const regionCache = new Map<string, Map<string, string>>();

/** Country name (as the UI language writes it) → ISO 3166 alpha-2, from ICU's own region names. */
function regionsFor(locale: string): Map<string, string> {
  let m = regionCache.get(locale);
  if (m) return m;
  m = new Map();
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    names = undefined;
  }
  if (names) {
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        let n: string | undefined;
        try {
          n = names.of(code);
        } catch {
          n = undefined;
        }
        if (n && n !== code) m.set(normalizeText(n).toLowerCase(), code);
      }
    }
  }
  regionCache.set(locale, m);
  return m;
}

/** The country of a LinkedIn location line ("Lisbon, Lisbon, Portugal" → PT); null when not a known country. */
export function countryCodeOf(location: string | null, locale: string | null): string | null {
  if (!location) return null;
  const last = normalizeText(location.split(',').pop()).toLowerCase();
  if (last === '') return null;
  for (const l of [locale ?? 'en', 'en']) {
    const code = regionsFor(l).get(last);
    if (code) return code;
  }
  return null;
}

function parseCount(text: string): number | null {
  const digits = text.replace(/[^\d]/g, '');
  if (digits === '') return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

function memberUrn(r: Reading): string | null {
  const top = r.signals.topCard;
  if (!top) return null;
  if (top.memberId && /^\d+$/.test(top.memberId)) return `urn:li:member:${top.memberId}`;
  for (const c of [...top.row, ...top.other]) {
    const m =
      /urn:li:member:(\d+)/.exec(c.componentKey ?? '') ?? /urn%3Ali%3Amember%3A(\d+)/.exec(c.href ?? '');
    if (m) return `urn:li:member:${m[1]}`;
  }
  return null;
}

export async function readBasicInfo(s: LinkedInSession, r: Reading): Promise<BasicInfo> {
  const person = r.state.person;
  const top = r.signals.topCard;
  const phrases = phraseTableFor(r.state.locale);

  // Public URL: the vanity from the address, else a non-hashed vanity of the top card's own links.
  const fromUrl = profileIdFromUrl(r.url);
  const vanity =
    [fromUrl, person?.vanity, ...(top?.vanities ?? [])].find(
      (v) => v && !isHashedProfileId(v) && v !== 'me',
    ) ?? null;
  const profileId =
    person?.profileId ?? top?.profileId ?? (fromUrl && isHashedProfileId(fromUrl) ? fromUrl : null);

  let companyName: string | null = null;
  const company = await texts(s, sel.profile.company, r);
  if (company) {
    for (let i = 0; i < Math.min(company.count, 4) && companyName === null; i++) {
      const el = company.all.nth(i);
      const label = await el.getAttribute('aria-label').catch(() => null);
      if (label) {
        const name = phrases ? matchPattern(label, phrases.currentCompanyLabel) : null;
        if (name) companyName = normalizeText(name);
      } else {
        const t = normalizeText(await el.innerText({ timeout: s.timeouts.actionMs }).catch(() => ''));
        if (t) companyName = t;
      }
    }
  }

  let companyHashedUrl: string | null = null;
  const link = await texts(s, sel.profile.companyLink, r);
  if (link) {
    const href = await link.first.getAttribute('href').catch(() => null);
    const m = href ? /\/company\/(\d+)/.exec(href) : null;
    if (m) companyHashedUrl = `${LINKEDIN_ORIGIN}/company/${m[1]}`;
  }

  const followersText = await firstText(s, sel.profile.followers, r);
  // Position: the title of the first role of the first Experience entry (for a company with several
  // roles, its first nested role — not the bold company name), whatever language or dates it shows.
  // Ember renders the card with the page. SDUI loads it lazily (a `…ExperienceTopLevelSection` card) and
  // none of our saved SDUI pages has it, so its inner structure is unknown: no descriptor candidate
  // matches there and `position` stays null rather than guessed from the headline.
  const position = await firstText(s, sel.profile.experience.roleTitle, r);
  const location = person?.location ?? null;
  return {
    name: person?.name ?? null,
    publicUrl: vanity ? profileUrlOf(vanity) : null,
    hashedUrl: profileId ? profileUrlOf(profileId) : null,
    headline: person?.headline ?? null,
    location,
    countryCode: countryCodeOf(location, r.state.locale),
    position,
    about: await firstText(s, sel.profile.about, r),
    companyName,
    companyHashedUrl,
    followersCount: followersText ? parseCount(followersText) : null,
    urn: memberUrn(r),
  };
}
