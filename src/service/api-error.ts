// The request-level errors `serve` answers with: Linked API's types (linkedapi-actions.md §3.1) plus the
// few a self-hosted server needs (workflowNotFound, accountNotAllowed, notImplemented, routeNotFound).
// A closed set: every error response carries one of these types and its fixed HTTP status.

export const API_ERROR_STATUS = {
  linkedApiTokenRequired: 401,
  invalidLinkedApiToken: 401,
  identificationTokenRequired: 401,
  invalidIdentificationToken: 401,
  /** The token is valid but does not reach this account. */
  accountNotAllowed: 403,
  invalidRequestPayload: 400,
  invalidWorkflow: 400,
  conversationsNotSynced: 400,
  networkNotSynced: 400,
  workflowNotFound: 404,
  accountNotFound: 404,
  routeNotFound: 404,
  methodNotAllowed: 405,
  tooManyRequests: 429,
  notImplemented: 501,
  serviceUnavailable: 503,
  unexpectedError: 500,
} as const;

export type ApiErrorType = keyof typeof API_ERROR_STATUS;

export interface ApiError {
  type: ApiErrorType;
  message: string;
}

/** Thrown inside a route to answer `{ success:false, error }` with the type's status. */
export class ApiFailure extends Error {
  readonly type: ApiErrorType;
  constructor(type: ApiErrorType, message: string) {
    super(message);
    this.type = type;
  }

  get status(): number {
    return API_ERROR_STATUS[this.type];
  }
}

export function isApiErrorType(v: string): v is ApiErrorType {
  return Object.hasOwn(API_ERROR_STATUS, v);
}
