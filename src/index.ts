// The library entry point (`import { createWorker, runWorkflow } from 'linkwright'`): the same contract
// as the HTTP API — submit Linked API workflow JSON for an account, get Linked API's `{ success, result }`
// with the completion or failure — carried out in this process with warm browsers.
export { createWorker, runWorkflow, type CreateWorkerOptions, type Worker } from './app/create-worker.ts';
export type { LinkedApiResponse, LinkedApiWorkflowResult } from './app/linked-api-result.ts';
export type {
  PendingReason,
  QueuedWorkflow,
  QueuedWorkflowStatus,
  WorkflowEvent,
  WorkflowQueue,
} from './service/workflow-queue.ts';
export type { ActionResult, Completion } from './engine/types.ts';
