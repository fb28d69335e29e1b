// Messaging (linkedin-dom A17): the overlay bubble a profile's Message control opens, the full
// /messaging/thread/<id>/ page, and what both share — the message list and the compose box (real PL
// ochhyes/messaging_composer*.html, 2026-06). Structure first: the msg-* classes are Ember's semantic
// classes, still served in 2026; the composer's Send falls back to the phrase table's "Send".
// A bubble is always the target person's own (its header links to their profile, or names them):
// other conversations' bubbles with their own composers are decoys.
import type { Frame, Locator, Page } from 'playwright';
import type { Descriptor, ResolveContext } from '../descriptor.ts';
import { cssString } from '../descriptor.ts';
import { exact, pattern } from './names.ts';

const BUBBLE = '.msg-overlay-conversation-bubble:not(.msg-overlay-conversation-bubble--is-minimized)';

/** The open bubble whose header title is exactly the person's name (names are data, not UI phrases). */
async function bubbleByName(scope: Page | Frame | Locator, ctx: ResolveContext): Promise<Locator | null> {
  const name = ctx.name?.trim();
  if (!name) return null;
  const exactName = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'u');
  return scope
    .locator(BUBBLE)
    .filter({ has: scope.locator('.msg-overlay-bubble-header__title', { hasText: exactName }) });
}

export const overlayBubble: Descriptor = {
  id: 'messaging.overlay.bubble',
  description: "The person's own open conversation bubble in the messaging overlay",
  candidates: [
    {
      key: 'bubble.header-profile-link',
      css: (c) =>
        c.vanity
          ? `${BUBBLE}:has(.msg-overlay-bubble-header a[href*="/in/${cssString(c.vanity)}/"], .msg-overlay-bubble-header a[href$="/in/${cssString(c.vanity)}"])`
          : null,
      note: 'A17 overlay; the header links to the person (NOT VERIFIED: fixture markup)',
    },
    { key: 'bubble.header-title-name', locate: bubbleByName, note: 'A17 .msg-overlay-bubble-header__title' },
  ],
};

/** The full messaging page's open conversation (the thread of /messaging/thread/<id>/). */
export const threadPane: Descriptor = {
  id: 'messaging.thread.pane',
  description: 'The open conversation of the full messaging page',
  candidates: [
    { key: 'thread.msg-convo-wrapper', css: '.msg-convo-wrapper' },
    { key: 'thread.scaffold-detail', css: '.scaffold-layout__detail:has(form.msg-form)' },
  ],
};

export const threadTitle: Descriptor = {
  id: 'messaging.thread.title',
  description: "The full page's conversation title (the other person's name)",
  candidates: [{ key: 'threadTitle.entity-lockup', css: '.msg-entity-lockup__entity-title' }],
};

export const messageList: Descriptor = {
  id: 'messaging.messageList',
  description: 'The message list of a conversation (scope it to a bubble or the thread pane)',
  candidates: [{ key: 'messageList.content', css: 'ul.msg-s-message-list-content', note: 'A17' }],
};

export const composer: Descriptor = {
  id: 'messaging.composer',
  description: 'The compose box (contenteditable textbox) of a conversation',
  candidates: [
    {
      key: 'composer.msg-form-contenteditable',
      css: 'form.msg-form div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
      note: 'A17 real PL composer 2026-06',
    },
    {
      key: 'composer.textbox',
      css: '[role="textbox"][contenteditable="true"]',
      note: 'A17 stickerdaniel 2026-08',
    },
  ],
};

export const sendButton: Descriptor = {
  id: 'messaging.send',
  description: "The compose box's Send",
  candidates: [
    { key: 'send.msg-form-send-button', css: 'form.msg-form button.msg-form__send-button', note: 'A17' },
    { key: 'send.form-submit', css: 'form.msg-form button[type="submit"]', note: 'A17 stickerdaniel' },
    { key: 'send.name', roles: ['button'], name: exact((p) => p.send), within: 'form *' },
  ],
};

/**
 * The InMail offer instead of a composer: a /premium/ link inside the person's bubble (scope it to the
 * bubble; the composer's absence is checked by the driver).
 */
export const inmailUpsell: Descriptor = {
  id: 'messaging.inmailUpsell',
  description: 'Premium (InMail) offer inside a conversation bubble',
  candidates: [
    {
      key: 'inmail.premium-link',
      css: 'a[href*="/premium/"]',
      note: 'A17 "Message may open InMail (Premium)"; NOT VERIFIED markup',
    },
  ],
};

/**
 * The open conversation's options trigger (st.manageConversation), in the thread page's title bar —
 * scope it to the thread pane: every conversation card of the list has its own (other conversations').
 * NOT VERIFIED: no capture of the menu exists (fixtures messaging/thread/ember-en-options-open*).
 */
export const threadOptionsTrigger: Descriptor = {
  id: 'messaging.thread.optionsTrigger',
  description: "The open conversation's options (overflow) trigger in the thread's title bar",
  candidates: [
    {
      key: 'optionsTrigger.thread-actions',
      css: '.msg-thread-actions__control',
      note: 'NOT VERIFIED markup',
    },
    {
      key: 'optionsTrigger.label',
      roles: ['button'],
      name: pattern((p) => p.conversationOptionsLabel),
      note: '"Open the options list in your conversation with <Name>" (NOT VERIFIED)',
    },
  ],
};

/** The open dropdown of that trigger (scope it to the trigger's dropdown). */
export const threadOptionsMenu: Descriptor = {
  id: 'messaging.thread.optionsMenu',
  description: "The open conversation-options dropdown's content",
  candidates: [
    {
      key: 'optionsMenu.artdeco-open',
      css: '.artdeco-dropdown__content--is-open',
      note: 'A16 Ember dropdown',
    },
    { key: 'optionsMenu.role-menu', css: '[role="menu"]' },
  ],
};

/** The full messaging page's conversation list (A17; st.syncInbox reads its cards). */
export const conversationList: Descriptor = {
  id: 'messaging.conversationList',
  description: 'The conversation list of the full messaging page',
  candidates: [
    { key: 'conversations.list', css: 'ul.msg-conversations-container__conversations-list', note: 'A17' },
    { key: 'conversations.container', css: '.msg-conversations-container ul', note: 'A17' },
  ],
};

/** The messaging surface as drivers address it (`sel.messaging`): the one registration. */
export const messagingSelectors = {
  overlay: { bubble: overlayBubble },
  thread: {
    pane: threadPane,
    title: threadTitle,
    optionsTrigger: threadOptionsTrigger,
    optionsMenu: threadOptionsMenu,
  },
  messageList,
  composer,
  send: sendButton,
  inmailUpsell,
  conversationList,
} as const;
