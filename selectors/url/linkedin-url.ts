// LinkedIn URL identity: which kind of LinkedIn URL a string is, which member, company or post it names,
// and the canonical spellings used to compare, store and report it. The one place that knows LinkedIn's
// URL shapes; the workflow validator, the engine's idempotency keys, the drivers and the selectors all
// read it. Pure string work (WHATWG `URL` only): no I/O, no browser, importable from every layer.
//
// Canonical forms (each has one job; they differ on purpose, see each function):
// - `normalizeLinkedInUrl` / `normalizePersonUrl`: the subject URL a workflow names, as Linked API
//   reports it: `https://www.linkedin.com<path>`, no trailing slash; query and fragment dropped except for
//   comment and search URLs; a profile id decoded, case kept. Input must be a valid workflow URL.
// - `linkedInUrlKey`: the comparison key inside idempotency keys (stored in the journal; must never
//   change): any `*.linkedin.com` host → `www.linkedin.com`, no query / fragment / trailing slash, path
//   segments percent-decoded and NFC, profile / company / school names lower-cased unless hashed.
// - `toLinkedInUrl`: a link seen on a page (relative, or on a fixture origin) reported back as
//   `https://www.linkedin.com<path>`, path as the URL parser encodes it, no query / fragment / slash.
// - `profileUrlOf`: `https://www.linkedin.com/in/<id>` with the id percent-encoded (what the drivers report).
//
// Accepting workflow URLs is decided by ONE regex per kind over the raw string (`urlKindsPattern`); the
// same source is the JSON Schema `pattern`, so schema and validator agree by construction. The regexes
// pin the authority to LinkedIn's hosts (`linkedin.com`, `www.linkedin.com`, two-letter country
// subdomains such as `fr.linkedin.com`), so look-alikes (`linkedin.com.evil.io`, `evil-linkedin.com`,
// `linkedin.co`, `xn--…` homographs, a trailing dot `linkedin.com.`), credentials, ports and non-http
// schemes never match. `http://` is accepted as well as `https://` (the runner never fetches the given
// URL; it goes to its configured origin); scheme and host must be lower-case, as browsers copy them.
// Vanity names may be non-ASCII (`szymon-nędza-31a654250`) or percent-encoded.

/** LinkedIn's canonical origin: every URL linkwright reports is on it. */
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

// ── Workflow URL kinds ──────────────────────────────────────────────────────────────────────────────

export const URL_KINDS = [
  'person',
  'salesPerson',
  'company',
  'companyNumeric',
  'salesCompany',
  'post',
  'comment',
  'job',
  'newsletter',
  'peopleSearch',
  'companySearch',
  'jobSearch',
  'contentSearch',
  'salesPeopleSearch',
  'salesCompanySearch',
] as const;
export type UrlKind = (typeof URL_KINDS)[number];

/** Longest URL we accept; checked before any regex runs so hostile input stays cheap. */
export const MAX_URL_LENGTH = 2048;

const ORIGIN = String.raw`https?://(?:www\.|[a-z]{2}\.)?linkedin\.com`;
const CTRL = String.raw`\s\x00-\x1f\x7f`;
const QUERY = String.raw`(?:\?[^#${CTRL}]*)?`;
const FRAGMENT = String.raw`(?:#[^${CTRL}]*)?`;
const END = `/?${QUERY}${FRAGMENT}`;
// Percent-encoded bytes of non-ASCII characters only: an encoded `/`, `?`, `#` or `.` (%2F, %3F, %23, %2E)
// would decode into a different path.
const PCT = '%[89A-Fa-f][0-9A-Fa-f]';
const COLON = '(?::|%3[Aa])';
/** Public id or hashed id (`ACoAA…`) of a profile: letters (any script), digits, `-`, `_`. */
const PROFILE_ID = String.raw`(?:[\p{L}\p{M}\p{N}_-]|${PCT}){2,100}`;
const SLUG_HEAD = String.raw`(?:[\p{L}\p{N}]|${PCT})`;
const SLUG_TAIL = String.raw`(?:[\p{L}\p{M}\p{N}._-]|${PCT})`;
const SEGMENT_CHAR = String.raw`[^/?#${CTRL}]`;
const POST_PATH = String.raw`(?:/posts/${SEGMENT_CHAR}{0,500}-(?:activity|ugcPost|share)-[0-9]{5,25}(?:-[A-Za-z0-9_-]{1,20})?|/feed/update/urn${COLON}li${COLON}(?:activity|ugcPost|share)${COLON}[0-9]{5,25})`;
const COMMENT_URN = String.raw`urn${COLON}li${COLON}(?:comment|fsd_comment)${COLON}(?:\(|%28)[^&#${CTRL}]{1,300}`;

/** Path (+ query + fragment) grammar of each kind, appended to ORIGIN. */
const TAILS: Record<UrlKind, string> = {
  person: `/in/${PROFILE_ID}${END}`,
  salesPerson: String.raw`/sales/(?:lead|people)/[A-Za-z0-9_-]{2,100}(?:,${SEGMENT_CHAR}{0,300})?${END}`,
  company: `/company/${SLUG_HEAD}${SLUG_TAIL}{0,149}${END}`,
  companyNumeric: `/company/[0-9]{1,20}${END}`,
  salesCompany: `/sales/company/[0-9]{1,20}${END}`,
  post: `${POST_PATH}${END}`,
  comment: String.raw`${POST_PATH}/?\?(?:[^&#${CTRL}]*&)*(?:commentUrn|dashCommentUrn)=${COMMENT_URN}(?:&[^#${CTRL}]*)?${FRAGMENT}`,
  job: `/jobs/view/(?:${SEGMENT_CHAR}{0,300}-)?[0-9]{5,20}${END}`,
  newsletter: `/newsletters/${SLUG_HEAD}${SLUG_TAIL}{0,200}${END}`,
  peopleSearch: `/search/results/people${END}`,
  companySearch: `/search/results/companies${END}`,
  jobSearch: `/jobs/search(?:-results)?${END}`,
  contentSearch: `/search/results/content${END}`,
  salesPeopleSearch: `/sales/search/people${END}`,
  salesCompanySearch: `/sales/search/company${END}`,
};

/** Regex source (no flags; evaluate with the `u` flag) accepting any of `kinds`. Used as JSON Schema `pattern`. */
export function urlKindsPattern(kinds: readonly UrlKind[]): string {
  const tails = kinds.map((k) => TAILS[k]);
  return `^${ORIGIN}(?:${tails.join('|')})$`;
}

const compiled = new Map<string, RegExp>();
function regexFor(kinds: readonly UrlKind[]): RegExp {
  const key = kinds.join(',');
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(urlKindsPattern(kinds), 'u');
    compiled.set(key, re);
  }
  return re;
}

/** Regex-only test (what the JSON Schema checks). Length is checked first so the regex never sees huge input. */
export function matchesUrlKinds(value: string, kinds: readonly UrlKind[]): boolean {
  return value.length <= MAX_URL_LENGTH && regexFor(kinds).test(value);
}

/**
 * Which kind a LinkedIn URL is, if any (most specific first: a comment URL is also a post URL). A numeric
 * `/company/<n>` URL classifies as `company`: `companyNumeric` is only ever asked for explicitly.
 */
export function classifyLinkedInUrl(value: string): UrlKind | undefined {
  if (value.length > MAX_URL_LENGTH) return undefined;
  const order: UrlKind[] = ['comment', ...URL_KINDS.filter((k) => k !== 'comment' && k !== 'companyNumeric')];
  return order.find((k) => regexFor([k]).test(value));
}

const WORKFLOW_HOST_RE = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;

/** A host a workflow URL may name: `linkedin.com`, `www.` or a two-letter country subdomain, lower-case. */
export function isWorkflowLinkedInHost(hostname: string): boolean {
  return WORKFLOW_HOST_RE.test(hostname);
}

/** False when `value` holds a `%XX` sequence that is not UTF-8 (the kind grammar admits any `%XX`). */
export function hasValidPercentEncoding(value: string): boolean {
  if (!value.includes('%')) return true;
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

// ── Profile ids: vanity names and hashed ids ────────────────────────────────────────────────────────

const PERSON_PATH_RE = new RegExp(`^/in/(${PROFILE_ID})/?$`, 'u');
const NOT_A_PROFILE = 'not a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>)';

function decodeOr(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function strictPersonPath(url: string): string {
  if (url.startsWith('/')) {
    // A path read from a page (drivers may hand us `/in/<id>/` from a mapped origin).
    const path = url.split(/[?#]/, 1)[0] ?? '';
    if (PERSON_PATH_RE.test(path)) return path;
  } else if (matchesUrlKinds(url, ['person']) && hasValidPercentEncoding(url)) {
    return new URL(url).pathname;
  }
  throw new Error(NOT_A_PROFILE);
}

/**
 * The profile id of a workflow person URL, percent-decoded: `szymon-nędza-31a654250`, `person1` or a
 * hashed `ACoAA…` id. Strict: accepts a valid workflow person URL or a bare path `/in/<id>/` (query
 * allowed), nothing deeper (`/in/<id>/details/`) and no other host. Case is kept: hashed ids are
 * case-sensitive. Throws on anything else. For links read off a page use `profileIdFromUrl`.
 */
export function vanityFromPersonUrl(url: string): string {
  const raw = PERSON_PATH_RE.exec(strictPersonPath(url))?.[1];
  if (raw === undefined) throw new Error(NOT_A_PROFILE);
  return decodeURIComponent(raw);
}

/**
 * The profile id (public vanity or hashed `ACoAA…` id) of any `/in/<id>…` URL, decoded (kept raw when its
 * percent-encoding is broken); undefined when the path is not a profile path. Lenient: any origin (a
 * fixture server), relative hrefs, deeper paths (`/in/<id>/overlay/…`), `me` and `unavailable` included.
 */
export function profileIdFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, LINKEDIN_ORIGIN).pathname;
  } catch {
    return undefined;
  }
  const raw = /^\/in\/([^/]+)/.exec(path)?.[1];
  return raw === undefined ? undefined : decodeOr(raw);
}

/** True for a hashed member profile id (`ACoAA…`, as in `urn:li:fsd_profile:…`) rather than a vanity name. */
export function isHashedProfileId(id: string): boolean {
  return /^ACoAA[A-Za-z0-9_-]{10,}$/.test(id);
}

/**
 * Same person? Two vanity names (or `/in/` path tails) compare percent-decoded, case-insensitively,
 * ignoring trailing slashes. Empty or missing never matches.
 */
export function sameVanity(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const d = (s: string): string => {
    try {
      return decodeURIComponent(s).toLowerCase().replace(/\/+$/, '');
    } catch {
      return s.toLowerCase();
    }
  };
  return d(a) === d(b);
}

/**
 * The decoded, lower-cased name of a `/company/<slug>` or `/newsletters/<slug>` URL (absolute on any
 * origin, or relative); null when the path is of another kind.
 */
export function slugFromUrl(url: string, segment: 'company' | 'newsletters'): string | null {
  let path: string;
  try {
    path = new URL(url, LINKEDIN_ORIGIN).pathname;
  } catch {
    return null;
  }
  const raw = new RegExp(`^/${segment}/([^/]+)`).exec(path)?.[1];
  return raw === undefined ? null : decodeOr(raw).toLowerCase();
}

/**
 * Same page? Two absolute URLs on the same origin whose paths are equal once percent-decoded,
 * lower-cased and without trailing slash (query and fragment ignored). False when either is unparseable.
 */
export function samePageUrl(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const norm = (p: string): string => decodeURIComponent(p).replace(/\/+$/, '').toLowerCase();
    return x.origin === y.origin && norm(x.pathname) === norm(y.pathname);
  } catch {
    return false;
  }
}

// ── URNs ────────────────────────────────────────────────────────────────────────────────────────────

const URN_COLON = '(?::|%3[Aa])';
const PROFILE_URN_RE = new RegExp(`^urn${URN_COLON}li${URN_COLON}fsd_profile${URN_COLON}([A-Za-z0-9_-]+)$`);
const MEMBER_URN_RE = new RegExp(`^urn${URN_COLON}li${URN_COLON}member${URN_COLON}([0-9]+)$`);

/** `urn:li:fsd_profile:<hashed id>` of a hashed profile id. */
export function profileUrnOf(hashedId: string): string {
  return `urn:li:fsd_profile:${hashedId}`;
}

/** The hashed id of `urn:li:fsd_profile:<id>` (also percent-encoded, as in hrefs); undefined otherwise. */
export function profileIdFromUrn(urn: string): string | undefined {
  return PROFILE_URN_RE.exec(urn)?.[1];
}

/** `urn:li:member:<n>` of a numeric member id (the `urn` field of Linked API's person data). */
export function memberUrnOf(memberId: string | number): string {
  return `urn:li:member:${memberId}`;
}

/** The numeric member id of `urn:li:member:<n>` (also percent-encoded); undefined otherwise. */
export function memberIdFromUrn(urn: string): string | undefined {
  return MEMBER_URN_RE.exec(urn)?.[1];
}

const POST_ID_RE = /(activity|ugcPost|share)(?:-|:|%3[Aa])([0-9]{5,25})/u;

/**
 * The typed id of a post URL or post URN (`activity:7123…`), used to check that two names denote one post.
 * Only ids of the same type are comparable: a post's `ugcPost` and `activity` ids differ.
 */
export function postIdOf(value: string): { type: string; id: string } | undefined {
  const m = POST_ID_RE.exec(value);
  return m && m[1] !== undefined && m[2] !== undefined ? { type: m[1], id: m[2] } : undefined;
}

// ── Sales Navigator lead URLs ───────────────────────────────────────────────────────────────────────

export interface SalesLeadUrl {
  /** The lead's Sales Navigator profile id (`ACwAA…`), case-sensitive. */
  leadId: string;
  /** The auth type after the first comma (`NAME_SEARCH`, `OUT_OF_NETWORK`, …); null when absent. */
  authType: string | null;
  /** The auth token after the second comma; null when absent. */
  authToken: string | null;
  /** `https://www.linkedin.com/sales/lead/<id>,<type>,<token>` as given, without query or fragment. */
  url: string;
}

const SALES_LEAD_PATH_RE =
  /^\/sales\/(?:lead|people)\/([A-Za-z0-9_-]{2,100})(?:,([^,/]*)(?:,([^,/]*))?)?\/?$/;

/**
 * The parts of a Sales Navigator lead URL `https://www.linkedin.com/sales/lead/<id>,<type>,<token>` (or
 * the older `/sales/people/…`), on any LinkedIn host of a workflow; undefined for anything else.
 */
export function parseSalesLeadUrl(value: string): SalesLeadUrl | undefined {
  if (!matchesUrlKinds(value, ['salesPerson']) || !hasValidPercentEncoding(value)) return undefined;
  const path = new URL(value).pathname;
  const m = SALES_LEAD_PATH_RE.exec(path);
  if (!m?.[1]) return undefined;
  const part = (s: string | undefined): string | null => (s === undefined || s === '' ? null : decodeOr(s));
  return {
    leadId: m[1],
    authType: part(m[2]),
    authToken: part(m[3]),
    url: `${LINKEDIN_ORIGIN}${path.replace(/\/+$/, '')}`,
  };
}

// ── Canonical forms ─────────────────────────────────────────────────────────────────────────────────

function stripSlash(s: string): string {
  return s.replace(/\/+$/, '');
}

/**
 * Canonical person URL `https://www.linkedin.com/in/<id>` (id percent-DECODED, case kept, no trailing
 * slash, no query), the form Linked API returns. Compare two person URLs by normalising both. Throws on
 * anything `vanityFromPersonUrl` refuses.
 */
export function normalizePersonUrl(url: string): string {
  return `${LINKEDIN_ORIGIN}/in/${vanityFromPersonUrl(url)}`;
}

/**
 * Canonical subject URL of a valid workflow URL of any kind: `https://www.linkedin.com` + the path as
 * the URL parser gives it (non-ASCII percent-encoded, case kept), without trailing slash. Query and
 * fragment are dropped except where they carry identity (comment URLs keep their query; search URLs
 * too, it is the search). Person URLs as `normalizePersonUrl`. Throws on a URL of no known kind.
 */
export function normalizeLinkedInUrl(value: string): string {
  const kind = classifyLinkedInUrl(value);
  if (kind === undefined) throw new Error('not a LinkedIn URL of a known kind');
  if (kind === 'person') return normalizePersonUrl(value);
  const base = toLinkedInUrl(value);
  if (kind === 'comment' || kind.endsWith('Search')) return `${base}${new URL(value).search}`;
  return base;
}

const ANY_LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;
/** Hashed member/company ids (ACoAA…, ACwAA…) are case-sensitive; vanity names are not. */
const HASHED_ID_PREFIX = /^AC[A-Za-z0-9_-]{8,}/;

/**
 * The identity of a URL inside idempotency keys: two spellings of one target give one string. Frozen:
 * journal keys already stored hash this exact form, so changing it would re-run finished side effects.
 *
 * `https://www.linkedin.com/<segments>` where
 * - the host is `www.linkedin.com` for any host ending in `linkedin.com` (`fr.`, bare, `www.`); another
 *   host, including `www.linkedin.com.` with its trailing dot, is kept, lower-cased;
 * - query, fragment, empty segments and trailing slashes are dropped;
 * - every segment is percent-decoded (kept as is when its encoding is broken) and NFC-normalised;
 * - the name after `/in/`, `/company/` or `/school/` is lower-cased, unless it starts like a hashed id
 *   (`AC` + 8 id characters: `ACoAA…` members, `ACwAA…`), whose case is significant.
 * Never throws: input that is not a URL comes back trimmed.
 */
export function linkedInUrlKey(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  const host = ANY_LINKEDIN_HOST.test(url.hostname) ? 'www.linkedin.com' : url.hostname.toLowerCase();
  const segments = url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s).normalize('NFC');
      } catch {
        return s;
      }
    });
  const [first, second] = segments;
  if (
    (first === 'in' || first === 'company' || first === 'school') &&
    second !== undefined &&
    !HASHED_ID_PREFIX.test(second)
  ) {
    segments[1] = second.toLowerCase();
  }
  return `https://${host}/${segments.join('/')}`;
}

/**
 * A URL seen on a page (absolute on `origin` — linkedin.com or a fixture server — or relative) reported
 * in Linked API's form: `https://www.linkedin.com<path>`, path as the URL parser encodes it, without
 * query, fragment or trailing slash. Unparseable input comes back unchanged.
 */
export function toLinkedInUrl(url: string, origin: string = LINKEDIN_ORIGIN): string {
  let u: URL;
  try {
    u = new URL(url, `${stripSlash(origin)}/`);
  } catch {
    return url;
  }
  return `${LINKEDIN_ORIGIN}${stripSlash(u.pathname)}`;
}

/**
 * Public profile URL `https://www.linkedin.com/in/<id>` for a profile id, the id percent-ENCODED (what
 * the drivers report for a profile they read; `normalizePersonUrl` keeps it decoded).
 */
export function profileUrlOf(id: string): string {
  return `${LINKEDIN_ORIGIN}/in/${encodeURIComponent(id)}`;
}

// ── Addresses on an origin (linkedin.com or a fixture server) ───────────────────────────────────────

export const INVITATION_MANAGER_SENT_PATH = '/mynetwork/invitation-manager/sent/';
export const INVITATION_MANAGER_RECEIVED_PATH = '/mynetwork/invitation-manager/received/';
export const CONNECTIONS_PATH = '/mynetwork/invite-connect/connections/';
export const MESSAGING_PATH = '/messaging/';

/** Any LinkedIn path on `origin`. */
export function pageUrl(origin: string, path: string): string {
  return `${stripSlash(origin)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Address of a person's profile on `origin` (with LinkedIn's trailing slash). Throws on a non-profile URL. */
export function profilePageUrl(origin: string, personUrl: string): string {
  const id = profileIdFromUrl(personUrl);
  if (!id) throw new Error('not a LinkedIn profile URL');
  return `${stripSlash(origin)}/in/${encodeURIComponent(id)}/`;
}

/**
 * Address of a messaging thread on `origin` (A17: `/messaging/thread/<id>/`). Thread ids are base64-like
 * (`2-…==`): kept readable, anything else percent-encoded.
 */
export function messagingThreadUrl(origin: string, threadId: string): string {
  const id = encodeURIComponent(threadId).replace(/%2B/gi, '+').replace(/%3D/gi, '=');
  return `${stripSlash(origin)}/messaging/thread/${id}/`;
}

/** The thread id of a `/messaging/thread/<id>/` address (decoded), or null for any other address. */
export function threadIdFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /^\/messaging\/thread\/(.+?)\/?$/.exec(path);
  if (!m || m[1] === 'new') return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
