// Sales Navigator search addresses. Sales Navigator keeps a search in one query parameter written in
// Rest.li's object notation: `/sales/search/people?query=(keywords:…,filters:List((type:CURRENT_TITLE,
// values:List((text:…,selectionType:INCLUDED)))))`, ranges as `rangeValue:(min:…,max:…)`, and the page as
// `&page=N`. Source: the shape of the Sales Navigator search URLs users copy from the address bar (what
// `customSearchUrl` is); filter type names and the id codes of headcount and years of experience are as
// those URLs show them. NOT VERIFIED against a capture (../shared/spec/linkedin-dom.md has none for Sales
// Navigator search URLs). Free text is Rest.li-escaped (percent-encoding, parentheses and commas
// included); real URLs name companies, regions and industries by id, which a worker cannot know from a
// name, so they are sent as text values.

export const SALES_PEOPLE_SEARCH_PATH = '/sales/search/people';
export const SALES_COMPANY_SEARCH_PATH = '/sales/search/company';

export type SalesYearsOfExperience = 'lessThanOne' | 'oneToTwo' | 'threeToFive' | 'sixToTen' | 'moreThanTen';

export interface SalesPeopleQuery {
  keywords?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  /** Current job title (any of). */
  titles?: readonly string[] | undefined;
  /** Current company by numeric id (any of), as an account page's employees link names it. */
  currentCompanyIds?: readonly string[] | undefined;
  /** Any of (each list). */
  locations?: readonly string[] | undefined;
  industries?: readonly string[] | undefined;
  currentCompanies?: readonly string[] | undefined;
  previousCompanies?: readonly string[] | undefined;
  schools?: readonly string[] | undefined;
  yearsOfExperience?: readonly SalesYearsOfExperience[] | undefined;
}

export interface SalesCompanyQuery {
  keywords?: string | undefined;
  sizes?: readonly string[] | undefined;
  locations?: readonly string[] | undefined;
  industries?: readonly string[] | undefined;
  /** Million USD, Linked API's spelling ('0.5', '1000+'). */
  annualRevenue?: { min?: string | undefined; max?: string | undefined } | undefined;
}

/** Sales Navigator's ids of the years-of-experience buckets. */
export const YEARS_OF_EXPERIENCE_IDS: Record<SalesYearsOfExperience, string> = {
  lessThanOne: '1',
  oneToTwo: '2',
  threeToFive: '3',
  sixToTen: '4',
  moreThanTen: '5',
};

/** Sales Navigator's ids of the company headcount buckets. */
export const HEADCOUNT_IDS: Record<string, string> = {
  '1-10': 'B',
  '11-50': 'C',
  '51-200': 'D',
  '201-500': 'E',
  '501-1000': 'F',
  '1001-5000': 'G',
  '5001-10000': 'H',
  '10001+': 'I',
};

/** Rest.li escaping of a free-text value: everything outside [A-Za-z0-9-_.~ ] is percent-encoded. */
export function restliEscape(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function textValues(type: string, values: readonly string[] | undefined): string | null {
  const vs = (values ?? []).map((v) => v.trim()).filter((v) => v.length > 0);
  if (vs.length === 0) return null;
  return `(type:${type},values:List(${vs.map((v) => `(text:${restliEscape(v)},selectionType:INCLUDED)`).join(',')}))`;
}

function idValues(type: string, ids: readonly string[]): string | null {
  if (ids.length === 0) return null;
  return `(type:${type},values:List(${ids.map((id) => `(id:${id},selectionType:INCLUDED)`).join(',')}))`;
}

function queryOf(keywords: string | undefined, filters: Array<string | null>): string {
  const fs = filters.filter((f): f is string => f !== null);
  const parts = ['spellCorrectionEnabled:true'];
  if (keywords && keywords.trim()) parts.push(`keywords:${restliEscape(keywords.trim())}`);
  if (fs.length > 0) parts.push(`filters:List(${fs.join(',')})`);
  return `(${parts.join(',')})`;
}

function searchPath(path: string, query: string): string {
  return `${path}?${new URLSearchParams({ query }).toString()}`;
}

/** `/sales/search/people?query=(…)` for a lead search. */
export function salesPeopleSearchPath(q: SalesPeopleQuery): string {
  const one = (v: string | undefined) => (v && v.trim() ? [v] : undefined);
  return searchPath(
    SALES_PEOPLE_SEARCH_PATH,
    queryOf(q.keywords, [
      textValues('FIRST_NAME', one(q.firstName)),
      textValues('LAST_NAME', one(q.lastName)),
      textValues('CURRENT_TITLE', q.titles),
      textValues('REGION', q.locations),
      textValues('INDUSTRY', q.industries),
      textValues('CURRENT_COMPANY', q.currentCompanies),
      idValues(
        'CURRENT_COMPANY',
        (q.currentCompanyIds ?? []).map((id) => restliEscape(`urn:li:organization:${id}`)),
      ),
      textValues('PAST_COMPANY', q.previousCompanies),
      textValues('SCHOOL', q.schools),
      idValues(
        'YEARS_OF_EXPERIENCE',
        (q.yearsOfExperience ?? []).map((y) => YEARS_OF_EXPERIENCE_IDS[y]),
      ),
    ]),
  );
}

/** `/sales/search/company?query=(…)` for an account search. */
export function salesCompanySearchPath(q: SalesCompanyQuery): string {
  const ids = (q.sizes ?? []).map((s) => HEADCOUNT_IDS[s]).filter((s): s is string => s !== undefined);
  const rev = q.annualRevenue;
  const range: string[] = [];
  if (rev?.min !== undefined) range.push(`min:${rev.min}`);
  // '1000+' is an open upper end: no max.
  if (rev?.max !== undefined && rev.max !== '1000+') range.push(`max:${rev.max}`);
  const revenue =
    rev && (rev.min !== undefined || rev.max !== undefined)
      ? `(type:ANNUAL_REVENUE,rangeValue:(${range.join(',')}),selectedSubFilter:USD)`
      : null;
  return searchPath(
    SALES_COMPANY_SEARCH_PATH,
    queryOf(q.keywords, [
      idValues('COMPANY_HEADCOUNT', ids),
      textValues('REGION', q.locations),
      textValues('INDUSTRY', q.industries),
      revenue,
    ]),
  );
}

/** The path and query of a Sales Navigator search URL a workflow gave (`customSearchUrl`), any host. */
export function salesSearchPathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

/** The numeric company id of `/company/<n>` or `/sales/company/<n>` URLs; undefined otherwise. */
export function salesCompanyIdOf(url: string): string | undefined {
  try {
    return /^\/(?:sales\/)?company\/([0-9]{1,20})\/?$/.exec(new URL(url).pathname)?.[1];
  } catch {
    return undefined;
  }
}

export function salesCompanyPath(id: string): string {
  return `/sales/company/${id}`;
}
