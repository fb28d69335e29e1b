// List surfaces: invitation manager (../shared/spec/linkedin-dom.md A15), connections (A16), people search
// (A18). Cards are counted only when they link to a /in/ profile (promos and page/newsletter invitations are
// not people).
import type { Descriptor } from '../descriptor.ts';
import { exact, pattern } from './names.ts';

export const sentCard: Descriptor = {
  id: 'invitationManager.sent.card',
  description: 'A sent invitation card',
  candidates: [
    {
      key: 'sentCard.sdui.withdraw-hook',
      css: 'main [role="listitem"]:has(button[data-view-name="sent-invitations-withdraw-single"])',
    },
    { key: 'sentCard.ember.invitation-card', css: 'li.invitation-card' },
    { key: 'sentCard.listitem-profile-link', css: 'main [role="listitem"]:has(a[href*="/in/"])' },
  ],
};

export const sentCardNameLink: Descriptor = {
  id: 'invitationManager.sent.card.nameLink',
  description: "The invitee's profile link (its href is the person's URL)",
  parent: sentCard,
  candidates: [
    {
      key: 'sentCard.link.ember-title',
      css: 'a.invitation-card__link, .invitation-card__title a, a:has(.invitation-card__title)',
    },
    { key: 'sentCard.link.profile-link', css: 'a[href*="/in/"]' },
  ],
};

export const sentCardName: Descriptor = {
  id: 'invitationManager.sent.card.name',
  description: "The invitee's name",
  parent: sentCard,
  candidates: [
    { key: 'sentCard.name.ember-title', css: '.invitation-card__title' },
    {
      key: 'sentCard.name.sdui-first-p-in-link',
      css: 'xpath=(.//a[contains(@href,"/in/")]//p)[1]',
      note: 'SDUI: the link wraps photo, name, headline, sent time',
    },
  ],
};

export const sentCardHeadline: Descriptor = {
  id: 'invitationManager.sent.card.headline',
  description: "The invitee's headline",
  parent: sentCard,
  candidates: [
    { key: 'sentCard.headline.ember-subtitle', css: '.invitation-card__subtitle' },
    { key: 'sentCard.headline.sdui-second-p-in-link', css: 'xpath=(.//a[contains(@href,"/in/")]//p)[2]' },
  ],
};

export const sentCardTime: Descriptor = {
  id: 'invitationManager.sent.card.sentTime',
  description: '"Sent 1 week ago"',
  parent: sentCard,
  candidates: [
    { key: 'sentCard.time.ember-time-badge', css: 'time.time-badge' },
    {
      key: 'sentCard.time.text',
      css: 'p, span, time',
      text: (p) => (p.sentAgo.length ? new RegExp(p.sentAgo.map((r) => r.source).join('|'), 'iu') : null),
    },
    { key: 'sentCard.time.sdui-third-p-in-link', css: 'xpath=(.//a[contains(@href,"/in/")]//p)[3]' },
  ],
};

export const sentCardWithdraw: Descriptor = {
  id: 'invitationManager.sent.card.withdraw',
  description: 'Withdraw on a sent card',
  parent: sentCard,
  candidates: [
    { key: 'sentCard.withdraw.sdui-hook', css: 'button[data-view-name="sent-invitations-withdraw-single"]' },
    { key: 'sentCard.withdraw.ember-action-btn', css: 'button.invitation-card__action-btn' },
    { key: 'sentCard.withdraw.control-name', css: 'button[data-control-name="withdraw_single"]' },
    { key: 'sentCard.withdraw.name', roles: ['button'], name: exact((p) => p.withdraw) },
  ],
};

export const loadMore: Descriptor = {
  id: 'list.loadMore',
  description: '"Load more" / "Show more results" at the end of a list',
  candidates: [
    { key: 'loadMore.ember-finite-scroll', css: 'button.scaffold-finite-scroll__load-button' },
    { key: 'loadMore.name', roles: ['button'], name: exact((p) => p.loadMore) },
  ],
};

export const paginationNext: Descriptor = {
  id: 'list.pagination.next',
  description: 'Next page (search / older invitation manager)',
  candidates: [
    { key: 'pagination.ember-next', css: 'button.artdeco-pagination__button--next' },
    { key: 'pagination.sdui-indicator', css: 'button[data-testid^="pagination-indicator-"]' },
  ],
};

export const receivedCard: Descriptor = {
  id: 'invitationManager.received.card',
  description: 'A received invitation card (people, pages, newsletters, events)',
  candidates: [
    { key: 'receivedCard.ember.invitation-card', css: 'li.invitation-card' },
    {
      key: 'receivedCard.sdui.listitem-with-buttons',
      css: 'main [role="listitem"]:has(a[href*="/in/"]):has(button)',
    },
  ],
};

/**
 * Received cards of every type. `receivedCard` requires a /in/ link, which SDUI page-follow and
 * newsletter cards do not have (their sender is plain text); this one also takes cards with a
 * /company/ or /newsletters/ link and buttons.
 */
export const receivedCardAnyType: Descriptor = {
  id: 'invitationManager.received.cardAnyType',
  description: 'A received invitation card of any type',
  candidates: [
    { key: 'receivedCardAnyType.ember.invitation-card', css: 'li.invitation-card' },
    {
      key: 'receivedCardAnyType.sdui.listitem-any-type',
      css: 'main [role="listitem"]:has(button):is(:has(a[href*="/in/"]), :has(a[href*="/company/"]), :has(a[href*="/newsletters/"]))',
    },
    {
      key: 'receivedCardAnyType.ember.li-with-buttons',
      css: 'main li:has(button):is(:has(a[href*="/in/"]), :has(a[href*="/company/"]), :has(a[href*="/newsletters/"]))',
    },
  ],
};

const NOT_PERSON_INVITE =
  ':not(:has(a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"], a[href*="/newsletters/"], a[href*="/events/"], a[href*="/groups/"]))';

export const receivedPersonCard: Descriptor = {
  id: 'invitationManager.received.personCard',
  description:
    'A received invitation to connect from a person (page / newsletter / event invitations excluded)',
  candidates: [
    { key: 'receivedPersonCard.ember.invitation-card', css: `li.invitation-card${NOT_PERSON_INVITE}` },
    {
      key: 'receivedPersonCard.sdui.listitem',
      css: `main [role="listitem"]:has(a[href*="/in/"]):has(button)${NOT_PERSON_INVITE}`,
    },
  ],
};

export const receivedAccept: Descriptor = {
  id: 'invitationManager.received.card.accept',
  description: 'Accept ("Accept <Name>\'s invitation"; on follow+connect cards an <a>)',
  parent: receivedCard,
  candidates: [
    { key: 'received.accept.label', roles: ['button', 'link'], name: pattern((p) => p.acceptLabel) },
    { key: 'received.accept.name', roles: ['button', 'link'], name: exact((p) => p.accept) },
    {
      key: 'received.accept.ember-primary',
      css: 'button.invitation-card__action-btn.artdeco-button--secondary:last-of-type',
    },
  ],
};

export const receivedIgnore: Descriptor = {
  id: 'invitationManager.received.card.ignore',
  description: 'Ignore ("Ignore an invitation to connect from <Name>")',
  parent: receivedCard,
  candidates: [
    { key: 'received.ignore.label', roles: ['button'], name: pattern((p) => p.ignoreLabel) },
    { key: 'received.ignore.name', roles: ['button'], name: exact((p) => p.ignore) },
  ],
};

export const receivedNote: Descriptor = {
  id: 'invitationManager.received.card.note',
  description: 'The invitation note (truncated; expand first)',
  parent: receivedCard,
  candidates: [
    { key: 'received.note.ember-custom-message', css: '.invitation-card__custom-message' },
    { key: 'received.note.expandable', css: '[data-testid="expandable-text-box"]' },
  ],
};

export const receivedExpand: Descriptor = {
  id: 'invitationManager.received.card.expand',
  description: 'Expand a truncated note',
  parent: receivedCard,
  candidates: [{ key: 'received.expand.testid', css: '[data-testid="expandable-text-button"]' }],
};

export const connectionCard: Descriptor = {
  id: 'connections.card',
  description: 'A connection in the connections list',
  candidates: [
    { key: 'connectionCard.ember.mn-connection-card', css: 'li.mn-connection-card' },
    { key: 'connectionCard.sdui.listitem', css: 'main [role="listitem"]:has(a[href*="/in/"])' },
    {
      key: 'connectionCard.sdui.link-block',
      css: 'main [componentkey]:has(> div > a[href*="/in/"])',
      note: 'A16 SDUI: no list role; photo link + name link per person',
    },
    { key: 'connectionCard.sdui.li', css: 'main li:has(a[href*="/in/"])' },
  ],
};

export const connectionCardName: Descriptor = {
  id: 'connections.card.name',
  description: "The connection's name",
  parent: connectionCard,
  candidates: [
    { key: 'connectionCard.name.ember', css: '.mn-connection-card__name' },
    { key: 'connectionCard.name.sdui-link-p', css: 'a[href*="/in/"] p' },
  ],
};

export const connectionCardOccupation: Descriptor = {
  id: 'connections.card.occupation',
  description: "The connection's occupation/headline",
  parent: connectionCard,
  candidates: [
    { key: 'connectionCard.occupation.ember', css: '.mn-connection-card__occupation' },
    {
      key: 'connectionCard.occupation.sdui-p-after-name',
      css: 'xpath=.//a[contains(@href,"/in/")]//p/following::p[1]',
    },
  ],
};

/**
 * A connection card of the connections list (A16), either front end. Ember: li.mn-connection-card. SDUI
 * has no list roles or classes: the cards are the siblings (between <hr role="presentation">) that link
 * to a profile.
 */
export const connectionCardAnyFrontEnd: Descriptor = {
  id: 'connections.cardAnyFrontEnd',
  description: 'A connection in the connections list, either front end',
  candidates: [
    { key: 'connectionCardAnyFrontEnd.ember.mn-connection-card', css: 'li.mn-connection-card' },
    {
      key: 'connectionCardAnyFrontEnd.sdui.hr-siblings',
      css: 'main div:has(> hr[role="presentation"]) > div:has(a[href*="/in/"])',
    },
    { key: 'connectionCardAnyFrontEnd.sdui.listitem', css: 'main [role="listitem"]:has(a[href*="/in/"])' },
  ],
};

/** A connection card's overflow trigger ("Show more actions for <Name>"); resolve it inside the card. */
export const connectionCardMore: Descriptor = {
  id: 'connections.card.more',
  description: 'Overflow trigger of a connection card',
  candidates: [
    { key: 'connectionCard.more.ember-trigger', css: 'button.mn-connection-card__dropdown-trigger' },
    { key: 'connectionCard.more.aria-expanded', css: 'button[aria-expanded]' },
  ],
};

/** Its Remove connection item; resolve it inside the card or the menu the trigger controls. */
export const connectionCardRemove: Descriptor = {
  id: 'connections.card.remove',
  description: 'Remove connection item of a connection card',
  candidates: [
    { key: 'connectionCard.remove.ember-item', css: '.mn-connection-card__dropdown-item button' },
    {
      key: 'connectionCard.remove.name',
      roles: ['button', 'menuitem'],
      name: exact((p) => p.removeConnection),
    },
  ],
};

export const searchCard: Descriptor = {
  id: 'search.card',
  description: 'A people search result (promos excluded: no /in/ link)',
  candidates: [
    {
      key: 'searchCard.sdui.listitem',
      css: '[data-sdui-screen*="SearchResultsPeople"] [role="listitem"]:has(a[href*="/in/"])',
    },
    { key: 'searchCard.ember.chameleon-member', css: '[data-chameleon-result-urn*="urn:li:member:"]' },
    {
      key: 'searchCard.ember.reusable-search',
      css: 'li.reusable-search__result-container:has(a[href*="/in/"])',
    },
  ],
};

export const searchCardConnect: Descriptor = {
  id: 'search.card.connect',
  description: 'Connect on a search card',
  parent: searchCard,
  candidates: [
    { key: 'searchCard.connect.preload-link', css: 'a[href*="/preload/search-custom-invite/?vanityName="]' },
    {
      key: 'searchCard.connect.icon',
      css: 'button:has(svg[data-test-icon^="connect-"]), button:has(svg#connect-small)',
    },
    { key: 'searchCard.connect.label', roles: ['button', 'link'], name: pattern((p) => p.inviteLabel) },
  ],
};

/**
 * List pages (`sel.invitationManager`, `sel.connections`, `sel.search`): the one registration of these
 * descriptors.
 */
export const listSelectors = {
  invitationManager: {
    sent: {
      card: sentCard,
      nameLink: sentCardNameLink,
      name: sentCardName,
      headline: sentCardHeadline,
      sentTime: sentCardTime,
      withdraw: sentCardWithdraw,
    },
    loadMore,
    paginationNext,
    received: {
      card: receivedCard,
      cardAnyType: receivedCardAnyType,
      personCard: receivedPersonCard,
      accept: receivedAccept,
      ignore: receivedIgnore,
      note: receivedNote,
      expand: receivedExpand,
    },
  },
  connections: {
    card: connectionCard,
    name: connectionCardName,
    occupation: connectionCardOccupation,
    cardAnyFrontEnd: connectionCardAnyFrontEnd,
    more: connectionCardMore,
    remove: connectionCardRemove,
  },
  search: { card: searchCard, connect: searchCardConnect },
} as const;
