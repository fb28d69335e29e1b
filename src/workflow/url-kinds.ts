// The kinds of LinkedIn URL a workflow may name, as regular expressions over the raw string.
//
// Acceptance is decided by ONE regex per kind, applied to the raw text. The same regex source is what the
// JSON Schema export emits as `pattern`, so the schema and the validator agree by construction. The regexes
// pin the authority to LinkedIn's hosts (`linkedin.com`, `www.linkedin.com`, two-letter country
// subdomains such as `uk.linkedin.com`), so look-alikes (`linkedin.com.evil.io`, `evil-linkedin.com`,
// `linkedin.co`, `xn--…` homographs), credentials (`linkedin.com@evil.io`, `user:pw@…`), ports and
// non-http schemes (`javascript:`, `data:`) never match. WHATWG URL parsing is used only to explain WHY a
// value failed and to normalise values that passed.
//
// Decisions: `http://` is accepted as well as `https://` (we never fetch the given URL; the runner always
// goes to its configured origin over its own scheme); scheme and host must be lower-case, as browsers copy
// them; workflows always name linkedin.com — running against a fixture server maps the origin later.
// Vanity names may be non-ASCII (`szymon-nędza-31a654250`) or percent-encoded.

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

/** Human description used in messages, e.g. "must be a LinkedIn profile URL (…)". */
const DESCRIPTIONS: Record<UrlKind, string> = {
  person: 'a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>)',
  salesPerson: 'a Sales Navigator lead URL (https://www.linkedin.com/sales/lead/<id>,…)',
  company: 'a LinkedIn company URL (https://www.linkedin.com/company/<name>)',
  companyNumeric: 'a hashed company URL (https://www.linkedin.com/company/<number>)',
  salesCompany: 'a Sales Navigator company URL (https://www.linkedin.com/sales/company/<number>)',
  post: 'a LinkedIn post URL (https://www.linkedin.com/posts/… or https://www.linkedin.com/feed/update/urn:li:activity:<id>)',
  comment: 'a LinkedIn comment URL (a post URL with ?commentUrn=urn:li:comment:(…))',
  job: 'a LinkedIn job URL (https://www.linkedin.com/jobs/view/<id>)',
  newsletter: 'a LinkedIn newsletter URL (https://www.linkedin.com/newsletters/<name>)',
  peopleSearch: 'a LinkedIn people search URL (https://www.linkedin.com/search/results/people/?…)',
  companySearch: 'a LinkedIn company search URL (https://www.linkedin.com/search/results/companies/?…)',
  jobSearch: 'a LinkedIn jobs search URL (https://www.linkedin.com/jobs/search/?…)',
  contentSearch: 'a LinkedIn content search URL (https://www.linkedin.com/search/results/content/?…)',
  salesPeopleSearch: 'a Sales Navigator people search URL (https://www.linkedin.com/sales/search/people?…)',
  salesCompanySearch:
    'a Sales Navigator company search URL (https://www.linkedin.com/sales/search/company?…)',
};

/** Short noun for "this is a … URL" hints. */
const NOUNS: Record<UrlKind, string> = {
  person: 'profile',
  salesPerson: 'Sales Navigator lead',
  company: 'company',
  companyNumeric: 'company',
  salesCompany: 'Sales Navigator company',
  post: 'post',
  comment: 'comment',
  job: 'job',
  newsletter: 'newsletter',
  peopleSearch: 'people search',
  companySearch: 'company search',
  jobSearch: 'jobs search',
  contentSearch: 'content search',
  salesPeopleSearch: 'Sales Navigator people search',
  salesCompanySearch: 'Sales Navigator company search',
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

/** Which kind a LinkedIn URL is, if any (most specific first: a comment URL is also a post URL). */
export function classifyLinkedInUrl(value: string): UrlKind | undefined {
  if (value.length > MAX_URL_LENGTH) return undefined;
  const order: UrlKind[] = ['comment', ...URL_KINDS.filter((k) => k !== 'comment' && k !== 'companyNumeric')];
  return order.find((k) => regexFor([k]).test(value));
}

export function describeUrlKinds(kinds: readonly UrlKind[]): string {
  return kinds.map((k) => DESCRIPTIONS[k]).join(' or ');
}

const HOST_RE = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;
const CTRL_RE = new RegExp(`[${CTRL}]`, 'u');

function shortHost(host: string): string {
  return host.length > 64 ? `${host.slice(0, 64)}…` : host;
}

/**
 * Why `value` is not a URL of one of `kinds`, or `null` when it is one. Messages never echo the whole
 * value (it may be huge or hostile); at most the host name, shortened.
 */
export function linkedInUrlProblem(value: string, kinds: readonly UrlKind[]): string | null {
  const want = `must be ${describeUrlKinds(kinds)}`;
  if (value.length > MAX_URL_LENGTH) return `at most ${MAX_URL_LENGTH} characters`;
  if (matchesUrlKinds(value, kinds)) {
    // The grammar admits any %XX; reject sequences that are not UTF-8, so vanityFromPersonUrl cannot fail.
    return hasValidPercentEncoding(value) ? null : 'contains invalid percent-encoding';
  }
  if (CTRL_RE.test(value)) return 'must not contain spaces or control characters';
  if (!/^https?:\/\//i.test(value)) return `${want}; only https:// URLs on linkedin.com are accepted`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid URL; ${want}`;
  }
  // The raw authority, as typed: the URL parser hides a default port (`:443`) and lower-cases the host.
  const authority = /^[A-Za-z]+:\/\/([^/?#\\]*)/.exec(value)?.[1] ?? '';
  if (authority.includes('@') || url.username !== '' || url.password !== '') {
    return 'must not contain a user name or password';
  }
  if (/:[0-9]*$/.test(authority) || url.port !== '') return 'must not contain a port';
  if (!HOST_RE.test(url.hostname)) return `must be on linkedin.com, not on "${shortHost(url.hostname)}"`;
  if (!/^https?:\/\/[a-z.]*$/.test(`${value.slice(0, value.indexOf('://') + 3)}${authority}`)) {
    return 'scheme and host must be lower-case (https://www.linkedin.com/…)';
  }
  const actual = classifyLinkedInUrl(value);
  if (actual === 'company' && kinds.includes('companyNumeric')) {
    return `${want}; a /company/<name> URL is not hashed`;
  }
  if (actual && !kinds.includes(actual)) return `${want}, not a ${NOUNS[actual]} URL`;
  return want;
}

function hasValidPercentEncoding(value: string): boolean {
  if (!value.includes('%')) return true;
  try {
    decodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** `https://www.linkedin.com<path>` without trailing slash, query or fragment; the path stays as given. */
function canonicalPath(value: string): string {
  const url = new URL(value);
  const path = url.pathname.replace(/\/+$/, '');
  return `https://www.linkedin.com${path}`;
}

const PERSON_PATH_RE = new RegExp(`^/in/(${PROFILE_ID})/?$`, 'u');

function personPath(url: string): string {
  if (url.startsWith('/')) {
    // A path read from a page (drivers may hand us `/in/<id>/` from a mapped origin).
    const path = url.split(/[?#]/, 1)[0] ?? '';
    if (PERSON_PATH_RE.test(path)) return path;
  } else if (matchesUrlKinds(url, ['person']) && hasValidPercentEncoding(url)) {
    return new URL(url).pathname;
  }
  throw new Error('not a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>)');
}

/**
 * The profile id of a person URL, percent-decoded: `szymon-nędza-31a654250`, `person1` or a hashed
 * `ACoAA…` id. Accepts a workflow person URL (validated grammar) or a path `/in/<id>/…` read from a page
 * (for hrefs from a mapped fixture origin pass `new URL(href).pathname`). Case is kept: hashed ids are
 * case-sensitive. Throws on anything else.
 */
export function vanityFromPersonUrl(url: string): string {
  const m = PERSON_PATH_RE.exec(personPath(url));
  const raw = m?.[1];
  if (raw === undefined)
    throw new Error('not a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>)');
  return decodeURIComponent(raw);
}

/**
 * Canonical person URL `https://www.linkedin.com/in/<id>` (decoded id, no trailing slash, no query), the
 * form Linked API returns. Compare two person URLs by normalising both. Throws on non-profile URLs.
 */
export function normalizePersonUrl(url: string): string {
  return `https://www.linkedin.com/in/${vanityFromPersonUrl(url)}`;
}

/**
 * Canonical form of a validated LinkedIn URL of any kind: `https://www.linkedin.com`, path without trailing
 * slash. Query and fragment are dropped except where they carry identity (comment URLs keep their query;
 * search URLs keep it too, it is the search). Person URLs use normalizePersonUrl.
 */
export function normalizeLinkedInUrl(value: string): string {
  const kind = classifyLinkedInUrl(value);
  if (kind === undefined) throw new Error('not a LinkedIn URL of a known kind');
  if (kind === 'person') return normalizePersonUrl(value);
  const base = canonicalPath(value);
  if (kind === 'comment' || kind.endsWith('Search')) {
    const search = new URL(value).search;
    return `${base}${search}`;
  }
  return base;
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
