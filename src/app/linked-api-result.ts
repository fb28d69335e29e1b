// A queued workflow in Linked API's response shape (linkedapi-actions.md §2: GET /workflows/{id}), the
// one contract the library shares with the HTTP API: `{ success, result }` or `{ success: false, error }`.
import type { Completion } from '../engine/types.ts';
import type { PendingReason, QueuedWorkflow, QueuedWorkflowStatus } from '../service/workflow-queue.ts';

export interface LinkedApiWorkflowResult {
  workflowId: string;
  workflowStatus: QueuedWorkflowStatus;
  message?: string;
  pendingReason?: PendingReason;
  completion?: Completion;
  failure?: { reason: string; message: string };
}

export type LinkedApiResponse<T> =
  { success: true; result: T } | { success: false; error: { type: string; message: string } };

export function toLinkedApiResult(w: QueuedWorkflow): LinkedApiWorkflowResult {
  return {
    workflowId: w.workflowId,
    workflowStatus: w.status,
    ...(w.message ? { message: w.message } : {}),
    ...(w.status === 'pending' && w.pendingReason ? { pendingReason: w.pendingReason } : {}),
    ...(w.status === 'completed' && w.completion !== null ? { completion: w.completion } : {}),
    ...(w.status === 'failed' && w.failure ? { failure: w.failure } : {}),
  };
}
