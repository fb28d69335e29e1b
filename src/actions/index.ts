// Every action handler linkwright has, by action type. The engine looks handlers up here; validation
// accepts only the types listed in implemented.ts (each one registered here and working end to end).
// `st.doForPeople` has no handler: the engine runs iterators itself (execute-workflow.ts).
import type { ActionHandler } from '../engine/types.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { checkConnectionStatus } from './check-connection-status.ts';
import { ignoreInvitation } from './ignore-invitation.ts';
import { openPersonPage } from './open-person-page.ts';
import { removeConnection } from './remove-connection.ts';
import { retrieveConnections } from './retrieve-connections.ts';
import { retrieveInvitations } from './retrieve-invitations.ts';
import { retrievePendingRequests } from './retrieve-pending-requests.ts';
import { sendConnectionRequest } from './send-connection-request.ts';
import { withdrawConnectionRequest } from './withdraw-connection-request.ts';

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
