// Reads a page's signals (one evaluate) and classifies them. The only place in selectors/ that touches
// a live Page — read-only, no waiting, no logging (callers own timing and logs).
import type { Frame, Page } from 'playwright';
import { classifyPage, type ClassifyOptions, type PageState } from './classify-page.ts';
import type { ResolveContext } from './descriptor.ts';
import { pageSignalsExpression, pageSignalsJsonExpression } from './signals/expression.ts';
import { phraseTableFor } from './locales/index.ts';
import type { PageSignals } from './signals.ts';

/**
 * Collects PageSignals (ours + the session layer's) from `target`; `url` defaults to its current URL.
 * One evaluate: the signals come back as a JSON string, or as the object where the page's JSON cannot
 * be trusted (signals/expression.ts); a string that does not parse costs a second, object read.
 */
export async function readPageSignals(target: Page | Frame, url?: string): Promise<PageSignals> {
  const u = url ?? target.url();
  const read: unknown = await target.evaluate(pageSignalsJsonExpression({ url: u }));
  if (typeof read !== 'string') return read as PageSignals;
  try {
    return JSON.parse(read) as PageSignals;
  } catch {
    return (await target.evaluate(pageSignalsExpression({ url: u }))) as PageSignals;
  }
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
    frontEnd: state.frontEnd === 'ember' || state.frontEnd === 'sdui' ? state.frontEnd : null,
  };
}
