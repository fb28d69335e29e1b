// The Sales Navigator lead page (../shared/spec/linkedin-dom.md A19): open it from a lead URL or a hashed
// profile URL, tell a missing lead and a missing seat apart from a lead, read the lead's fields, and use the
// actions bar's own overflow menu (never another lead's card). The relationship is read from that menu's
// items (Connect / Pending) and the degree: Sales Navigator shows it nowhere else reliably.
import type { Locator } from 'playwright';
import { sel } from '../../selectors/linkedin/index.ts';
import {
  classifyLeadMenuItem,
  leadRelationship,
  salesNavLocaleKnown,
  type LeadMenuItem,
  type LeadRelationship,
} from '../../selectors/salesnav/phrases.ts';
import {
  isHashedProfileId,
  pageUrl,
  parseSalesLeadUrl,
  profileIdFromUrl,
  profileUrlOf,
  toLinkedInUrl,
} from '../../selectors/url/linkedin-url.ts';
import { navigate } from '../shared/navigation.ts';
import type { Control } from '../shared/page-object.ts';
import { countryCodeOf } from '../linkedin/basic-info.ts';
import { assertSession, readState } from '../linkedin/page-state.ts';
import { SALES_CTX, SalesNavPage } from './sales-nav-page.ts';

const lead = sel.salesNav.lead;

/**
 * Where a person's lead page is on `origin`: a lead URL as given; a hashed profile URL (`/in/ACoAA…`) through
 * `/sales/people/<id>`, which Sales Navigator redirects to the lead (NOT VERIFIED on a real account); null
 * for a public vanity URL (its hashed id must be read off the profile first).
 */
export function leadAddress(origin: string, personUrl: string): string | null {
  const parsed = parseSalesLeadUrl(personUrl);
  if (parsed) return pageUrl(origin, new URL(parsed.url).pathname);
  const id = profileIdFromUrl(personUrl);
  if (id && isHashedProfileId(id)) return pageUrl(origin, `/sales/people/${id}`);
  return null;
}

/** True for a Sales Navigator lead URL (`/sales/lead/…`, `/sales/people/…`). */
export function isSalesLeadUrl(personUrl: string): boolean {
  return parseSalesLeadUrl(personUrl) !== undefined;
}

/** The lead id in a /sales/lead|people/<id>… address, or null. */
function leadIdOf(url: string): string | null {
  try {
    return /^\/sales\/(?:lead|people)\/([A-Za-z0-9_-]+)/.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function sameLead(current: string, address: string): boolean {
  const a = leadIdOf(current);
  return a !== null && a === leadIdOf(address);
}

export type LeadOpen =
  | { kind: 'lead' }
  /** The address names no member. */
  | { kind: 'notFound' }
  /** The account has no Sales Navigator seat (upsell / sign-up page). */
  | { kind: 'noSeat' }
  | { kind: 'unknown'; reason: string };

export interface LeadMenu {
  relationship: LeadRelationship;
  /** The item's control, when the menu has it. */
  item(kind: LeadMenuItem): Control | null;
  /** `href` of "View LinkedIn profile" (the hashed /in/ URL), or null. */
  profileHref: string | null;
  close(): Promise<void>;
}

export interface LeadBasicInfo {
  name: string | null;
  publicUrl: string | null;
  hashedUrl: string | null;
  headline: string | null;
  location: string | null;
  countryCode: string | null;
  position: string | null;
  companyName: string | null;
  companyHashedUrl: string | null;
  urn: string | null;
  companyUrn: string | null;
}

export class LeadPage extends SalesNavPage {
  /**
   * Opens `address` and waits (bounded) until it is a lead page (card and overflow trigger), the "not
   * available" page, or the upsell. Signed-out / checkpoint pages throw SessionFailureError.
   */
  async open(address: string, opts: { reuse?: boolean } = {}): Promise<LeadOpen> {
    // A child (or a verification) finds this lead's page already open: read it instead of loading it again.
    if (opts.reuse && sameLead(this.s.page.url(), address) && (await this.isLeadPage()))
      return { kind: 'lead' };
    const nav = await navigate(this.s.page, address, {
      timeoutMs: this.s.timeouts.navigationMs,
      ...(this.s.signal ? { signal: this.s.signal } : {}),
    });
    if (!nav.ok) return { kind: 'unknown', reason: `navigation failed (${nav.reason})` };
    return this.settle();
  }

  /** The lead page of the session's current address, once it settled. */
  async settle(): Promise<LeadOpen> {
    assertSession(await readState(this.s));
    const seen = await this.poll(async () => {
      if (await this.onUpsell()) return { kind: 'noSeat' } as const;
      if (await this.find(lead.unavailable, SALES_CTX)) return { kind: 'notFound' } as const;
      if (await this.isLeadPage()) return { kind: 'lead' } as const;
      return undefined;
    }, this.s.timeouts.hydrationMs);
    if (seen) return seen;
    assertSession(await readState(this.s));
    return { kind: 'unknown', reason: 'neither a lead page, a missing lead nor the upsell' };
  }

  private async isLeadPage(): Promise<boolean> {
    if (!/\/sales\/(?:lead|people)\//.test(this.s.page.url())) return false;
    return (await this.find(lead.overflow, SALES_CTX, await this.actionsScope())) !== null;
  }

  /** The actions bar of the lead's own card (scope for Message and the overflow trigger). */
  private async actionsScope(): Promise<Locator> {
    return (await this.find(lead.actions, SALES_CTX)) ?? this.s.page.locator('[data-x--lead-actions-bar]');
  }

  /** The Message button of the actions bar, when it is enabled (a lead that accepts messages). */
  async messageControl(): Promise<Control | null> {
    const b = await this.find(lead.message, SALES_CTX, await this.actionsScope());
    if (!b) return null;
    const disabled =
      (await b.isDisabled().catch(() => true)) || (await b.getAttribute('aria-disabled')) === 'true';
    return disabled ? null : this.control(lead.message.id, b);
  }

  /**
   * Opens the actions bar's overflow menu and reads its items. Reading only; the caller clicks an item or
   * closes it. Null when the menu did not open within the dialog budget, or its language is unknown.
   */
  async openMenu(): Promise<LeadMenu | null> {
    const trigger = await this.find(lead.overflow, SALES_CTX, await this.actionsScope());
    if (!trigger) return null;
    if ((await trigger.getAttribute('aria-expanded')) !== 'true') await this.click(trigger);
    const items = await this.waitFind(lead.menuItems, SALES_CTX, this.s.timeouts.dialogMs);
    if (!items) return null;
    const locale = await this.locale();
    const all = this.s.page.locator('#hue-web-menu-outlet [role="menu"] [role="menuitem"]');
    const n = await all.count();
    const kinds: Array<LeadMenuItem | null> = [];
    const byKind = new Map<LeadMenuItem, Locator>();
    let profileHref: string | null = null;
    for (let i = 0; i < n; i++) {
      const el = all.nth(i);
      // "View LinkedIn profile" is the item linking /in/ (A19): known by its link in any language.
      const href = await el.getAttribute('href');
      const k =
        href !== null && profileIdFromUrl(href) !== undefined
          ? 'viewProfile'
          : classifyLeadMenuItem(await el.innerText({ timeout: this.s.timeouts.actionMs }), locale);
      kinds.push(k);
      if (k && !byKind.has(k)) byKind.set(k, el);
      if (k === 'viewProfile') profileHref = href;
    }
    // A language without a phrase table leaves the relationship unreadable, whatever the link says.
    if (!salesNavLocaleKnown(locale) || kinds.every((k) => k === null)) {
      this.s.log?.warn({ locale, items: n }, 'sales navigator menu items not recognised');
      await this.closeMenu();
      return null;
    }
    const degree = await this.text(lead.degree);
    return {
      relationship: leadRelationship(kinds, degree, locale),
      item: (k) => {
        const el = byKind.get(k);
        if (!el) return null;
        return this.control(`salesnav.lead.menu.${k}`, el, { scroll: false });
      },
      profileHref,
      close: () => this.closeMenu(),
    };
  }

  private async closeMenu(): Promise<void> {
    const open = this.s.page.locator('#hue-web-menu-outlet [role="menu"]');
    if ((await open.count()) === 0) return;
    await this.s.page.keyboard.press('Escape').catch(() => undefined);
    await this.poll(async () => ((await open.count()) === 0 ? true : undefined), this.s.timeouts.actionMs);
  }

  /** The relationship as the overflow menu shows it now (opens and closes the menu); null when unreadable. */
  async relationship(): Promise<LeadRelationship | null> {
    const menu = await this.openMenu();
    if (!menu) return null;
    await menu.close();
    return menu.relationship;
  }

  /** Re-reads the relationship until `accept` holds (bounded); the last reading either way. */
  async waitForRelationship(
    accept: (r: LeadRelationship) => boolean,
    timeoutMs: number,
  ): Promise<LeadRelationship | null> {
    let last: LeadRelationship | null = null;
    await this.poll(
      async () => {
        last = await this.relationship();
        return last !== null && accept(last) ? true : undefined;
      },
      timeoutMs,
      300,
    );
    return last;
  }

  private async text(d: Parameters<LeadPage['find']>[0]): Promise<string | null> {
    const el = await this.find(d, SALES_CTX);
    if (!el) return null;
    const t = (await el.innerText({ timeout: this.s.timeouts.actionMs }).catch(() => ''))
      .replace(/\s+/g, ' ')
      .trim();
    return t === '' ? null : t;
  }

  /** The catalog's basicInfo fields as the lead page shows them (opens and closes the menu for the hashed URL). */
  async basicInfo(): Promise<LeadBasicInfo> {
    const name = await this.text(lead.name);
    const headline = await this.text(lead.headline);
    const location = await this.text(lead.location);
    const position = await this.text(lead.position);
    const company = await this.find(lead.company, SALES_CTX);
    const companyName = await this.text(lead.company);
    const companyHref = company ? await company.getAttribute('href') : null;
    const companyId = companyHref ? /\/sales\/company\/(\d+)/.exec(companyHref)?.[1] : undefined;
    const pub = await this.find(lead.publicProfile, SALES_CTX);
    const pubHref = pub ? await pub.getAttribute('href') : null;
    const pubId = pubHref ? profileIdFromUrl(pubHref) : undefined;
    const menu = await this.openMenu();
    await menu?.close();
    const hashedId = menu?.profileHref ? profileIdFromUrl(menu.profileHref) : undefined;
    return {
      name,
      publicUrl: pubId && !isHashedProfileId(pubId) ? profileUrlOf(pubId) : null,
      hashedUrl: hashedId && isHashedProfileId(hashedId) ? profileUrlOf(hashedId) : null,
      headline,
      location,
      countryCode: countryCodeOf(location, await this.locale()),
      position,
      companyName,
      companyHashedUrl: companyId ? toLinkedInUrl(`/company/${companyId}`) : null,
      // No documented hook on the lead page carries the member id (A19; neither the lead id ACwAA… nor the
      // hashed profile id ACoAA… is one): null rather than a guess (src/actions/README.md nv.openPersonPage).
      urn: null,
      companyUrn: companyId ? `urn:li:organization:${companyId}` : null,
    };
  }
}
