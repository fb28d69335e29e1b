// JSON Schema (draft 2020-12) of the workflow format, generated from the registry.
// `scripts/export-schema.ts` writes it to schema/workflow.schema.json; a test keeps the file current.
//
// Per action there is a root variant (target parameter required when the action's root start needs one)
// and a child variant (target parameters absent, so `additionalProperties: false` forbids them), and per
// container action a `then` definition listing exactly its allowed children: parent/child rules and the
// root/child target rules are encoded in the schema itself. Parameter schemas come from the same zod
// objects the validator runs (z.toJSONSchema); regex checks carry their `pattern` (evaluate with the
// Unicode flag, as 2020-12 implementations do).
//
// What the schema describes is the language (all catalog actions). Not expressible, so enforced only by
// the validator: which actions are implemented yet ("not supported yet"), the nesting depth limit, the
// total number of actions across nesting levels (each array is bounded in the schema too), postUrl and
// postUrn naming the same post, well-formed UTF-8 in percent-encoded URLs, and string lengths in UTF-16
// code units (JSON Schema counts code points; Linked API and LinkedIn's text fields count code units).
import { z } from 'zod';
import type { ActionSpec, CrossRule } from './action-spec.ts';
import { labelSchema } from './param-schemas.ts';
import { ACTION_SPECS } from './registry.ts';
import { MAX_ACTIONS } from './validate.ts';

export type JsonSchema = { [key: string]: unknown };

export const WORKFLOW_SCHEMA_TITLE = 'linkwright workflow';

function paramsJsonSchema(schema: z.ZodType): {
  properties: Record<string, JsonSchema>;
  required: string[];
} {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as JsonSchema;
  if ('$defs' in json)
    throw new Error('parameter schemas must not need $defs (reuse a zod schema instance inline)');
  return {
    properties: (json.properties ?? {}) as Record<string, JsonSchema>,
    required: (json.required ?? []) as string[],
  };
}

function labelJsonSchema(): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(labelSchema, { target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const requiredOf = (p: string): JsonSchema => ({ required: [p] });

function ruleSchema(rule: CrossRule, spec: ActionSpec, variant: 'root' | 'child'): JsonSchema | undefined {
  const isTarget = (p: string) => spec.targets.some((t) => t.param === p);
  switch (rule.kind) {
    case 'exclusive':
      return { not: { required: [...rule.params] } };
    case 'oneOfRequired':
      return { anyOf: rule.params.map(requiredOf) };
    case 'requiredUnless':
      if (variant === 'child' && isTarget(rule.unless)) return requiredOf(rule.param);
      return { anyOf: [requiredOf(rule.param), requiredOf(rule.unless)] };
    case 'matchByEnum': {
      const mapped = Object.values(rule.map);
      return {
        anyOf: Object.entries(rule.map).map(([value, param]) => ({
          properties: { [rule.by]: { const: value } },
          required: [rule.by, param],
          not: { anyOf: mapped.filter((p) => p !== param).map(requiredOf) },
        })),
      };
    }
    case 'samePost':
      return undefined; // not expressible; enforced by the validator
    case 'maxWithChildren':
      return {
        anyOf: [{ not: requiredOf('then') }, { properties: { [rule.param]: { maximum: rule.max } } }],
      };
  }
}

function variantSchema(spec: ActionSpec, variant: 'root' | 'child'): JsonSchema {
  const params = paramsJsonSchema(spec.params);
  const targets = new Set(spec.targets.map((t) => t.param));
  const properties: Record<string, JsonSchema> = {
    actionType: { const: spec.actionType },
    label: ref('label'),
  };
  for (const [name, schema] of Object.entries(params.properties)) {
    if (variant === 'child' && targets.has(name)) continue;
    properties[name] = schema;
  }
  if (spec.children.length > 0) properties.then = ref(`${spec.actionType}.then`);

  const allOf: JsonSchema[] = [];
  if (variant === 'root' && spec.rootStart === 'withTarget') {
    const anyTarget = spec.targets.map((t) => requiredOf(t.param));
    allOf.push(anyTarget.length === 1 && anyTarget[0] ? anyTarget[0] : { anyOf: anyTarget });
  }
  for (const rule of spec.rules) {
    const s = ruleSchema(rule, spec, variant);
    if (s) allOf.push(s);
  }
  const out: JsonSchema = {
    type: 'object',
    description: spec.summary,
    properties,
    required: ['actionType', ...params.required.filter((p) => variant === 'root' || !targets.has(p))],
    additionalProperties: false,
  };
  if (allOf.length > 0) out.allOf = allOf;
  return out;
}

/** The whole workflow schema; deterministic (registry order), so the checked-in file can be compared. */
export function buildWorkflowJsonSchema(): JsonSchema {
  const specs = Object.values(ACTION_SPECS) as ActionSpec[];
  const defs: Record<string, JsonSchema> = { label: labelJsonSchema() };
  const roots: JsonSchema[] = [];
  for (const spec of specs) {
    if (spec.rootStart !== 'never') {
      defs[`${spec.actionType}.root`] = variantSchema(spec, 'root');
      roots.push(ref(`${spec.actionType}.root`));
    }
    if (spec.parents.length > 0) defs[`${spec.actionType}.child`] = variantSchema(spec, 'child');
    if (spec.children.length > 0) {
      const children = { anyOf: spec.children.map((c) => ref(`${c}.child`)) };
      defs[`${spec.actionType}.then`] = {
        anyOf: [children, { type: 'array', minItems: 1, maxItems: MAX_ACTIONS, items: children }],
      };
    }
  }
  defs.rootAction = { anyOf: roots };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: WORKFLOW_SCHEMA_TITLE,
    description:
      'A Linked API-style workflow: one action object or a non-empty array of them. Generated from src/workflow/registry.ts by scripts/export-schema.ts; do not edit.',
    anyOf: [
      ref('rootAction'),
      { type: 'array', minItems: 1, maxItems: MAX_ACTIONS, items: ref('rootAction') },
    ],
    $defs: defs,
  };
}

/** The file content: stable formatting, trailing newline. */
export function renderWorkflowJsonSchema(): string {
  return `${JSON.stringify(buildWorkflowJsonSchema(), null, 2)}\n`;
}
