// The top card's overflow ("More") menu and its items (../shared/spec/linkedin-dom.md A2, A3, A4, A14).
// Ember renders the dropdown with the top card (hidden until opened). SDUI renders the menu only when
// opened, as a popover portal at the end of <body>: it is found through the More button's aria-owns /
// aria-controls id, falling back to the (single) open portal menu.
import type { Frame, Locator, Page } from 'playwright';
import type { Descriptor, ResolveContext } from '../descriptor.ts';
import { cssString, vanityHrefCss } from '../descriptor.ts';
import { exact, pattern } from './names.ts';
import { more } from './profile.ts';
import { resolve } from '../resolve.ts';

async function ownedPortalMenu(scope: Page | Frame | Locator, ctx: ResolveContext): Promise<Locator | null> {
  const trigger = await resolve(scope, more, ctx, { includeHidden: true });
  if (!trigger) return null;
  const ids = await trigger.locator
    .first()
    // No inner named functions: the callback's source runs in the page (see signals/expression.ts).
    .evaluate((el) => {
      const out: string[] = [];
      const holders: Element[] = [el];
      if (el.parentElement)
        holders.push(...Array.from(el.parentElement.querySelectorAll('[aria-owns], [aria-controls]')));
      for (const e of holders) {
        for (const a of ['aria-controls', 'aria-owns'])
          for (const id of (e.getAttribute(a) ?? '').split(/\s+/)) if (id) out.push(id);
      }
      return out;
    })
    .catch(() => [] as string[]);
  if (ids.length === 0) return null;
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  const css = ids
    .map(
      (id) =>
        `[data-floating-ui-portal][id="${cssString(id)}"] [role="menu"], [role="menu"][id="${cssString(id)}"]`,
    )
    .join(', ');
  return page.locator(css);
}

export const moreMenu: Descriptor = {
  id: 'profile.moreMenu',
  description: "The menu opened by the top card's More button",
  candidates: [
    // First: one CSS count, where the SDUI candidates cost the More button's whole candidate chain again
    // plus an evaluate (60–100 ms of every Ember send, bench/README.md). On a page the reading named SDUI
    // it is tried after the SDUI candidates (resolve's `candidatesInOrder`); where the front end is not
    // known it costs one count that matches nothing there: only a visible (open) artdeco dropdown matches.
    {
      key: 'moreMenu.ember.top-card-dropdown',
      css: 'section[data-member-id] .artdeco-dropdown__content, .pv-top-card .artdeco-dropdown__content',
    },
    { key: 'moreMenu.sdui.owned-portal', locate: ownedPortalMenu, note: 'More button aria-owns → portal id' },
    { key: 'moreMenu.sdui.portal', css: '[data-floating-ui-portal] [role="menu"]' },
  ],
};

const ITEM = '[role="menuitem"], .artdeco-dropdown__item, [role="button"], a, button';

export const moreMenuConnect: Descriptor = {
  id: 'profile.moreMenu.connect',
  description: 'Connect item of the overflow menu',
  parent: moreMenu,
  // The /preload/ links and the small-icon menu item exist in SDUI's portal menu only, the artdeco item
  // in Ember's dropdown only: on a page the reading named, the other front end's are tried after the
  // page's own (resolve's `candidatesInOrder`), so an Ember send does not miss the two links first.
  candidates: [
    {
      key: 'moreMenu.connect.preload-link',
      frontEnd: 'sdui',
      css: (c) => (c.vanity ? vanityHrefCss('/preload/custom-invite/', c.vanity) : null),
    },
    {
      key: 'moreMenu.connect.preload-link-any',
      frontEnd: 'sdui',
      css: 'a[href*="/preload/custom-invite/?vanityName="]',
    },
    { key: 'moreMenu.connect.icon', frontEnd: 'sdui', css: '[role="menuitem"]:has(svg#connect-small)' },
    {
      key: 'moreMenu.connect.ember-icon',
      frontEnd: 'ember',
      css: '.artdeco-dropdown__item:has(svg[data-test-icon^="connect-"])',
      note: 'A2 Ember dropdown item (a div[role=button]; its own candidate so it carries the ember flavour)',
    },
    {
      key: 'moreMenu.connect.label',
      roles: ['menuitem', 'button', 'link'],
      name: pattern((p) => p.inviteLabel),
    },
    { key: 'moreMenu.connect.text', css: ITEM, text: exact((p) => p.connect) },
  ],
};

export const moreMenuWithdraw: Descriptor = {
  id: 'profile.moreMenu.withdraw',
  description: 'Withdraw invitation item (pending person)',
  parent: moreMenu,
  candidates: [
    { key: 'moreMenu.withdraw.link', css: 'a[href*="/preload/withdraw-invite/"]' },
    { key: 'moreMenu.withdraw.text', css: ITEM, text: exact((p) => p.withdraw) },
    { key: 'moreMenu.withdraw.label', roles: ['menuitem', 'button'], name: pattern((p) => p.withdrawLabel) },
  ],
};

export const moreMenuUnfollow: Descriptor = {
  id: 'profile.moreMenu.unfollow',
  description: 'Unfollow / Following item',
  parent: moreMenu,
  candidates: [
    { key: 'moreMenu.unfollow.text', css: ITEM, text: exact((p) => [...p.unfollow, ...p.following]) },
    {
      key: 'moreMenu.unfollow.label',
      roles: ['menuitem', 'button'],
      name: pattern((p) => [...p.unfollowLabel, ...p.followingLabel]),
    },
  ],
};

export const moreMenuFollow: Descriptor = {
  id: 'profile.moreMenu.follow',
  description: 'Follow item (Connect primary, or a pending person)',
  parent: moreMenu,
  candidates: [
    {
      key: 'moreMenu.follow.icon',
      css: '.artdeco-dropdown__item:has(svg[data-test-icon^="add-"]), [role="menuitem"]:has(svg#add-small), [role="menuitem"]:has(svg#add-medium)',
    },
    { key: 'moreMenu.follow.text', css: ITEM, text: exact((p) => p.follow) },
    { key: 'moreMenu.follow.label', roles: ['menuitem', 'button'], name: pattern((p) => p.followLabel) },
  ],
};

export const moreMenuRemoveConnection: Descriptor = {
  id: 'profile.moreMenu.removeConnection',
  description: 'Remove connection item (1st degree). Text before label: LinkedIn PL mislabels it.',
  parent: moreMenu,
  candidates: [
    { key: 'moreMenu.removeConnection.text', css: ITEM, text: exact((p) => p.removeConnection) },
    {
      key: 'moreMenu.removeConnection.label',
      roles: ['menuitem', 'button'],
      name: pattern((p) => p.removeConnectionLabel),
    },
  ],
};

/** The top card's More menu (`sel.profile.moreMenu`): the one registration of these descriptors. */
export const moreMenuSelectors = {
  menu: moreMenu,
  connect: moreMenuConnect,
  withdraw: moreMenuWithdraw,
  unfollow: moreMenuUnfollow,
  follow: moreMenuFollow,
  removeConnection: moreMenuRemoveConnection,
} as const;
