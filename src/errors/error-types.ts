// The closed sets of error names linkwright can report (../shared/spec/product.md §2). Adding a name here is
// a contract change: users branch on these strings.

export const WORKFLOW_ERROR_TYPES = ['invalidWorkflow', 'invalidRequestPayload'] as const;
export type WorkflowErrorType = (typeof WORKFLOW_ERROR_TYPES)[number];

/** Action-level error types: the catalog's, plus our common limitExceeded and unexpectedError. */
export const ACTION_ERROR_TYPES = [
  'personNotFound',
  'selfProfileNotAllowed',
  'alreadyPending',
  'alreadyConnected',
  'emailRequired',
  'noteTooLong',
  'noteLimitExceeded',
  'requestNotAllowed',
  'notPending',
  'connectionNotFound',
  'messagingNotAllowed',
  'retrievingNotAllowed',
  'searchingNotAllowed',
  'searchInterfaceMismatch',
  'filterNotApplied',
  'companyNotFound',
  'postNotFound',
  'jobNotFound',
  'commentingNotAllowed',
  'commentNotFound',
  'replyingNotAllowed',
  'noPostingPermission',
  'alreadyReposted',
  'noSalesNavigator',
  'threadNotFound',
  'invitationNotFound',
  'limitExceeded',
  'unexpectedError',
] as const;
export type ActionErrorType = (typeof ACTION_ERROR_TYPES)[number];

/** Session-level reasons: the workflow stops and reports `failure: { reason, message }`. */
export const SESSION_FAILURE_REASONS = [
  'linkedinAccountSignedOut',
  'securityCheckpoint',
  'accountBusy',
  'browserUnavailable',
  'outsideWorkingHours',
] as const;
export type SessionFailureReason = (typeof SESSION_FAILURE_REASONS)[number];

export interface ActionError {
  type: ActionErrorType;
  message: string;
}

export interface SessionFailure {
  reason: SessionFailureReason;
  message: string;
}

/**
 * Thrown (not returned) only where a session-level failure must unwind through layers that cannot
 * return it, e.g. from the session provider inside a driver call. The engine turns it into
 * `failure: { reason, message }` and stops the workflow.
 */
export class SessionFailureError extends Error {
  readonly reason: SessionFailureReason;
  constructor(reason: SessionFailureReason, message: string) {
    super(message);
    this.name = 'SessionFailureError';
    this.reason = reason;
  }
}

export function isSessionFailureError(e: unknown): e is SessionFailureError {
  return e instanceof SessionFailureError;
}
