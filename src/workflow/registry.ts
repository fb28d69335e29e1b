// The action registry: the single source of truth of the workflow language. Every action of the Linked
// API catalog (48 `st.*` + 12 `nv.*`) with its parameter schema, root-start rule, target parameters,
// parents, children, subject hand-over and shape. The validator, the JSON Schema export
// (json-schema.ts → schema/workflow.schema.json) and the engine read it; nothing restates it elsewhere.
// Which actions linkwright can run yet is derived from the action modules (src/actions/index.ts).
import type { z } from 'zod';
import { normalizeLinkedInUrl, normalizePersonUrl } from '../../selectors/url/linkedin-url.ts';
import type { Subject } from './subject.ts';
import type { ActionSpec } from './action-spec.ts';
import { SALES_ACTIONS } from './catalog/sales.ts';
import { STANDARD_ACTIONS } from './catalog/standard.ts';

export const ACTION_SPECS = { ...STANDARD_ACTIONS, ...SALES_ACTIONS };

export type ActionType = keyof typeof ACTION_SPECS;

/** Validated parameters of an action (defaults applied), e.g. `ActionParams<'st.sendConnectionRequest'>`. */
export type ActionParams<T extends ActionType> = z.output<(typeof ACTION_SPECS)[T]['params']>;

export const ACTION_TYPES: readonly ActionType[] = Object.keys(ACTION_SPECS) as ActionType[];

const BY_TYPE: ReadonlyMap<string, ActionSpec> = new Map<string, ActionSpec>(
  Object.entries(ACTION_SPECS) as [string, ActionSpec][],
);

export function getActionSpec(actionType: string): ActionSpec | undefined {
  return BY_TYPE.get(actionType);
}

export function isActionType(actionType: string): actionType is ActionType {
  return BY_TYPE.has(actionType);
}

/**
 * Renamed action types (../shared/spec/linkedapi-actions.md §11). Decision: they are rejected with
 * `invalidWorkflow` naming the replacement, not silently mapped: the replacements take a different parameter
 * set (invitationType).
 */
export const DEPRECATED_ACTIONS: ReadonlyMap<string, { replacement: ActionType; hint: string }> = new Map([
  [
    'st.acceptConnectionRequest',
    { replacement: 'st.acceptInvitation', hint: 'with invitationType "connect"' },
  ],
  [
    'st.ignoreConnectionRequest',
    { replacement: 'st.ignoreInvitation', hint: 'with invitationType "connect"' },
  ],
  [
    'st.retrieveConnectionRequests',
    { replacement: 'st.retrieveInvitations', hint: 'which also lists company and newsletter invitations' },
  ],
]);

/**
 * The subject a root action acts on, built from its target parameter (the first given; a threadId before
 * a personUrl); URLs are normalised to `https://www.linkedin.com/…`. Undefined when the action has no
 * subject of an engine kind (list actions, comment URLs, newsletter invitations).
 */
export function rootSubject(
  actionType: string,
  params: Readonly<Record<string, unknown>>,
): Subject | undefined {
  const spec = getActionSpec(actionType);
  if (!spec) return undefined;
  if (actionType === 'st.acceptInvitation' || actionType === 'st.ignoreInvitation') {
    if (params.invitationType === 'connect' && typeof params.personUrl === 'string') {
      return { kind: 'person', personUrl: normalizePersonUrl(params.personUrl) };
    }
    if (params.invitationType === 'companyFollow' && typeof params.companyUrl === 'string') {
      return { kind: 'company', companyUrl: normalizeLinkedInUrl(params.companyUrl) };
    }
    return undefined;
  }
  // A thread id wins over a person URL when both are given (catalog: st.sendMessage / nv.sendMessage).
  const ordered = [...spec.targets].sort(
    (a, b) => Number(b.subject === 'conversation') - Number(a.subject === 'conversation'),
  );
  for (const target of ordered) {
    const value = params[target.param];
    if (typeof value !== 'string') continue;
    switch (target.subject) {
      case 'person':
        return { kind: 'person', personUrl: normalizePersonUrl(value) };
      case 'salesPerson':
        return { kind: 'salesPerson', personHashedUrl: normalizeLinkedInUrl(value) };
      case 'company':
        return { kind: 'company', companyUrl: normalizeLinkedInUrl(value) };
      case 'salesCompany':
        return { kind: 'salesCompany', companyHashedUrl: normalizeLinkedInUrl(value) };
      case 'post':
        return {
          kind: 'post',
          postUrl: value.startsWith('urn:')
            ? `https://www.linkedin.com/feed/update/${value}`
            : normalizeLinkedInUrl(value),
        };
      case 'job':
        return { kind: 'job', jobUrl: normalizeLinkedInUrl(value) };
      case 'conversation':
        return { kind: 'conversation', threadId: value };
      case null:
        return undefined;
    }
  }
  return undefined;
}
