// Reads a page's signals in one evaluate and classifies them. The only place in selectors/ that touches
// a live Page — read-only, no waiting, no logging (callers own timing and logs).
import type { Frame, Page } from 'playwright';
import { classifyPage, type ClassifyOptions, type PageState } from './classify-page.ts';
import type { ResolveContext } from './descriptor.ts';
import { pageSignalsExpression, pageSignalsJsonExpression } from './signals/expression.ts';
import { phraseTableFor } from './locales/index.ts';
import type { PageSignals } from './signals.ts';

/** Collects PageSignals (ours + the session layer's) from `target`; `url` defaults to its current URL. */
export async function readPageSignals(target: Page | Frame, url?: string): Promise<PageSignals> {
  const u = url ?? target.url();
  const json: unknown = await target.evaluate(pageSignalsJsonExpression({ url: u }));
  if (typeof json === 'string') {
    try {
      return JSON.parse(json) as PageSignals;
    } catch {
      // A page that replaced JSON.stringify: read the object the slower way below.
    }
  }
  return (await target.evaluate(pageSignalsExpression({ url: u }))) as PageSignals;
}

/** Signals + classification in one call. */
export async function readPageState(
  target: Page | Frame,
  opts: ClassifyOptions & { url?: string } = {},
): Promise<{ signals: PageSignals; state: PageState }> {
  const signals = await readPageSignals(target, opts.url);
  return { signals, state: classifyPage(signals, opts) };
}

/** The ResolveContext descriptors need, from a classified page (phrase table, owner vanity and name). */
export function resolveContextFor(state: PageState): ResolveContext {
  return {
    phrases: state.phrasesAvailable ? phraseTableFor(state.locale) : null,
    vanity: state.person?.vanity ?? null,
    name: state.person?.name ?? null,
  };
}
