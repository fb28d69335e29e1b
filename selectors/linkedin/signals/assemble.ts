// Puts the parts together into one PageSignals (without the session layer's signals, added by the
// expression). It decides nothing: the pure classifiers (classify-page.ts) turn these signals into a
// state, so the same decisions can be unit-tested on hand-written objects.
//
// Runs IN THE PAGE: the parts arrive as an argument (never imported at runtime), so this function and
// every part serialise on their own (expression.ts).
import type { PageSignals } from '../signals.ts';
import type { domKit } from './dom-kit.ts';
import type { readDialogs } from './dialogs.ts';
import type { readDocumentFacts } from './document-facts.ts';
import type { readLists } from './lists.ts';
import type { readLocaleSignals } from './locale.ts';
import type { readMarkers } from './markers.ts';
import type { readMenus } from './menus.ts';
import type { readPreloadLinks } from './preload-links.ts';
import type { readSalesNav } from './sales-nav.ts';
import type { readTopCard } from './top-card.ts';

export interface ExtractOptions {
  /** The page's real address (live: page.url(); doctor: --url). */
  url: string;
}

/** Every part of the extractor, by name: the explicit list the expression serialises. */
export interface SignalParts {
  domKit: typeof domKit;
  readTopCard: typeof readTopCard;
  readMenus: typeof readMenus;
  readPreloadLinks: typeof readPreloadLinks;
  readDialogs: typeof readDialogs;
  readLists: typeof readLists;
  readMarkers: typeof readMarkers;
  readSalesNav: typeof readSalesNav;
  readDocumentFacts: typeof readDocumentFacts;
  readLocaleSignals: typeof readLocaleSignals;
}

export function assemblePageSignals(opts: ExtractOptions, parts: SignalParts): Omit<PageSignals, 'session'> {
  const kit = parts.domKit();
  const top = parts.readTopCard(kit);
  const { menus, itemPlaces } = parts.readMenus(kit, top);
  const preloadLinks = parts.readPreloadLinks(kit, top, itemPlaces);
  const dialogs = parts.readDialogs(kit);
  const lists = parts.readLists(kit);
  const markers = parts.readMarkers(kit);
  const doc = parts.readDocumentFacts(kit);
  const locale = parts.readLocaleSignals(kit, { topCard: top.topCard, menus, dialogs });
  return {
    v: 1,
    url: opts.url,
    documentUrl: doc.documentUrl,
    htmlLang: locale.htmlLang,
    declaredLangs: locale.declaredLangs,
    title: doc.title,
    canonical: doc.canonical,
    ogUrl: doc.ogUrl,
    markers,
    salesNav: parts.readSalesNav(),
    topCard: top.topCard,
    menus,
    preloadLinks,
    dialogs,
    lists,
    uiTexts: locale.uiTexts,
    bodyTextLength: doc.bodyTextLength,
    bodyTextExcerpt: doc.bodyTextExcerpt,
  };
}
