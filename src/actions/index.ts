// Every action handler linkwright has, by action type. The engine looks handlers up here; validation
// accepts only the types listed in implemented.ts (each one registered here and working end to end).
// `st.doForPeople` has no handler: the engine runs iterators itself (execute-workflow.ts).
import type { ActionHandler } from '../engine/types.ts';
import { acceptInvitation } from './st/accept-invitation.ts';
import { checkConnectionStatus } from './st/check-connection-status.ts';
import { ignoreInvitation } from './st/ignore-invitation.ts';
import { openPersonPage } from './st/open-person-page.ts';
import { removeConnection } from './st/remove-connection.ts';
import { retrieveConnections } from './st/retrieve-connections.ts';
import { retrieveInvitations } from './st/retrieve-invitations.ts';
import { retrievePendingRequests } from './st/retrieve-pending-requests.ts';
import { sendConnectionRequest } from './st/send-connection-request.ts';
import { withdrawConnectionRequest } from './st/withdraw-connection-request.ts';

const HANDLERS: readonly ActionHandler[] = [
  openPersonPage,
  checkConnectionStatus,
  sendConnectionRequest,
  withdrawConnectionRequest,
  retrievePendingRequests,
  retrieveInvitations,
  acceptInvitation,
  ignoreInvitation,
  removeConnection,
  retrieveConnections,
];

export const ACTION_HANDLERS: ReadonlyMap<string, ActionHandler> = new Map(
  HANDLERS.map((h) => [h.actionType, h]),
);
