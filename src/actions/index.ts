// The action modules linkwright has, and everything derived from them: the engine's handlers, the
// policy's rule book and the implemented set validation accepts. Adding an action = adding its module
// to MODULES (see README.md, "How to add an action"); nothing else lists action types.
import type { ActionRuleBook } from '../engine/action-rules.ts';
import type { ActionHandler } from '../engine/types.ts';
import type { JsonObject } from '../workflow/json-object.ts';
import type { ActionType } from '../workflow/registry.ts';
import type { ActionModule } from './kit/define-action.ts';
import type { ActionServices } from './kit/services.ts';
import { acceptInvitation } from './st/accept-invitation.ts';
import { checkConnectionStatus } from './st/check-connection-status.ts';
import { ignoreInvitation } from './st/ignore-invitation.ts';
import { manageConversation } from './st/manage-conversation.ts';
import { openPersonPage } from './st/open-person-page.ts';
import { removeConnection } from './st/remove-connection.ts';
import { retrieveConnections } from './st/retrieve-connections.ts';
import { retrieveInvitations } from './st/retrieve-invitations.ts';
import { retrievePendingRequests } from './st/retrieve-pending-requests.ts';
import { sendConnectionRequest } from './st/send-connection-request.ts';
import { sendMessage } from './st/send-message.ts';
import { syncConversation } from './st/sync-conversation.ts';
import { syncInbox } from './st/sync-inbox.ts';
import { syncNetwork } from './st/sync-network.ts';
import { withdrawConnectionRequest } from './st/withdraw-connection-request.ts';
import { NV_MODULES } from './nv/index.ts';

export const MODULES: readonly ActionModule[] = [
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
  sendMessage,
  manageConversation,
  syncConversation,
  syncInbox,
  syncNetwork,
  ...NV_MODULES,
];

/**
 * Iterators (`doFor*`) have no module: the engine runs their children once per item of the parent's
 * list. One is implemented once a list action it can follow is.
 */
export const ENGINE_ITERATORS: readonly ActionType[] = [
  'st.doForPeople',
  'nv.doForPeople',
  'nv.doForCompanies',
];

export const ACTION_HANDLERS: ReadonlyMap<string, ActionHandler<ActionServices>> = new Map(
  MODULES.map((m) => [m.actionType, m.handler]),
);

export const ACTION_RULES: ActionRuleBook = new Map(MODULES.map((m) => [m.actionType, m.rules]));

/** What validation accepts; every other catalog action is "not supported yet" (not-yet-supported.ts). */
export const IMPLEMENTED_ACTIONS: ReadonlySet<string> = new Set<string>([
  ...MODULES.map((m) => m.actionType),
  ...ENGINE_ITERATORS,
]);

export type { ActionServices } from './kit/services.ts';

const BY_TYPE: ReadonlyMap<string, ActionModule> = new Map(MODULES.map((m) => [m.actionType, m]));

/**
 * The page the workflow's first action opens and reads in place (a person's profile), for the session
 * check to load instead of /feed/; undefined when the action starts elsewhere or is not known.
 */
export function entryPageUrl(actionType: string, params: JsonObject, origin: string): string | undefined {
  return BY_TYPE.get(actionType)?.entryPage?.(params, origin);
}
