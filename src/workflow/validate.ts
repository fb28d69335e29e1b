// Workflow validation: everything is checked before a browser opens. Input that is not JSON, or not an
// object/array, is `invalidRequestPayload`; every other problem is `invalidWorkflow` with the path of the
// offending field (see messages.ts for the path convention). All problems are reported, joined by `; `,
// up to MAX_REPORTED_PROBLEMS; then the walk stops.
//
// The tree is walked with an explicit stack (no recursion) and the depth is checked before children are
// queued, so 10,000-deep nesting costs 17 visits and cannot overflow the stack; arrays longer than
// MAX_ACTIONS are rejected before their items are looked at. Strings are length-checked
// before any regex (param-schemas.ts), so a 1 MB note is rejected in O(1).
import { postIdOf } from '../../selectors/url/linkedin-url.ts';
import type { WorkflowErrorType } from '../errors/error-types.ts';
import type { ActionSpec, CrossRule } from './action-spec.ts';
import type { JsonObject } from './json-object.ts';
import { issueMessages, joinPath, problem, shown, suggest } from './messages.ts';
import { labelSchema, paramErrorMap } from './param-schemas.ts';
import { ACTION_TYPES, DEPRECATED_ACTIONS, getActionSpec, type ActionType } from './registry.ts';
import type { SubjectKind } from './subject.ts';
import type { WorkflowNode as RunnableNode } from './workflow-node.ts';

/**
 * One validated action. Narrows the node type the engine walks (workflow-node.ts), so the two cannot
 * drift apart: a validated workflow is always something the engine can run.
 */
export interface WorkflowNode extends RunnableNode {
  actionType: ActionType;
  /** Only when the workflow sent one; the completion echoes it. */
  label?: string;
  /** Validated own parameters with defaults applied (actionType, label and then removed). */
  params: JsonObject;
  then: WorkflowNode[];
  /** `then` was given as an array (the completion mirrors it); false when absent or one object. */
  thenIsArray: boolean;
  /** `[0].then[1]` in an array workflow; '' for the root of a single-object workflow, `then` below it. */
  path: string;
}

export type ValidationResult =
  | { ok: true; workflow: WorkflowNode | WorkflowNode[] }
  | { ok: false; error: { type: WorkflowErrorType; message: string } };

export interface ValidateOptions {
  /**
   * Action types that can run; other catalog actions are rejected as "not supported yet". The caller
   * says which (src/actions: IMPLEMENTED_ACTIONS): the language itself does not know.
   */
  implemented: ReadonlySet<string>;
  /** Maximum nesting of actions, the root counting as level 1. Default 16. */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 16;
export const MAX_REPORTED_PROBLEMS = 10;
/** Most actions one workflow may hold, nested ones included (a bound on hostile input, far above real use). */
export const MAX_ACTIONS = 1000;
/** Bound on the JSON text accepted by parseWorkflowText (characters). */
export const MAX_WORKFLOW_TEXT_LENGTH = 16 * 1024 * 1024;

const SUBJECT_NOUN: Record<SubjectKind, string> = {
  person: 'person',
  salesPerson: 'person',
  company: 'company',
  salesCompany: 'company',
  post: 'post',
  job: 'job',
  conversation: 'conversation',
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

class Problems {
  readonly list: string[] = [];
  truncated = false;
  add(message: string): void {
    if (this.list.length < MAX_REPORTED_PROBLEMS) this.list.push(message);
    else this.truncated = true;
  }
  addAll(messages: readonly string[]): void {
    for (const m of messages) this.add(m);
  }
  message(): string {
    return this.list.join('; ') + (this.truncated ? '; and more problems not shown' : '');
  }
}

interface Pending {
  value: unknown;
  path: string;
  depth: number;
  parent: { spec: ActionSpec; node: WorkflowNode } | null;
}

function invalid(message: string): ValidationResult {
  return { ok: false, error: { type: 'invalidWorkflow', message } };
}

function payloadError(message: string): ValidationResult {
  return { ok: false, error: { type: 'invalidRequestPayload', message: problem('', message) } };
}

export function validateWorkflow(input: unknown, opts: ValidateOptions): ValidationResult {
  const implemented = opts.implemented;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const problems = new Problems();

  const isArray = Array.isArray(input);
  if (!isArray && !isPlainObject(input)) {
    return payloadError(`expected a JSON object or an array of them, got ${describe(input)}`);
  }
  const roots: WorkflowNode[] = [];
  const stack: Pending[] = [];
  if (isArray) {
    if (input.length === 0) {
      problems.add(problem('', 'must contain at least one action'));
    } else if (input.length > MAX_ACTIONS) {
      return invalid(problem('', `at most ${MAX_ACTIONS} actions`));
    }
    for (let i = input.length - 1; i >= 0; i--) {
      stack.push({ value: input[i], path: `[${i}]`, depth: 1, parent: null });
    }
  } else {
    stack.push({ value: input, path: '', depth: 1, parent: null });
  }

  let visited = 0;
  while (stack.length > 0 && !problems.truncated) {
    const item = stack.pop() as Pending;
    if (++visited > MAX_ACTIONS) {
      problems.add(problem('', `at most ${MAX_ACTIONS} actions`));
      break;
    }
    const node = visit(item, implemented, maxDepth, problems, stack);
    if (node) {
      if (item.parent) item.parent.node.then.push(node);
      else roots.push(node);
    }
  }

  if (problems.list.length > 0) return invalid(problems.message());
  return { ok: true, workflow: isArray ? roots : (roots[0] as WorkflowNode) };
}

/** Checks one action object, queues its children; returns its node (also when problems were found). */
function visit(
  item: Pending,
  implemented: ReadonlySet<string>,
  maxDepth: number,
  problems: Problems,
  stack: Pending[],
): WorkflowNode | undefined {
  const { value, path, parent } = item;
  if (!isPlainObject(value)) {
    problems.add(problem(path, `expected an action object, got ${describe(value)}`));
    return undefined;
  }

  const spec = checkActionType(value, path, parent?.spec ?? null, implemented, problems);

  let label: string | undefined;
  if (has(value, 'label')) {
    const parsed = labelSchema.safeParse(value.label, { error: paramErrorMap, reportInput: true });
    if (parsed.success) label = parsed.data;
    else problems.addAll(issueMessages(parsed.error.issues, joinPath(path, 'label'), labelSchema));
  }

  const params = spec ? checkParams(value, path, spec, parent?.spec ?? null, problems) : {};

  const node: WorkflowNode = {
    actionType: (spec?.actionType ?? '') as ActionType, // only read when valid, i.e. spec is known
    params,
    then: [],
    thenIsArray: false,
    path,
  };
  if (label !== undefined) node.label = label;

  if (has(value, 'then')) {
    const thenPath = joinPath(path, 'then');
    const then = value.then;
    node.thenIsArray = Array.isArray(then);
    if (spec && spec.children.length === 0) {
      problems.add(problem(thenPath, `${spec.actionType} takes no child actions`));
    } else if (!Array.isArray(then) && !isPlainObject(then)) {
      problems.add(problem(thenPath, `expected an action object or an array of them, got ${describe(then)}`));
    } else if (Array.isArray(then) && then.length === 0) {
      problems.add(problem(thenPath, 'must contain at least one action'));
    } else if (Array.isArray(then) && then.length > MAX_ACTIONS) {
      problems.add(problem(thenPath, `at most ${MAX_ACTIONS} actions`));
    } else if (item.depth + 1 > maxDepth) {
      problems.add(problem(thenPath, `actions nest deeper than ${maxDepth} levels`));
    } else if (spec) {
      // Children of an unknown action are not checked: their placement rules are unknown.
      const up = { spec, node };
      if (Array.isArray(then)) {
        for (let i = then.length - 1; i >= 0; i--) {
          stack.push({ value: then[i], path: `${thenPath}[${i}]`, depth: item.depth + 1, parent: up });
        }
      } else {
        stack.push({ value: then, path: thenPath, depth: item.depth + 1, parent: up });
      }
    }
  }
  return node;
}

function checkActionType(
  value: Record<string, unknown>,
  path: string,
  parent: ActionSpec | null,
  implemented: ReadonlySet<string>,
  problems: Problems,
): ActionSpec | undefined {
  const at = joinPath(path, 'actionType');
  if (!has(value, 'actionType')) {
    problems.add(problem(at, 'required'));
    return undefined;
  }
  const type = value.actionType;
  if (typeof type !== 'string') {
    problems.add(problem(at, `expected a string, got ${describe(type)}`));
    return undefined;
  }
  const renamed = DEPRECATED_ACTIONS.get(type);
  if (renamed) {
    problems.add(problem(at, `${type} was renamed to ${renamed.replacement} (${renamed.hint})`));
    return undefined;
  }
  const spec = getActionSpec(type);
  if (!spec) {
    const hint = suggest(type, ACTION_TYPES) ?? suggest(`st.${type}`, ACTION_TYPES);
    problems.add(
      problem(at, `unknown action type "${shown(type)}"${hint ? ` (did you mean "${hint}"?)` : ''}`),
    );
    return undefined;
  }
  if (!implemented.has(type)) problems.add(problem(at, `${type} is not supported yet`));
  if (parent) {
    if (!parent.children.includes(type)) {
      problems.add(
        problem(
          at,
          `${type} cannot run under ${parent.actionType} (allowed there: ${parent.children.join(', ')})`,
        ),
      );
    }
  } else if (spec.rootStart === 'never') {
    problems.add(problem(at, `${type} cannot start a workflow; it runs under ${spec.parents.join(' or ')}`));
  }
  return spec;
}

function checkParams(
  value: Record<string, unknown>,
  path: string,
  spec: ActionSpec,
  parent: ActionSpec | null,
  problems: Problems,
): JsonObject {
  // Object.fromEntries defines own properties, so a `__proto__` key stays data and is reported as unknown.
  const given: Record<string, unknown> = Object.fromEntries(
    Object.entries(value).filter(([k]) => k !== 'actionType' && k !== 'label' && k !== 'then'),
  );

  const presentTargets = spec.targets.filter((t) => has(given, t.param));
  if (parent) {
    const supplies = parent.produces ? `the ${SUBJECT_NOUN[parent.produces]}` : 'the target';
    for (const t of presentTargets) {
      problems.add(
        problem(
          joinPath(path, t.param),
          `not allowed under a parent action (${parent.actionType} supplies ${supplies})`,
        ),
      );
      delete given[t.param];
    }
  } else if (spec.rootStart === 'withTarget' && presentTargets.length === 0) {
    const [first, ...others] = spec.targets.map((t) => t.param);
    const alt = others.length > 0 ? ` (or give ${others.join(' or ')})` : '';
    problems.add(
      problem(joinPath(path, first ?? 'target'), `required when ${spec.actionType} is a root action${alt}`),
    );
  }

  const parsed = spec.params.safeParse(given, { error: paramErrorMap, reportInput: true });
  if (!parsed.success) problems.addAll(issueMessages(parsed.error.issues, path, spec.params));
  const data = parsed.success ? (parsed.data as JsonObject) : undefined;

  for (const rule of spec.rules) {
    for (const [field, message] of ruleProblems(rule, given, data, {
      isChild: parent !== null,
      spec,
      hasThen: has(value, 'then'),
    })) {
      problems.add(problem(joinPath(path, field), message));
    }
  }
  return data ?? {};
}

/** Problems of one cross-parameter rule as [field, message] pairs. */
function ruleProblems(
  rule: CrossRule,
  given: Record<string, unknown>,
  data: JsonObject | undefined,
  ctx: { isChild: boolean; spec: ActionSpec; hasThen: boolean },
): [string, string][] {
  switch (rule.kind) {
    case 'exclusive': {
      const [a, b] = rule.params;
      if (!has(given, a) || !has(given, b)) return [];
      return [[b, `not allowed together with ${a}${rule.why ? ` (${rule.why})` : ''}`]];
    }
    case 'oneOfRequired': {
      if (rule.params.some((p) => has(given, p))) return [];
      const [first, ...rest] = rule.params;
      return [[first, `required unless ${rest.join(' or ')} is given`]];
    }
    case 'requiredUnless': {
      if (has(given, rule.param) || has(given, rule.unless)) return [];
      const unlessIsTarget = ctx.spec.targets.some((t) => t.param === rule.unless);
      return [
        [rule.param, ctx.isChild && unlessIsTarget ? 'required' : `required unless ${rule.unless} is given`],
      ];
    }
    case 'matchByEnum': {
      const selector = given[rule.by];
      if (typeof selector !== 'string' || !has(rule.map, selector)) return [];
      const wanted = rule.map[selector] as string;
      const out: [string, string][] = [];
      if (!has(given, wanted)) out.push([wanted, `required when ${rule.by} is "${selector}"`]);
      for (const other of Object.values(rule.map)) {
        if (other !== wanted && has(given, other))
          out.push([other, `not allowed when ${rule.by} is "${selector}"`]);
      }
      return out;
    }
    case 'samePost': {
      const url = data?.[rule.url];
      const urn = data?.[rule.urn];
      if (typeof url !== 'string' || typeof urn !== 'string') return [];
      const a = postIdOf(url);
      const b = postIdOf(urn);
      if (a && b && a.type === b.type && a.id !== b.id)
        return [[rule.urn, `must denote the same post as ${rule.url}`]];
      return [];
    }
    case 'maxWithChildren': {
      const n = data?.[rule.param];
      if (!ctx.hasThen || typeof n !== 'number' || n <= rule.max) return [];
      return [[rule.param, `at most ${rule.max} when child actions are attached`]];
    }
  }
}

/** Parses workflow JSON text, then validates it. Malformed JSON is `invalidRequestPayload`. */
export function parseWorkflowText(text: string, opts: ValidateOptions): ValidationResult {
  if (text.length > MAX_WORKFLOW_TEXT_LENGTH) {
    return payloadError(`larger than ${MAX_WORKFLOW_TEXT_LENGTH} characters`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (err) {
    return payloadError(`not valid JSON${jsonErrorDetail(body, err)}`);
  }
  return validateWorkflow(input, opts);
}

/**
 * Where the JSON broke, without echoing the input (V8 quotes a snippet of it, which may hold an e-mail
 * address or a message text).
 */
function jsonErrorDetail(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : '';
  if (/Unexpected end of JSON input/.test(msg)) return ' (unexpected end of input)';
  // V8: "<reason> in JSON at position N" or "<reason> after JSON at position N"; the reason names
  // only JSON syntax, never input text.
  const pos = /^(.*?)(?: in JSON)? at position (\d+)/.exec(msg);
  if (pos?.[1] !== undefined && pos[2] !== undefined) {
    const offset = Number(pos[2]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const reason = pos[1];
    return ` (${reason.charAt(0).toLowerCase()}${reason.slice(1)} at line ${line}, column ${column})`;
  }
  const token = /^Unexpected token '(.)'/u.exec(msg);
  if (token?.[1] !== undefined) return ` (unexpected character ${JSON.stringify(token[1])})`;
  return '';
}
