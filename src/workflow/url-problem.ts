// Why a value is not an acceptable LinkedIn URL, in the validator's words. What each kind accepts is
// selectors/url/linkedin-url.ts (one regex per kind); this file only explains a rejection. Messages never
// echo the whole value (it may be huge or hostile); at most the host name, shortened.
import {
  classifyLinkedInUrl,
  hasValidPercentEncoding,
  isWorkflowLinkedInHost,
  matchesUrlKinds,
  MAX_URL_LENGTH,
  type UrlKind,
} from '../../selectors/url/linkedin-url.ts';

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

export function describeUrlKinds(kinds: readonly UrlKind[]): string {
  return kinds.map((k) => DESCRIPTIONS[k]).join(' or ');
}

const CTRL_RE = new RegExp(String.raw`[\s\x00-\x1f\x7f]`, 'u');

function shortHost(host: string): string {
  return host.length > 64 ? `${host.slice(0, 64)}…` : host;
}

/** Why `value` is not a URL of one of `kinds`, or `null` when it is one. */
export function linkedInUrlProblem(
  value: string,
  kinds: readonly UrlKind[],
  /** What the parameter takes, when narrower than its kinds (a Sales Navigator person: hashed or lead). */
  wanted: string = describeUrlKinds(kinds),
): string | null {
  const want = `must be ${wanted}`;
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
  if (!isWorkflowLinkedInHost(url.hostname)) {
    return `must be on linkedin.com, not on "${shortHost(url.hostname)}"`;
  }
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
