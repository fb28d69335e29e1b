// What the engine needs to know of each action type, read from the workflow registry (the single
// source of truth) so the engine itself stays free of catalog knowledge.
import { getActionSpec } from '../workflow/registry.ts';
import type { ActionShape } from './execute-workflow.ts';
import type { SubjectKind } from './types.ts';

export function shapeFromRegistry(actionType: string): ActionShape {
  const spec = getActionSpec(actionType);
  if (!spec) return {};
  const targets: { param: string; kind: SubjectKind }[] = [];
  for (const t of spec.targets) if (t.subject) targets.push({ param: t.param, kind: t.subject });
  return { targets, iterator: spec.shape === 'iterator' };
}
