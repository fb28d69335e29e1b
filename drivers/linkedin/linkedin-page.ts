// The LinkedIn page objects' base: the shared PageObject (bounded poll, human click, Control) plus
// finding through the selectors' descriptors — resolved under a scope (the page, a card, a dialog),
// with the matched candidate logged so selector drift shows before it fails.
import type { Locator, Page } from 'playwright';
import { resolve, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { PageObject, type ClickOptions, type Control } from '../shared/page-object.ts';
import type { LinkedInSession } from './session.ts';

export interface Found {
  /** Every match of the winning candidate. */
  all: Locator;
  /** The first match. */
  first: Locator;
  count: number;
  /** The key of the candidate that matched. */
  key: string;
}

/**
 * Resolves `d` under `scope` (default: the page) and logs the matched candidate; null when no candidate
 * matches. Never waits.
 */
export async function findIn(
  s: LinkedInSession,
  d: Descriptor,
  ctx: ResolveContext,
  scope: Page | Locator = s.page,
): Promise<Found | null> {
  const hit = await resolve(scope, d, ctx);
  if (!hit) return null;
  s.log?.debug({ selector: d.id, key: hit.key, count: hit.count }, 'selector matched');
  return { all: hit.locator, first: hit.locator.first(), count: hit.count, key: hit.key };
}

export abstract class LinkedInPage extends PageObject<LinkedInSession> {
  /** The first element `d` names under `scope`, or null. */
  protected async find(
    d: Descriptor,
    ctx: ResolveContext,
    scope: Page | Locator = this.s.page,
  ): Promise<Locator | null> {
    return (await findIn(this.s, d, ctx, scope))?.first ?? null;
  }

  /** Waits (bounded) for `d` to show under `scope`; null when it did not within `timeoutMs`. */
  protected async waitFind(
    d: Descriptor,
    ctx: ResolveContext,
    timeoutMs: number,
    scope: Page | Locator = this.s.page,
  ): Promise<Locator | null> {
    return (await this.poll(async () => (await this.find(d, ctx, scope)) ?? undefined, timeoutMs)) ?? null;
  }

  /** The control `d` names under `scope`, as an intent for the caller, or null. */
  protected async findControl(
    d: Descriptor,
    ctx: ResolveContext,
    scope: Page | Locator = this.s.page,
    opts: ClickOptions = {},
  ): Promise<Control | null> {
    const el = await this.find(d, ctx, scope);
    return el ? this.control(d.id, el, opts) : null;
  }

  /**
   * Waits (bounded by the click budget) until the control `d` names under `scope` is enabled (neither
   * `disabled` nor `aria-disabled`), e.g. Send once the text is in; null when it never is. `d` names a
   * button (or another role that can be disabled): a plain element's `aria-disabled` is not read.
   */
  protected async enabledControl(
    d: Descriptor,
    ctx: ResolveContext,
    scope: Page | Locator = this.s.page,
  ): Promise<Control | null> {
    const enabled = await this.poll(async () => {
      const b = await this.find(d, ctx, scope);
      if (!b) return undefined;
      // Playwright's isEnabled is false for `disabled` (own or a fieldset's) and, on elements whose role can
      // be disabled (button, link, menuitem, textbox, …), for `aria-disabled="true"` on them or an ancestor:
      // one read answers both for the buttons this is used for (test/actions/menu-and-dialog-drivers.test.ts).
      return (await b.isEnabled().catch(() => false)) ? b : undefined;
    }, this.s.timeouts.actionMs);
    return enabled ? this.control(d.id, enabled, { scroll: false }) : null;
  }
}
