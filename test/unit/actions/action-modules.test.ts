// The action modules are the one list of what linkwright can run: everything else is derived from them.
// These checks keep the catalog, the modules and the "not supported yet" list in agreement.
import { describe, expect, it } from 'vitest';
import {
  ACTION_HANDLERS,
  ACTION_RULES,
  ENGINE_ITERATORS,
  IMPLEMENTED_ACTIONS,
  MODULES,
} from '../../../src/actions/index.ts';
import { NOT_YET_SUPPORTED } from '../../../src/actions/not-yet-supported.ts';
import { HOLD_KINDS } from '../../../src/engine/action-rules.ts';
import { LIMIT_CATEGORIES } from '../../../src/engine/policy/limit-catalog.ts';
import { ACTION_SPECS, ACTION_TYPES } from '../../../src/workflow/registry.ts';

describe('action modules', () => {
  it('cover the catalog: every action is implemented or deliberately not supported yet, never both', () => {
    const missing = ACTION_TYPES.filter((t) => !IMPLEMENTED_ACTIONS.has(t) && !NOT_YET_SUPPORTED.includes(t));
    expect(missing).toEqual([]);
    expect(NOT_YET_SUPPORTED.filter((t) => IMPLEMENTED_ACTIONS.has(t))).toEqual([]);
    expect(new Set(NOT_YET_SUPPORTED).size).toBe(NOT_YET_SUPPORTED.length);
    expect([...IMPLEMENTED_ACTIONS].filter((t) => !(ACTION_TYPES as readonly string[]).includes(t))).toEqual(
      [],
    );
  });

  it('are one per action type, and the handlers and rules are exactly theirs', () => {
    const types = MODULES.map((m) => m.actionType);
    expect(new Set(types).size).toBe(types.length);
    expect([...ACTION_HANDLERS.keys()].sort()).toEqual([...types].sort());
    expect([...ACTION_RULES.keys()].sort()).toEqual([...types].sort());
    for (const m of MODULES) {
      expect(m.handler.actionType).toBe(m.actionType);
      expect(m.handler.timeoutMs).toBe(m.rules.timeoutMs);
      expect(ACTION_SPECS[m.actionType].shape).not.toBe('iterator');
    }
  });

  it('declare only known limit categories and hold kinds, and give list actions the longer budget', () => {
    for (const m of MODULES) {
      for (const use of m.rules.limits) expect(LIMIT_CATEGORIES).toContain(use.category);
      for (const h of m.rules.holds) expect(HOLD_KINDS).toContain(h.kind);
      for (const k of Object.values(m.rules.holdOnError)) expect(HOLD_KINDS).toContain(k);
      expect(m.rules.timeoutMs).toBe(ACTION_SPECS[m.actionType].shape === 'list' ? 20 * 60_000 : 3 * 60_000);
    }
  });

  it('run iterators only after a list action that is implemented', () => {
    for (const iterator of ENGINE_ITERATORS) {
      expect(ACTION_SPECS[iterator].shape).toBe('iterator');
      const parents = ACTION_SPECS[iterator].parents;
      expect(parents.some((p) => IMPLEMENTED_ACTIONS.has(p))).toBe(true);
    }
  });

  it('mark the side effects: actions that change LinkedIn are journaled; reading actions are not', () => {
    const effects = MODULES.filter((m) => m.rules.sideEffect !== null).map((m) => m.actionType);
    expect(effects).toEqual(
      expect.arrayContaining([
        'st.sendConnectionRequest',
        'st.withdrawConnectionRequest',
        'st.acceptInvitation',
        'st.ignoreInvitation',
        'st.manageConversation',
        'st.removeConnection',
      ]),
    );
    // Opening, checking and retrieving never change anything: no journal, no idempotency key.
    const reads = MODULES.filter((m) => /^st\.(open|check|retrieve)/.test(m.actionType));
    expect(reads.length).toBeGreaterThan(0);
    for (const m of reads) expect(m.rules.sideEffect, m.actionType).toBeNull();
  });

  it('form one key for one intent: an empty note is no note', () => {
    const send = ACTION_RULES.get('st.sendConnectionRequest');
    expect(send?.sideEffect?.keyParams({ note: '', email: '' })).toEqual({
      note: undefined,
      email: undefined,
    });
    expect(send?.sideEffect?.keyParams({ note: 'Hi' })).toEqual({ note: 'Hi', email: undefined });
  });
});
