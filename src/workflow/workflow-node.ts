// The validated shape of one action in a workflow, as the engine walks it. Produced by validate.ts
// (which narrows it to known action types); the engine never sees raw JSON.
import type { JsonObject } from './json-object.ts';

export interface WorkflowNode {
  actionType: string;
  label?: string;
  /** The action's own parameters (without actionType, label and then). */
  params: JsonObject;
  then: WorkflowNode[];
  /** Whether `then` was given as an array: the completion mirrors the workflow's shape. */
  thenIsArray: boolean;
  /** Path in the workflow, e.g. `[0].then[1]`. */
  path: string;
}

export type ValidWorkflow = WorkflowNode | WorkflowNode[];
