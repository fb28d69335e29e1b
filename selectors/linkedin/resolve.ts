// Turns descriptors into Playwright Locators. `resolve` tries candidates in order (`candidatesInOrder`:
// the declared one, the other front end's flavour behind the page's own) and returns the first
// that matches (visible elements only, by default) with its key; it never waits and never logs — the
// caller owns timing and logs `key`. `countCandidates` reports every candidate's match count (doctor).
import type { Frame, Locator, Page } from 'playwright';
import type { Candidate, Descriptor, ResolveContext, Root } from './descriptor.ts';

export interface Resolved {
  /** All matches of the winning candidate (visible ones unless `includeHidden`). */
  locator: Locator;
  /** The stable key of the candidate that matched. */
  key: string;
  count: number;
}

export interface ResolveOptions {
  /** Count hidden elements too (doctor on saved pages; Ember's pre-rendered dropdown). Default false. */
  includeHidden?: boolean;
  /**
   * Memo of parent resolutions for many calls on an unchanging page (doctor). Never reuse it after the
   * page changed: a cached scope would point at the old DOM.
   */
  parentCache?: Map<Descriptor, Promise<Resolved | null>>;
}

function isLocator(root: Root): root is Locator {
  return typeof (root as Locator).first === 'function' && typeof (root as Locator).filter === 'function';
}

function isPage(root: Root): root is Page {
  return !isLocator(root) && typeof (root as Page).mainFrame === 'function';
}

/** The Locator for one candidate inside `scope`, or null when the context cannot build it. */
export async function candidateLocator(
  scope: Page | Frame | Locator,
  c: Candidate,
  ctx: ResolveContext,
  opts: ResolveOptions = {},
): Promise<Locator | null> {
  if ('locate' in c) return c.locate(scope, ctx);
  if ('roles' in c) {
    if (!ctx.phrases) return null;
    const name = c.name(ctx.phrases, ctx);
    if (!name) return null;
    let loc: Locator | null = null;
    for (const role of c.roles) {
      const l = scope.getByRole(role, { name, includeHidden: opts.includeHidden === true });
      loc = loc ? loc.or(l) : l;
    }
    if (loc && c.within) loc = loc.and(scope.locator(c.within));
    return loc;
  }
  const css = typeof c.css === 'function' ? c.css(ctx) : c.css;
  if (!css) return null;
  let loc = scope.locator(css);
  if (c.has) loc = loc.filter({ has: scope.locator(c.has) });
  if (c.text) {
    if (!ctx.phrases) return null;
    const re = c.text(ctx.phrases, ctx);
    if (!re) return null;
    loc = loc.filter({ hasText: re });
  }
  return loc;
}

/** The scopes to search: the root itself, the resolved parent, or (for dialogs) the /preload/ frames too. */
async function scopesFor(
  root: Root,
  d: Descriptor,
  ctx: ResolveContext,
  opts: ResolveOptions,
): Promise<(Page | Frame | Locator)[]> {
  if (isLocator(root)) return [root];
  if (d.parent) {
    let pending = opts.parentCache?.get(d.parent);
    if (!pending) {
      pending = resolve(root, d.parent, ctx, opts);
      opts.parentCache?.set(d.parent, pending);
    }
    const parent = await pending;
    return parent ? [parent.locator.first()] : [];
  }
  if (d.searchPreloadFrames && isPage(root)) {
    const main = root.mainFrame();
    const preload = root.frames().filter((f) => f !== main && /\/preload\//.test(f.url()));
    return [root, ...preload];
  }
  return [root];
}

/**
 * A candidate's front-end flavour: its `frontEnd`, else the key's second part
 * (`topCard.sdui.section-componentkey`).
 */
export function candidateFlavour(c: Candidate): string | undefined {
  return c.frontEnd ?? c.key.split('.')[1];
}

/**
 * The candidates in the order `resolve` tries them: the declared order, except that on a page whose front
 * end is known, candidates flavoured for the other front end that were declared before the page's own
 * last flavoured candidate move to just after it (each group keeping its order). The fallbacks declared
 * after the flavoured candidates (role + name, text, broad CSS) keep their place behind all of them, so a
 * page the reading misnamed still finds its element by the precise candidate first, a few round trips
 * later; nothing is dropped.
 */
export function candidatesInOrder(d: Descriptor, ctx: ResolveContext): readonly Candidate[] {
  const own = ctx.frontEnd === 'ember' || ctx.frontEnd === 'sdui' ? ctx.frontEnd : null;
  if (!own) return d.candidates;
  const other = own === 'ember' ? 'sdui' : 'ember';
  let lastOwn = -1;
  d.candidates.forEach((c, i) => {
    if (candidateFlavour(c) === own) lastOwn = i;
  });
  const head = d.candidates.slice(0, lastOwn + 1);
  const foreign = head.filter((c) => candidateFlavour(c) === other);
  if (foreign.length === 0) return d.candidates;
  return [
    ...head.filter((c) => candidateFlavour(c) !== other),
    ...foreign,
    ...d.candidates.slice(lastOwn + 1),
  ];
}

/**
 * Resolves `d` under `root`. A Page/Frame root resolves the descriptor's parent chain first; a Locator
 * root is taken as the scope already (the caller scoped it). Returns null when no candidate matches.
 * Candidates are tried in `candidatesInOrder`.
 */
export async function resolve(
  root: Root,
  d: Descriptor,
  ctx: ResolveContext,
  opts: ResolveOptions = {},
): Promise<Resolved | null> {
  const scopes = await scopesFor(root, d, ctx, opts);
  for (const c of candidatesInOrder(d, ctx)) {
    for (const scope of scopes) {
      const loc = await candidateLocator(scope, c, ctx, opts).catch(() => null);
      if (!loc) continue;
      const filtered = opts.includeHidden ? loc : loc.filter({ visible: true });
      const count = await filtered.count().catch(() => 0);
      if (count > 0) return { locator: filtered, key: c.key, count };
    }
  }
  return null;
}

/**
 * One Locator matching any candidate (OR-ed, in candidate order) — for bounded waits such as
 * `waitFor({ state: 'visible', timeout })`; call `resolve` afterwards to learn which key matched.
 * Parent scoping uses the parent's first candidate match at call time.
 */
export async function anyCandidate(root: Root, d: Descriptor, ctx: ResolveContext): Promise<Locator | null> {
  const scopes = await scopesFor(root, d, ctx, {});
  let out: Locator | null = null;
  for (const c of d.candidates) {
    for (const scope of scopes) {
      const loc = await candidateLocator(scope, c, ctx).catch(() => null);
      if (loc) out = out ? out.or(loc) : loc;
    }
  }
  return out;
}

export interface CandidateCount {
  key: string;
  matches: number;
}

/** Every candidate's match count (hidden included unless told otherwise), parent scoped. */
export async function countCandidates(
  root: Root,
  d: Descriptor,
  ctx: ResolveContext,
  opts: ResolveOptions = { includeHidden: true },
): Promise<CandidateCount[]> {
  const scopes = await scopesFor(root, d, ctx, opts);
  // Independent reads: run them concurrently, keep candidate order.
  return Promise.all(
    d.candidates.map(async (c) => {
      let matches = 0;
      for (const scope of scopes) {
        const loc = await candidateLocator(scope, c, ctx, opts).catch(() => null);
        if (!loc) continue;
        const l = opts.includeHidden ? loc : loc.filter({ visible: true });
        matches += await l.count().catch(() => 0);
      }
      return { key: c.key, matches };
    }),
  );
}
