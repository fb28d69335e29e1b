// The port between the HTTP API (`serve`) and the workers: the API submits workflows and reads their
// state through it; the workers (in-process by default, separate `linkwright worker` processes on
// PostgreSQL) drain it. The HTTP layer never runs a workflow or touches a browser itself, so the same
// routes run over the embedded SQLite queue and the PostgreSQL one.
import type { Completion } from '../engine/types.ts';

export type QueuedWorkflowStatus = 'pending' | 'running' | 'completed' | 'failed';

/** Linked API's pending reasons (linkedapi-actions.md §2). */
export type PendingReason = 'queued' | 'outsideWorkingHours';

/** A workflow as the API reports it (GET /workflows/:id), in our own field names. */
export interface QueuedWorkflow {
  workflowId: string;
  account: string;
  status: QueuedWorkflowStatus;
  pendingReason: PendingReason | null;
  /** Human text for the client (e.g. when an outsideWorkingHours workflow will start). */
  message: string | null;
  completion: Completion | null;
  /** Set when status is failed: `reason` is an error type of the closed set. */
  failure: { reason: string; message: string } | null;
  /** The API token that submitted it (its id, never the secret); null for library/CLI submissions. */
  tokenId: string | null;
  cancelled: boolean;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface SubmitWorkflowRequest {
  account: string;
  /** The workflow JSON as received; validated by submit before anything is stored. */
  text: string;
  tokenId?: string | null;
}

export type SubmitWorkflowResult =
  | { ok: true; workflow: QueuedWorkflow }
  /** `invalidWorkflow` (with the path in the message) or another request-level error type. */
  | { ok: false; error: { type: string; message: string } };

/** What webhooks and the library listen to. Emitted by whichever process changed the state. */
export type WorkflowEvent =
  | { type: 'workflow.created'; workflow: QueuedWorkflow }
  | { type: 'workflow.started'; workflow: QueuedWorkflow }
  | { type: 'workflow.completed'; workflow: QueuedWorkflow };

export interface WorkflowQueue {
  submit(req: SubmitWorkflowRequest): Promise<SubmitWorkflowResult>;
  get(workflowId: string): Promise<QueuedWorkflow | null>;
  /** A pending workflow is removed from the queue; a running one is interrupted after its current action. */
  cancel(workflowId: string): Promise<{ cancelled: boolean }>;
  /** Resolves once the workflow is completed or failed (the library's runWorkflow waits on this). */
  settled(workflowId: string, signal?: AbortSignal): Promise<QueuedWorkflow>;
  subscribe(listener: (event: WorkflowEvent) => void): () => void;
}
