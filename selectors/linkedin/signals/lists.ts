// List pages: search result cards and promos, invitation-manager sent / received cards and the current
// tab, connections (Ember cards or distinct SDUI people), profile list items, paging controls.
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained, reads the DOM
// only through the kit it is given.
import type { ListSignals } from '../signals.ts';
import type { DomKit } from './dom-kit.ts';

export function readLists(kit: DomKit): ListSignals {
  const { main, vanityFromHref } = kit;
  const mainEl: Element | Document = main ?? document;
  const hasProfileLink = (e: Element): boolean => e.querySelector('a[href*="/in/"]') !== null;
  const searchScreens = Array.from(document.querySelectorAll('[data-sdui-screen*="SearchResults"]'));
  let searchCards = 0;
  let searchPromos = 0;
  for (const s of searchScreens) {
    for (const li of Array.from(s.querySelectorAll('[role="listitem"]'))) {
      if (li.parentElement && li.parentElement.closest('[role="listitem"]')) continue;
      if (hasProfileLink(li)) searchCards++;
      else searchPromos++;
    }
  }
  if (searchScreens.length === 0) {
    const ember = Array.from(mainEl.querySelectorAll('[data-chameleon-result-urn]'));
    searchCards = ember.filter((e) =>
      /urn:li:member:/.test(e.getAttribute('data-chameleon-result-urn') ?? ''),
    ).length;
    searchPromos = ember.length - searchCards;
    if (searchCards === 0)
      searchCards = Array.from(mainEl.querySelectorAll('li.reusable-search__result-container')).filter(
        hasProfileLink,
      ).length;
  }
  const listItems = Array.from(mainEl.querySelectorAll('[role="listitem"], li')).filter((li) => {
    if (
      li.parentElement &&
      li.parentElement.closest('[role="listitem"], li') &&
      mainEl.contains(li.parentElement.closest('[role="listitem"], li'))
    )
      return false;
    return hasProfileLink(li);
  });
  const sentWithdraw = mainEl.querySelectorAll(
    'button[data-view-name="sent-invitations-withdraw-single"]',
  ).length;
  const sentCards =
    listItems.filter((li) => li.querySelector('button[data-view-name="sent-invitations-withdraw-single"]'))
      .length ||
    // Ember ≤2024 sent cards (../shared/spec/linkedin-dom.md A15): a "Sent …" time badge and ONE action
    // (Withdraw); received cards carry two (Ignore, Accept) and must not count here when the address does not
    // say which tab this is.
    Array.from(mainEl.querySelectorAll('li.invitation-card')).filter(
      (li) =>
        li.querySelector('.time-badge') !== null ||
        li.querySelectorAll('button.invitation-card__action-btn').length === 1,
    ).length;
  // The tab the page itself marks as current (its link's address), for saved pages without a URL.
  const currentTabHref =
    mainEl
      .querySelector(
        '[aria-current="page"][href*="/invitation-manager/"], [aria-selected="true"][href*="/invitation-manager/"]',
      )
      ?.getAttribute('href') ?? '';
  const invitationTab: 'sent' | 'received' | null = /\/invitation-manager\/sent(\/|\?|$)/.test(currentTabHref)
    ? 'sent'
    : /\/invitation-manager\/(received(\/|\?|$)|$)/.test(currentTabHref)
      ? 'received'
      : null;
  // People only: page-follow, newsletter and event invitations also name a sender (an /in/ link).
  const NOT_PERSON_INVITE =
    'a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"], a[href*="/newsletters/"], a[href*="/events/"], a[href*="/groups/"]';
  const receivedCards = Array.from(mainEl.querySelectorAll('li.invitation-card, [role="listitem"]')).filter(
    (li) => {
      if (li.parentElement && li.parentElement.closest('li.invitation-card, [role="listitem"]')) return false;
      if (li.querySelector('button[data-view-name="sent-invitations-withdraw-single"]')) return false;
      if (li.querySelector(NOT_PERSON_INVITE)) return false;
      return li.querySelectorAll('button, a[role="button"], a[aria-label]').length >= 2 && hasProfileLink(li);
    },
  ).length;
  const emberConnections = mainEl.querySelectorAll('li.mn-connection-card').length;
  // SDUI connections (A16): no stable class or list role; each person has two /in/<slug>/ links
  // (photo and name) — count distinct people, not links.
  const connVanities = new Set<string>();
  if (emberConnections === 0) {
    for (const a of Array.from(mainEl.querySelectorAll('a[href*="/in/"]'))) {
      const v = vanityFromHref(a.getAttribute('href'));
      if (v && v !== 'me') connVanities.add(v);
    }
  }
  return {
    searchCards,
    searchPromos,
    sentCards,
    receivedCards,
    connectionCards: emberConnections || connVanities.size,
    profileListItems: listItems.length,
    invitationTab,
    sentWithdrawButtons: sentWithdraw,
    paginationButtons: document.querySelectorAll(
      'button[data-testid^="pagination-indicator-"], .artdeco-pagination__indicator',
    ).length,
  };
}
