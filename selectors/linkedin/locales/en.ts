// English. Sources: the real EN pages (SDUI 2026-03, Ember 2024/2025) and linkedin-dom.md Parts A/C.
// Patterns are written against normalised text (ASCII apostrophes, single spaces).
import { definePhraseTable } from './define.ts';

export const en = definePhraseTable({
  locale: 'en',
  langs: ['en'],
  connect: ['Connect'],
  pending: ['Pending'],
  follow: ['Follow'],
  following: ['Following'],
  message: ['Message'],
  more: ['More'],
  unfollow: ['Unfollow'],
  withdraw: ['Withdraw', 'Withdraw invitation'],
  removeConnection: ['Remove connection', 'Remove Connection', 'Remove this connection'],
  remove: ['Remove'],
  accept: ['Accept'],
  ignore: ['Ignore'],

  inviteLabel: [/^Invite (.+) to connect$/i],
  pendingLabel: [/^Pending, click to withdraw invitation sent to (.+)$/i],
  followLabel: [/^Follow (.+)$/i],
  followingLabel: [/^Following, click to unfollow (.+)$/i],
  messageLabel: [/^Message (.+)$/i, /^Send a message to (.+)$/i],
  moreLabel: ['More', 'More actions'],
  unfollowLabel: [/^Unfollow (.+)$/i],
  removeConnectionLabel: [/^Remove your connection to (.+)$/i, /^Remove connection with (.+)$/i],
  withdrawLabel: [/^Withdrawn? invitation sent to (.+)$/i, /^Withdraw invitation to (.+)$/i],
  acceptLabel: [/^Accept (.+?)'s? invitation$/i, /^Accept (.+?)'s? request to connect$/i],
  ignoreLabel: [/^Ignore an invitation to connect from (.+)$/i, /^Ignore (.+?)'s? invitation$/i],

  addNote: ['Add a note'],
  sendWithoutNote: ['Send without a note'],
  send: ['Send'],
  sendInvitation: ['Send invitation'],
  sendNow: ['Send now'],
  cancel: ['Cancel', 'Cancel adding a note'],
  dismiss: ['Dismiss'],
  close: ['Close'],
  gotIt: ['Got it'],
  inviteHeading: ['Add a note to your invitation?', 'You can customize this invitation'],
  emailGate: ['please enter their email to connect', 'To verify this member knows you'],
  noteQuota: [
    'Send unlimited personalized invites with Premium',
    "You're out of free custom notes",
    "You've used all your free personalized invitations",
    'Personalize your invitations with Premium',
  ],
  noteRemaining: [/(\d+) personalized invitations? remaining/i],
  howDoYouKnow: [/^How do you know (.+)\?$/i],
  weeklyLimit: [
    "You've reached the weekly invitation limit",
    "You're out of invitations for now",
    'reached the weekly invitation limit',
    'weekly invitation limit',
  ],
  withdrawConfirm: ['Withdraw invitation', "If you withdraw now, you won't be able to resend"],
  removeConfirm: ['Remove connection', 'Remove this connection'],
  unfollowConfirm: ['Unfollow'],
  invitationSent: ['Invitation sent', 'was sent'],

  degree1: ['1st', '1st degree connection', 'First degree connection'],
  degree2: ['2nd', '2nd degree connection', 'Second degree connection'],
  degree3: ['3rd', '3rd+', '3rd degree connection', 'Third degree connection'],

  loadMore: ['Load more', 'Show more results'],
  sentAgo: [/^Sent (.+) ago$/i, /^Sent (today)$/i, /^Sent (yesterday)$/i],
  cookieAccept: ['Accept'],
  cookieReject: ['Reject'],

  // Not confirmed by a real page or a documented source: the unfollow / remove confirmation dialog
  // texts, "Remove connection with", the Ignore variant with a possessive, "Show more results".
  undocumented: ['unfollowConfirm', 'removeConfirm'],
});
