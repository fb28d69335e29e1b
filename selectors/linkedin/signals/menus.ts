// Overflow menus: Ember's dropdown rendered with the top card (hidden until opened) and SDUI's
// floating-ui portal menus (present only while open), each marked when the top card's trigger owns it.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { MenuSignals } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';
import type { TopCardScan } from './top-card.ts';

/** Where each menu item element sits (page-only: /preload/ links are placed against it). */
export type MenuItemPlaces = Map<Element, 'ownedMenu' | 'portal'>;

export function readMenus(
  kit: DomKit,
  top: TopCardScan,
): { menus: MenuSignals[]; itemPlaces: MenuItemPlaces } {
  const { CONTROL_SEL, controlsIn, controlOf } = kit;
  const menus: MenuSignals[] = [];
  const itemPlaces: MenuItemPlaces = new Map();
  const triggerEl = top.trigger;
  if (top.el && top.flavour === 'ember' && triggerEl) {
    const dd = triggerEl.closest('.artdeco-dropdown');
    const content = dd ? dd.querySelector('.artdeco-dropdown__content') : null;
    if (content) {
      const items = controlsIn(content).concat(
        Array.from(content.querySelectorAll('.artdeco-dropdown__item')).filter(
          (e) => !e.matches(CONTROL_SEL) && !e.closest(CONTROL_SEL),
        ),
      );
      for (const it of items) itemPlaces.set(it, 'ownedMenu');
      menus.push({
        kind: 'ember.dropdown',
        ownedByTopCard: true,
        open:
          triggerEl.getAttribute('aria-expanded') === 'true' ||
          content.classList.contains('artdeco-dropdown__content--is-open'),
        items: items.slice(0, 20).map(controlOf),
      });
    }
  }
  for (const portal of Array.from(document.querySelectorAll('[data-floating-ui-portal]'))) {
    const menu = portal.querySelector('[role="menu"]');
    if (!menu) continue;
    const items = controlsIn(menu);
    const owned =
      (portal.id !== '' && top.ownedIds.has(portal.id)) || (menu.id !== '' && top.ownedIds.has(menu.id));
    for (const it of items) itemPlaces.set(it, owned ? 'ownedMenu' : 'portal');
    menus.push({
      kind: 'sdui.portal',
      ownedByTopCard: owned,
      open: true,
      items: items.slice(0, 20).map(controlOf),
    });
  }
  return { menus, itemPlaces };
}
