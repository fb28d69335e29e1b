// The Sales Navigator page objects' base: the LinkedIn page base (descriptor finding, bounded polls, human
// clicks) plus what every hue page shares: its UI language and the no-seat upsell check.
import { isSalesNavUpsell, isSalesNavUpsellAddress } from '../../selectors/salesnav/classify-page.ts';
import { readPageSignals } from '../../selectors/linkedin/index.ts';
import type { ResolveContext } from '../../selectors/linkedin/index.ts';
import { LinkedInPage } from '../linkedin/linkedin-page.ts';

/** Descriptors of Sales Navigator pages are structure-only: no phrase table is needed to resolve them. */
export const SALES_CTX: ResolveContext = { phrases: null };

export abstract class SalesNavPage extends LinkedInPage {
  /** The page's UI language (`html[lang]`, primary subtag), or null. */
  protected async locale(): Promise<string | null> {
    const lang = await this.s.page.evaluate(() => document.documentElement.lang).catch(() => '');
    const primary = /^([a-z]{2})\b/i.exec(lang ?? '')?.[1];
    return primary ? primary.toLowerCase() : null;
  }

  /** True when LinkedIn answered a /sales/ address with the seat upsell / sign-up page. */
  protected async onUpsell(): Promise<boolean> {
    let u: URL;
    try {
      u = new URL(this.s.page.url());
    } catch {
      return false;
    }
    if (isSalesNavUpsellAddress({ path: u.pathname, search: u.search })) return true;
    const signals = await readPageSignals(this.s.page).catch(() => null);
    return signals ? isSalesNavUpsell(signals, { path: u.pathname, search: u.search }) : false;
  }
}
