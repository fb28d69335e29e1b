// Generic dismissal of things that sit over the page we want (cookie banners, upsells, prompts). The
// site-specific list of blockers lives with the site driver; this module only runs it, bounded.
import type { Locator } from 'playwright';
import { throwIfAborted } from './bounded.ts';

export interface Blocker<S> {
  /** Stable name for logs ("cookieBanner", "premiumUpsell", …). */
  name: string;
  /** Cheap test on the caller's page state: could this blocker be showing? */
  maybe(state: S): boolean;
  /** The control that closes it when it is showing, else null. */
  closer(): Promise<Locator | null>;
  /** The blocker's container, to confirm it went away. */
  container(): Promise<Locator | null>;
}

export interface RunBlockersOptions<S> {
  /** Re-reads the page state after a pass that closed something (a dismissal can reveal the next one). */
  reread: () => Promise<S>;
  maxPasses?: number;
  /** Budget of each click and of each "gone" wait. */
  timeoutMs: number;
  onDismissed?: (name: string) => void;
  onStuck?: (name: string) => void;
  /** The action's AbortSignal: an aborted action stops dismissing at once. */
  signal?: AbortSignal;
}

/**
 * Dismisses every showing blocker, up to `maxPasses` passes; returns the names dismissed, in order.
 * A blocker whose close control cannot be clicked is left alone (reported by the state read that follows).
 */
export async function runBlockers<S>(
  initial: S,
  blockers: readonly Blocker<S>[],
  opts: RunBlockersOptions<S>,
): Promise<string[]> {
  const dismissed: string[] = [];
  let state = initial;
  for (let pass = 0; pass < (opts.maxPasses ?? 3); pass++) {
    let any = false;
    for (const b of blockers) {
      throwIfAborted(opts.signal);
      if (!b.maybe(state)) continue;
      const closer = await b.closer();
      if (!closer) continue;
      try {
        await closer.click({ timeout: opts.timeoutMs });
        const c = await b.container();
        if (c) await c.waitFor({ state: 'hidden', timeout: opts.timeoutMs }).catch(() => undefined);
        dismissed.push(b.name);
        opts.onDismissed?.(b.name);
        any = true;
      } catch {
        opts.onStuck?.(b.name);
      }
    }
    if (!any) break;
    state = await opts.reread();
  }
  return dismissed;
}
