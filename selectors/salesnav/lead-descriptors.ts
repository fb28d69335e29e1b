// Sales Navigator lead side (../shared/spec/linkedin-dom.md A19): the lead page's fields and actions, its
// overflow menu as mounted in #hue-web-menu-outlet, the connect form, the withdraw confirmation, the message
// composer (#message-overlay) and the inbox thread. Structure only (data-x-*, data-anonymize, the form ids
// and classes A19 names): the hue app has no SDUI variant and its hashed classes (`_actions-bar_1pq6dn`)
// rotate, so none is used (Part C rule 4). Menu item meanings come from phrases.ts (their only hook is text).
import type { Descriptor } from '../linkedin/descriptor.ts';

const css = (id: string, description: string, ...c: Array<[string, string]>): Descriptor => ({
  id,
  description,
  candidates: c.map(([key, sel]) => ({ key, css: sel })),
});

export const salesLeadFields = {
  card: css('salesnav.lead.card', 'Lead page: the profile card', [
    'salesnav.lead.card.data-x',
    '[data-x--lead--profile-card]',
  ]),
  headline: css('salesnav.lead.headline', 'Lead page: the headline', [
    'salesnav.lead.headline.anonymize',
    '[data-x--lead--profile-card] [data-anonymize="headline"]',
  ]),
  location: css('salesnav.lead.location', 'Lead page: the location', [
    'salesnav.lead.location.anonymize',
    '[data-x--lead--profile-card] [data-anonymize="location"]',
  ]),
  degree: css('salesnav.lead.degree', 'Lead page: the degree beside the name', [
    'salesnav.lead.degree.data-x',
    '[data-x--lead--degree]',
  ]),
  position: css('salesnav.lead.position', 'Lead page: the current role title', [
    'salesnav.lead.position.anonymize',
    '[data-x--lead--current-role] [data-anonymize="job-title"]',
  ]),
  company: css('salesnav.lead.company', 'Lead page: the current company link (/sales/company/<id>)', [
    'salesnav.lead.company.anonymize',
    '[data-x--lead--current-role] a[data-anonymize="company-name"]',
  ]),
  publicProfile: css('salesnav.lead.publicProfile', 'Lead page: the public LinkedIn profile link', [
    'salesnav.lead.publicProfile.contact-info',
    'a[data-x--lead--contact-info-linkedin]',
  ]),
  unavailable: css('salesnav.lead.unavailable', 'Lead address that names no member', [
    'salesnav.lead.unavailable.data-x',
    '[data-x--lead-unavailable]',
  ]),
  message: css(
    'salesnav.lead.message',
    'Lead page: the Message button of the actions bar (not Save)',
    ['salesnav.lead.message.data-x', 'button[data-x--lead-actions-bar-message]'],
    ['salesnav.lead.message.primary', 'section[data-x--lead-actions-bar] button.artdeco-button--primary'],
  ),
  save: css('salesnav.lead.save', 'Lead page: Save / Saved (a decoy for Connect)', [
    'salesnav.lead.save.data-x',
    '[data-x--lead-actions-bar] button[data-x--lead-save-button]',
  ]),
  menuItems: css(
    'salesnav.lead.menuItems',
    'Lead page: the open overflow menu items (#hue-web-menu-outlet)',
    ['salesnav.lead.menuItems.hue-outlet', '#hue-web-menu-outlet [role="menu"] [role="menuitem"]'],
  ),
} as const;

export const salesConnectForm = {
  form: css('salesnav.connect.form', 'Connect form (modal)', [
    'salesnav.connect.form.class',
    'form.connect-cta-form',
  ]),
  note: css('salesnav.connect.note', 'Connect form: the note textarea', [
    'salesnav.connect.note.id',
    'textarea#connect-cta-form__invitation',
  ]),
  email: css('salesnav.connect.email', 'Connect form: the email gate field', [
    'salesnav.connect.email.id',
    'input#connect-cta-form__email',
  ]),
  send: css('salesnav.connect.send', 'Connect form: Send Invitation', [
    'salesnav.connect.send.class',
    'button.connect-cta-form__send',
  ]),
  error: css('salesnav.connect.error', 'Connect form: the error LinkedIn shows after Send', [
    'salesnav.connect.error.alert',
    'form.connect-cta-form [role="alert"]',
  ]),
  dismiss: css('salesnav.connect.dismiss', 'Connect form / confirmation: dismiss', [
    'salesnav.connect.dismiss.artdeco',
    '#artdeco-modal-outlet button.artdeco-modal__dismiss',
  ]),
  withdrawConfirm: css(
    'salesnav.withdraw.confirm',
    'Withdraw confirmation: the confirming button (not Cancel)',
    ['salesnav.withdraw.confirm.class', '[role="alertdialog"] .withdraw-invitation__confirm'],
    [
      'salesnav.withdraw.confirm.primary',
      '[role="alertdialog"] .artdeco-modal__actionbar .artdeco-button--primary',
    ],
  ),
} as const;

export const salesComposer = {
  form: css(
    'salesnav.compose.form',
    'Message composer (lead overlay or inbox thread)',
    ['salesnav.compose.form.overlay', '#message-overlay form.compose-form'],
    ['salesnav.compose.form.inbox', '[data-x--inbox-thread] form.compose-form'],
  ),
  subject: css('salesnav.compose.subject', 'Composer: subject (new conversations)', [
    'salesnav.compose.subject.class',
    'input.compose-form__subject-field',
  ]),
  body: css('salesnav.compose.body', 'Composer: message body', [
    'salesnav.compose.body.class',
    'textarea.compose-form__message-field',
  ]),
  send: css(
    'salesnav.compose.send',
    'Composer: Send',
    ['salesnav.compose.send.class', 'button.compose-form__send-button'],
    ['salesnav.compose.send.submit', 'form.compose-form button[type="submit"]'],
  ),
  credits: css('salesnav.compose.credits', 'Composer: "… remaining credits"', [
    'salesnav.compose.credits.class',
    '.compose-form__credits',
  ]),
  error: css('salesnav.compose.error', 'Composer: the error after Send', [
    'salesnav.compose.error.alert',
    'form.compose-form [role="alert"]',
  ]),
  messages: css('salesnav.compose.messages', 'Conversation: message texts, oldest first', [
    'salesnav.compose.messages.data-x',
    '[data-x--message-item] [data-x--message-content]',
  ]),
  threadLink: css('salesnav.compose.threadLink', 'Lead overlay: link to the conversation in the inbox', [
    'salesnav.compose.threadLink.inbox-href',
    '#message-overlay a[href*="/sales/inbox/"]',
  ]),
} as const;

export const salesInbox = {
  threadOptions: css('salesnav.inbox.threadOptions', 'Inbox: the open conversation’s options trigger', [
    'salesnav.inbox.threadOptions.data-x',
    '[data-x--inbox-thread] button[data-x--inbox-thread-options]',
  ]),
  list: css('salesnav.inbox.list', 'Inbox: the conversation list (also when empty)', [
    'salesnav.inbox.list.data-x',
    '[data-x--inbox-conversation-list]',
  ]),
  thread: css('salesnav.inbox.thread', 'Inbox: the open conversation', [
    'salesnav.inbox.thread.data-x',
    '[data-x--inbox-thread]',
  ]),
  conversations: css('salesnav.inbox.conversations', 'Inbox: conversation links of the list', [
    'salesnav.inbox.conversations.href',
    '[data-x--inbox-conversation-list] a[href*="/sales/inbox/"]',
  ]),
} as const;
