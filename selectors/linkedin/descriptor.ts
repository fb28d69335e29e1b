// The selector descriptor format: an element named by meaning, with ORDERED candidates under stable
// keys. Structure first (URLs, attribute presence, test hooks), then role + accessible name from the
// locale's phrase table, then semantic classes / positions. `resolve.ts` turns a descriptor into a
// Playwright Locator and reports which key matched (the caller logs it, so drift shows early).
import type { Frame, Locator, Page } from 'playwright';
import type { PhraseTable } from './locales/types.ts';

export type Root = Page | Frame | Locator;

export interface ResolveContext {
  /** The page's phrase table; null = unknown locale → every text/name candidate is skipped. */
  phrases: PhraseTable | null;
  /** The profile owner's vanity (scopes /preload/custom-invite/?vanityName= links). */
  vanity?: string | null;
  /** The profile owner's full name, when a candidate wants to pin an aria-label to it. */
  name?: string | null;
  /**
   * The front end the page reading named. `resolve` then tries the candidates flavoured for the other
   * one (`<element>.sdui.…` on an Ember page, `<element>.ember.…` on an SDUI one) after the page's own
   * (see `candidatesInOrder`): they cannot match there, and each miss costs a round trip. Unset: the
   * declared order.
   */
  frontEnd?: 'ember' | 'sdui' | null;
}

export type AriaRoleName = Parameters<Page['getByRole']>[0];

interface CandidateBase {
  /** Stable key, `<element>.<flavour>.<how>`, e.g. `connect.sdui.preload-link`. Never reused. */
  readonly key: string;
  /** Why this candidate exists / its source (../shared/spec/linkedin-dom.md section). */
  readonly note?: string;
  /**
   * The one front end this candidate can match on, where the key does not say it (a menu item's key
   * names the item in its second part: `moreMenu.connect.preload-link`). Read like the key's flavour by
   * the front-end order (`candidatesInOrder`); set only where the markup exists in that front end alone.
   */
  readonly frontEnd?: 'ember' | 'sdui';
}

/** CSS (Playwright CSS pierces open shadow roots). A function may return null when ctx lacks data. */
export interface CssCandidate extends CandidateBase {
  readonly css: string | ((ctx: ResolveContext) => string | null);
  /** Keep only elements whose text matches (phrase-table based; null → candidate skipped). */
  readonly text?: (p: PhraseTable, ctx: ResolveContext) => RegExp | null;
  /** Keep only elements containing a match of this CSS. */
  readonly has?: string;
}

/** Role + accessible name from the phrase table, for each listed role (OR-ed). */
export interface RoleCandidate extends CandidateBase {
  readonly roles: readonly AriaRoleName[];
  readonly name: (p: PhraseTable, ctx: ResolveContext) => RegExp | null;
  /** Restrict to elements also matching this CSS (e.g. exclude dropdown items). */
  readonly within?: string;
}

/** Escape hatch for relations CSS cannot express (e.g. the portal menu owned by the top card's More). */
export interface LocateCandidate extends CandidateBase {
  readonly locate: (scope: Page | Frame | Locator, ctx: ResolveContext) => Promise<Locator | null>;
}

export type Candidate = CssCandidate | RoleCandidate | LocateCandidate;

export interface Descriptor {
  /** Meaningful id, e.g. `profile.actionRow.connect`. */
  readonly id: string;
  readonly description: string;
  /** Resolved first when `resolve` gets a Page/Frame: the element's scope (e.g. the top card). */
  readonly parent?: Descriptor;
  readonly candidates: readonly Candidate[];
  /** Also look into `/preload/` iframes (the invite dialog on some accounts). */
  readonly searchPreloadFrames?: boolean;
}

/** Escapes a value for a CSS attribute selector in double quotes. */
export function cssString(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** `a[href*="…vanityName=<v>"]` for both the raw and the percent-encoded vanity. */
export function vanityHrefCss(prefix: string, vanity: string, tagAndAttrs = 'a'): string {
  const raw = cssString(`${prefix}?vanityName=${vanity}`);
  const enc = cssString(`${prefix}?vanityName=${encodeURIComponent(vanity)}`);
  const exactRaw = `${tagAndAttrs}[href$="${raw}"], ${tagAndAttrs}[href*="${raw}&"]`;
  return raw === enc
    ? exactRaw
    : `${exactRaw}, ${tagAndAttrs}[href$="${enc}"], ${tagAndAttrs}[href*="${enc}&"]`;
}

/** Descriptors grouped by meaning (`sel.profile.actionRow.connect`): each surface's one registration. */
export interface DescriptorTree {
  readonly [key: string]: Descriptor | DescriptorTree;
}

function isDescriptor(v: Descriptor | DescriptorTree): v is Descriptor {
  return typeof v['id'] === 'string' && Array.isArray(v['candidates']);
}

/** Every descriptor of a tree, depth-first in declaration order, each once (doctor's list). */
export function descriptorsIn(tree: DescriptorTree): Descriptor[] {
  const out: Descriptor[] = [];
  const walk = (node: DescriptorTree): void => {
    for (const v of Object.values(node)) {
      if (!isDescriptor(v)) walk(v);
      else if (!out.includes(v)) out.push(v);
    }
  };
  walk(tree);
  return out;
}
