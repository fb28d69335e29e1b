// One in-page read of Sales Navigator rows (search results, account page lead tiles) as plain data;
// selectors/salesnav/cards.ts parses them.
import type { RawSalesRow } from '../../selectors/salesnav/cards.ts';

export type { RawSalesRow };

// Runs in the page (evaluateAll). No inner named functions: tsx/esbuild's keepNames would wrap them in
// `__name(...)`, which does not exist there. A row still waiting to be rendered reads as null.
export function readSalesRowsInPage(rows: Element[]): Array<RawSalesRow | null> {
  const ws = /[\s\u00a0\u202f]+/g;
  return rows.map((row) => {
    const result = row.matches('[data-x-search-result]') ? row : row.querySelector('[data-x-search-result]');
    const root = result ?? (row.querySelector('[data-anonymize]') ? row : null);
    if (!root) return null;
    const fields: Record<string, string> = {};
    for (const el of Array.from(root.querySelectorAll('[data-anonymize]'))) {
      const k = el.getAttribute('data-anonymize') ?? '';
      if (k && !(k in fields)) fields[k] = (el.textContent ?? '').replace(ws, ' ').trim();
    }
    const [leadHref, companyHref, peopleSearchHref] = [
      'a[href*="/sales/lead/"], a[href*="/sales/people/"]',
      'a[href*="/sales/company/"]',
      'a[href*="/sales/search/people"]',
    ].map((css) => root.querySelector(css)?.getAttribute('href') ?? null);
    return {
      kind: result ? result.getAttribute('data-x-search-result') : null,
      fields,
      leadHref: leadHref ?? null,
      companyHref: companyHref ?? null,
      peopleSearchHref: peopleSearchHref ?? null,
    };
  });
}
