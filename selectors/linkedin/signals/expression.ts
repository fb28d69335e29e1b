// The signal extractor as ONE self-contained expression for `page.evaluate(expr)` / `frame.evaluate(expr)`:
// every part's source (`.toString()`) in one IIFE, handed to `assemblePageSignals`, plus the session
// layer's own signals — one round trip.
//
// Why sources and not closures: Playwright runs the code in the page, where nothing of this module
// exists. Each part therefore declares every helper inside itself and imports types only. Transpilers
// may add references the page does not have: tsx/esbuild's keepNames wraps named inner functions in
// `__name(...)`, hence the no-op shim (plain `tsc` output at ES2022 adds nothing).
// test/unit/selectors/page-signals-expression.test.ts runs the expression built by both in Chromium.
import { extractSessionSignals, SESSION_MARKERS } from '../session-signals.ts';
import { assemblePageSignals, type ExtractOptions, type SignalParts } from './assemble.ts';
import { domKit } from './dom-kit.ts';
import { readDialogs } from './dialogs.ts';
import { readDocumentFacts } from './document-facts.ts';
import { readLists } from './lists.ts';
import { readLocaleSignals } from './locale.ts';
import { readMarkers } from './markers.ts';
import { readMenus } from './menus.ts';
import { readPreloadLinks } from './preload-links.ts';
import { readSalesNav } from './sales-nav.ts';
import { readTopCard } from './top-card.ts';

/** The parts, in the order they are serialised. */
export const SIGNAL_PARTS: SignalParts = {
  domKit,
  readTopCard,
  readMenus,
  readPreloadLinks,
  readDialogs,
  readLists,
  readMarkers,
  readSalesNav,
  readDocumentFacts,
  readLocaleSignals,
};

let partsSource: string | null = null;

/** `{ domKit: (function domKit() {…}), … }`, built once. */
function serialisedParts(): string {
  partsSource ??= `{ ${Object.entries(SIGNAL_PARTS)
    .map(([name, fn]) => `${name}: (${fn.toString()})`)
    .join(',\n')} }`;
  return partsSource;
}

/** Returns the full PageSignals (ours plus the session layer's SessionSignals) when evaluated in a page. */
export function pageSignalsExpression(opts: ExtractOptions): string {
  return `(() => { const __name = (f) => f;
    const parts = ${serialisedParts()};
    const s = (${assemblePageSignals.toString()})(${JSON.stringify(opts)}, parts);
    s.session = (${extractSessionSignals.toString()})(${JSON.stringify(SESSION_MARKERS)});
    return s; })()`;
}

/**
 * The same signals, as one JSON string where the page's JSON is the native one: Playwright's own result
 * serialiser walks a returned object value by value (≈ 10 ms for a profile's signals, half a read),
 * where JSON.stringify in the page and JSON.parse in Node cost well under one. A page that added
 * `toJSON` to a built-in prototype (Prototype.js style) would change the JSON's shape, and one whose
 * JSON.stringify throws or gives no string would lose the read: those pages get the object itself, read
 * the slower way — the extractor runs once either way. What JSON drops: keys whose value is undefined
 * (the signals use null) and non-finite numbers, which become null (a `maxlength` of "1e999" reads as
 * no limit instead of Infinity — the same verdict).
 */
export function pageSignalsJsonExpression(opts: ExtractOptions): string {
  return `(() => { const s = ${pageSignalsExpression(opts)};
    try {
      const protos = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype];
      if (!protos.some((p) => Object.prototype.hasOwnProperty.call(p, 'toJSON'))) {
        const j = JSON.stringify(s);
        if (typeof j === 'string') return j;
      }
    } catch (e) { /* the object below */ }
    return s; })()`;
}
