// Idempotency keys: one stable hash per intended side effect, from the account, the action type, the
// canonical target and the action's other parameters. The same intent always gives the same key (URL
// spelling, key order and Unicode form do not matter: URLs go through `linkedInUrlKey`, frozen for that
// reason); the text itself is only hashed, never stored.
import { createHash } from 'node:crypto';
import { linkedInUrlKey } from '../../../selectors/url/linkedin-url.ts';
import type { ActionRules } from '../action-rules.ts';
import type { Subject } from '../types.ts';

export interface IdempotencyKey {
  /** sha256 hex of (account, actionType, target, parameters). */
  id: string;
  account: string;
  actionType: string;
  /** Canonical target, e.g. `person:https://www.linkedin.com/in/jane-doe`; null for untargeted actions. */
  target: string | null;
  /** sha256 hex of the canonical parameters (without target parameters, label, then). */
  paramsHash: string;
}

/** Parameters that name the target; they are part of `target`, not of the hashed parameters. */
const TARGET_PARAMS: ReadonlyArray<[param: string, kind: string]> = [
  ['personUrl', 'person'],
  ['personHashedUrl', 'salesPerson'],
  ['companyUrl', 'company'],
  ['companyHashedUrl', 'salesCompany'],
  ['postUrl', 'post'],
  ['postUrn', 'post'],
  ['jobUrl', 'job'],
  ['newsletterUrl', 'newsletter'],
  ['threadId', 'conversation'],
];

const NOT_PARAMETERS = new Set(['label', 'then', 'actionType', ...TARGET_PARAMS.map(([p]) => p)]);

export function subjectTarget(subject: Subject): string {
  switch (subject.kind) {
    case 'person':
      return `person:${linkedInUrlKey(subject.personUrl)}`;
    case 'salesPerson':
      return `salesPerson:${linkedInUrlKey(subject.personHashedUrl)}`;
    case 'company':
      return `company:${linkedInUrlKey(subject.companyUrl)}`;
    case 'salesCompany':
      return `salesCompany:${linkedInUrlKey(subject.companyHashedUrl)}`;
    case 'post':
      return `post:${linkedInUrlKey(subject.postUrl)}`;
    case 'job':
      return `job:${linkedInUrlKey(subject.jobUrl)}`;
    case 'conversation':
      return `conversation:${subject.threadId}`;
  }
}

/** The target: the subject handed down by a parent, else the first target parameter. */
export function targetOf(
  subject: Subject | undefined,
  params: Readonly<Record<string, unknown>>,
): string | null {
  if (subject) return subjectTarget(subject);
  for (const [param, kind] of TARGET_PARAMS) {
    const v = params[param];
    if (typeof v === 'string' && v.length > 0) {
      return `${kind}:${param === 'threadId' || param === 'postUrn' ? v.trim() : linkedInUrlKey(v)}`;
    }
  }
  return null;
}

/** JSON with sorted keys, NFC strings, undefined dropped: equal intents give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return 'null';
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function idempotencyKey(input: {
  account: string;
  actionType: string;
  subject?: Subject;
  params: Readonly<Record<string, unknown>>;
}): IdempotencyKey {
  const target = targetOf(input.subject, input.params);
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input.params)) if (!NOT_PARAMETERS.has(k)) params[k] = v;
  const paramsCanonical = canonicalJson(params);
  const paramsHash = sha256(paramsCanonical);
  const id = sha256(canonicalJson([input.account, input.actionType, target, paramsCanonical]));
  return { id, account: input.account, actionType: input.actionType, target, paramsHash };
}

/**
 * The key of one run of an action, or null when the action has no side effect. The one place a key is
 * formed: the policy computes it at admission and the engine hands it to the action (ctx.key).
 */
export function effectKey(
  rules: ActionRules | undefined,
  input: {
    account: string;
    actionType: string;
    subject?: Subject;
    params: Readonly<Record<string, unknown>>;
  },
): IdempotencyKey | null {
  if (!rules?.sideEffect) return null;
  return idempotencyKey({ ...input, params: rules.sideEffect.keyParams(input.params) });
}
