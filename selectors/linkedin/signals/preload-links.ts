// `/preload/` invite and withdraw links (locale-free): their kind, the vanity they are pinned to, and
// where they sit (top-card row, top card, owned menu, a portal, main, elsewhere) — in every tree.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { PreloadLinkSignal } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';
import type { MenuItemPlaces } from './menus.ts';
import type { TopCardScan } from './top-card.ts';

export function readPreloadLinks(
  kit: DomKit,
  top: TopCardScan,
  itemPlaces: MenuItemPlaces,
): PreloadLinkSignal[] {
  const { main, qsaDeep, isVisible } = kit;
  const preloadLinks: PreloadLinkSignal[] = [];
  for (const { el } of qsaDeep(
    'a[href*="/preload/custom-invite/"], a[href*="/preload/search-custom-invite/"], a[href*="/preload/withdraw-invite/"]',
  )) {
    const href = el.getAttribute('href') ?? '';
    const kind = href.includes('search-custom-invite')
      ? 'search-custom-invite'
      : href.includes('withdraw-invite')
        ? 'withdraw-invite'
        : 'custom-invite';
    let vanity: string | null = null;
    const m = /[?&]vanityName=([^&#]+)/.exec(href);
    if (m) {
      try {
        vanity = decodeURIComponent(m[1]!);
      } catch {
        vanity = m[1]!;
      }
    }
    let where: PreloadLinkSignal['where'] = 'elsewhere';
    const mi = Array.from(itemPlaces.entries()).find(([it]) => it === el || it.contains(el));
    if (top.row && top.row.contains(el)) where = 'topCardRow';
    else if (top.el && top.el.contains(el)) where = 'topCard';
    else if (mi) where = mi[1];
    else if (main && main.contains(el)) where = 'main';
    preloadLinks.push({ kind, vanity, where, visible: isVisible(el) });
    if (preloadLinks.length >= 60) break;
  }
  return preloadLinks;
}
