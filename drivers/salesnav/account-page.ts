// Sales Navigator's account (company) page `/sales/company/<id>`: its top card (name, industry, location,
// size, website, founded), the Decision makers section and the link to the account's employees (a lead
// search by current company). Descriptors: selectors/salesnav/company-descriptors.ts (NOT VERIFIED hooks,
// see there). An address that shows no top card once the page has rendered is an unknown account.
import { sel } from '../../selectors/linkedin/index.ts';
import { countOf, parseLeadRow, type SalesLead } from '../../selectors/salesnav/cards.ts';
import { LinkedInPage, findIn } from '../linkedin/linkedin-page.ts';
import { readState } from '../linkedin/page-state.ts';
import { readSalesRowsInPage } from './sales-rows.ts';
import { openSalesPage } from './sales-landing.ts';
import { salesCompanyPath } from '../../selectors/url/sales-search-url.ts';

export interface SalesAccountInfo {
  name: string | null;
  industry: string | null;
  location: string | null;
  employeesCount: number | null;
  website: string | null;
  description: string | null;
  yearFounded: number | null;
}

export type AccountOpen =
  | { kind: 'account' }
  | { kind: 'notFound' }
  | { kind: 'noSalesNavigator' }
  | { kind: 'unknown'; page: string };

export class SalesAccountPage extends LinkedInPage {
  async open(companyId: string): Promise<AccountOpen> {
    const landing = await openSalesPage(this.s, salesCompanyPath(companyId), 'salesCompany');
    if (landing.kind === 'noSalesNavigator') return { kind: 'noSalesNavigator' };
    if (landing.kind === 'other') return { kind: 'unknown', page: landing.reading.state.page };
    if (landing.reading.signals.salesNav.accountTopCard) return { kind: 'account' };
    // The hue app rendered the address without an account (Sales Navigator's "unavailable" state), or
    // is still on its way to the top card: a short bounded wait tells them apart.
    const top = await this.poll(
      async () => ((await readState(this.s)).signals.salesNav.accountTopCard ? true : undefined),
      Math.min(this.s.timeouts.effectMs, 3_000),
    );
    if (top) return { kind: 'account' };
    const r = await readState(this.s);
    return r.signals.markers.mainPresent && !r.signals.markers.mainEmpty
      ? { kind: 'notFound' }
      : { kind: 'unknown', page: r.state.page };
  }

  /** The top card's facts (null where the page shows none). */
  async readInfo(): Promise<SalesAccountInfo> {
    const top = await findIn(this.s, sel.salesLists.account.topCard, { phrases: null });
    const raw = top
      ? await top.first.evaluate((card) => {
          const ws = /[\s\u00a0\u202f]+/g;
          const fields: Record<string, string> = {};
          for (const el of Array.from(card.ownerDocument.querySelectorAll('main [data-anonymize]'))) {
            const k = el.getAttribute('data-anonymize') ?? '';
            if (el.closest('li, [data-x-search-result]')) continue;
            if (k && !(k in fields)) fields[k] = (el.textContent ?? '').replace(ws, ' ').trim();
          }
          const site = card.querySelector('a[data-anonymize="url"]')?.getAttribute('href') ?? null;
          const founded = /\b(1[89]\d\d|20\d\d)\b/.exec(
            card.querySelector('[data-x--account-founded]')?.textContent ?? '',
          );
          return { fields, site, founded: founded ? founded[1] : null };
        })
      : { fields: {} as Record<string, string>, site: null, founded: null };
    const f = raw.fields;
    const text = (k: string): string | null => (f[k] && f[k].trim() ? f[k].trim() : null);
    return {
      name: text('company-name'),
      industry: text('industry'),
      location: text('location'),
      employeesCount: countOf(text('company-size')),
      website: raw.site,
      description: text('company-blurb'),
      yearFounded: raw.founded ? Number(raw.founded) : null,
    };
  }

  /** The Decision makers section's leads, in page order (none when the section is missing). */
  async decisionMakers(): Promise<SalesLead[]> {
    const tiles = await findIn(this.s, sel.salesLists.account.decisionMakerLeads, { phrases: null });
    if (!tiles) return [];
    const raw = await tiles.all.evaluateAll(readSalesRowsInPage);
    return raw.filter((r) => r !== null).map(parseLeadRow);
  }
}
