// Outcome builders and the messages of every error the actions report. Messages are short, say what
// happened in the user's terms, and never contain notes, emails, message texts or page text.
import type { ActionErrorType } from '../../errors/error-types.ts';
import type { HoldKind } from '../../engine/action-rules.ts';
import type { ActionOutcome, JsonObject, Subject } from '../../engine/types.ts';

export const MESSAGES = {
  personNotFound: 'The person was not found on LinkedIn.',
  selfProfileNotAllowed: "This action cannot be used on the account's own profile.",
  alreadyPending: 'A connection request to this person is already pending.',
  alreadyConnected: 'The person is already a 1st-degree connection.',
  emailRequired: 'The person requires an email address to send a connection request.',
  noteTooLong: (limit: number, length: number) =>
    `The note has ${length} characters; LinkedIn allows at most ${limit} for this account.`,
  noteLimitExceeded:
    'The account has used up its personalized notes for this month (LinkedIn offers Premium instead).',
  noConnectOption: 'LinkedIn offers no Connect option for this person.',
  recentlyWithdrawn:
    'LinkedIn does not allow inviting this person again yet: an invitation to them was withdrawn recently.',
  weeklyLimit: "LinkedIn's weekly invitation limit has been reached.",
  monthlyLimit: "LinkedIn's monthly invitation limit has been reached.",
  refused: 'LinkedIn refused the invitation.',
  notPending: 'There is no pending connection request to this person.',
  withdrawnButUnfollowFailed: 'The invitation was withdrawn, but unfollowing the person failed:',
  connectionNotFound: 'The person is not a 1st-degree connection of the account.',
  invitationNotFound: 'No received invitation matches the given URL.',
  noMessageOption: 'LinkedIn offers no Message option for this person.',
  inmailOnly: 'The person is not a connection: LinkedIn offers only InMail (Premium) to message them.',
  messageRefused: 'LinkedIn refused the message.',
  threadReadOnly: 'LinkedIn does not allow replying in this conversation.',
  threadNotFound: 'The account has no conversation with this thread id.',
  noConversationWithPerson: 'The account has no conversation with this person.',
  unknownPage: 'The page is in a state linkwright does not recognise.',
  noSalesNavigator:
    'The LinkedIn account has no Sales Navigator seat (Sales Navigator showed its upsell page).',
  salesMessagingNotAllowed:
    'Sales Navigator does not allow messaging this person (no InMail credits left, or the lead accepts no messages).',
} as const;

export function success(data?: JsonObject, subject?: Subject): ActionOutcome {
  return {
    kind: 'success',
    ...(data !== undefined ? { data } : {}),
    ...(subject !== undefined ? { subject } : {}),
  };
}

export function failure(type: ActionErrorType, message: string, hold?: HoldKind): ActionOutcome {
  return { kind: 'failure', error: { type, message }, ...(hold !== undefined ? { hold } : {}) };
}
