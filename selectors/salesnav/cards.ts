// Sales Navigator result rows and lead tiles as plain data (read in the page by drivers/salesnav), and
// the pure parsers that turn them into what nv.* actions report. Fields come from the documented
// `data-anonymize` hooks and the row's own links (../shared/spec/linkedin-dom.md A19), never from
// positions or texts of labels.
import { LINKEDIN_ORIGIN, toLinkedInUrl } from '../url/linkedin-url.ts';

/** One row (or lead tile) as read in the page, without interpretation. */
export interface RawSalesRow {
  /** `data-x-search-result` of the row: LEAD, ACCOUNT; null for tiles outside a search. */
  kind: string | null;
  /** Text of each `data-anonymize` hook in the row, first occurrence. */
  fields: Record<string, string>;
  /** The first `/sales/lead/…` link, the first `/sales/company/…` link, the employees-search link. */
  leadHref: string | null;
  companyHref: string | null;
  peopleSearchHref: string | null;
}

export interface SalesLead {
  name: string | null;
  /** `https://www.linkedin.com/sales/lead/<id>,<type>,<token>` */
  leadUrl: string | null;
  /** `https://www.linkedin.com/in/<lead id>`: the member's hashed profile URL as Sales Navigator names it. */
  hashedUrl: string | null;
  position: string | null;
  companyName: string | null;
  /** `https://www.linkedin.com/company/<id>` when the row links the company. */
  companyHashedUrl: string | null;
  location: string | null;
}

export interface SalesAccount {
  name: string | null;
  /** `https://www.linkedin.com/company/<id>` */
  hashedUrl: string | null;
  companyId: string | null;
  industry: string | null;
  employeesCount: number | null;
  location: string | null;
}

const LEAD_PATH = /^\/sales\/(?:lead|people)\/([A-Za-z0-9_-]{2,100})(,[^/?#]*)?/;
const COMPANY_PATH = /^\/sales\/company\/([0-9]{1,20})/;

function pathOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, `${LINKEDIN_ORIGIN}/`).pathname;
  } catch {
    return null;
  }
}

/** The numeric company id of a `/sales/company/<id>` link, or null. */
export function companyIdOfHref(href: string | null): string | null {
  return COMPANY_PATH.exec(pathOf(href) ?? '')?.[1] ?? null;
}

const blank = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** A number of a count text such as "2,300 employees" or "2.300 Mitarbeiter" (digits only; no words). */
export function countOf(text: string | null): number | null {
  if (!text) return null;
  const m = /\d[\d,.\u00a0\u202f ]*/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(/[^\d]/g, ''));
  return Number.isFinite(n) ? n : null;
}

export function parseLeadRow(r: RawSalesRow): SalesLead {
  const path = pathOf(r.leadHref);
  const m = path ? LEAD_PATH.exec(path) : null;
  const companyId = companyIdOfHref(r.companyHref);
  return {
    name: blank(r.fields['person-name']),
    leadUrl: m ? toLinkedInUrl(`/sales/lead/${m[1]}${m[2] ?? ''}`) : null,
    hashedUrl: m ? `${LINKEDIN_ORIGIN}/in/${m[1]}` : null,
    position: blank(r.fields.title),
    companyName: blank(r.fields['company-name']),
    companyHashedUrl: companyId ? `${LINKEDIN_ORIGIN}/company/${companyId}` : null,
    location: blank(r.fields.location),
  };
}

export function parseAccountRow(r: RawSalesRow): SalesAccount {
  const id = companyIdOfHref(r.companyHref);
  return {
    name: blank(r.fields['company-name']),
    hashedUrl: id ? `${LINKEDIN_ORIGIN}/company/${id}` : null,
    companyId: id,
    industry: blank(r.fields.industry),
    employeesCount: countOf(r.fields['company-size'] ?? null),
    location: blank(r.fields.location),
  };
}

/** A row's identity across pages: its lead or company link, else its name. */
export function salesRowKey(r: RawSalesRow): string {
  return (
    pathOf(r.leadHref) ??
    pathOf(r.companyHref) ??
    `${r.kind}:${r.fields['person-name'] ?? r.fields['company-name'] ?? ''}`
  );
}
