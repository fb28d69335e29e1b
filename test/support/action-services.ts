// Real action services for tests: a policy run on a throwaway SQLite store (never a mock), zero pacing,
// and the given browser. Side-effecting actions cannot run without a journal, so every test gets one.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_RULES } from '../../src/actions/index.ts';
import { categoriesOf, holdsOf } from '../../src/engine/action-rules.ts';
import type { ActionServices, BrowserService } from '../../src/actions/kit/services.ts';
import { createPolicy, type Policy, type RunPolicy } from '../../src/engine/policy/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { ZERO_PACING } from '../../drivers/shared/pacing.ts';

let shared: { store: Store; policy: Policy } | undefined;

/** One store and policy per test process (a fresh workflow id per run keeps runs apart). */
export function testPolicy(): Policy {
  if (!shared) {
    const home = mkdtempSync(join(tmpdir(), 'linkwright-test-services-'));
    const store = openStore(home);
    shared = { store, policy: createPolicy(store, { rules: ACTION_RULES, config: {}, home }) };
  }
  return shared.policy;
}

/** A policy run for `account` (a fresh workflow id unless given). */
export function testRun(account = 'test', workflowId: string = randomUUID()): RunPolicy {
  return testPolicy().startRun({ account, workflowId });
}

let runs = 0;

/**
 * The services of one run: its journal and limits, zero pacing, default driver budgets. Each call is a
 * run of its own account, so one test's verified effects never answer another test's request.
 */
export function testServices(
  browser: BrowserService,
  overrides: Partial<ActionServices> = {},
): ActionServices {
  const run = testRun(`test-${process.pid}-${++runs}`);
  return { ...run.services(), pacing: ZERO_PACING, timeouts: {}, browser, ...overrides };
}

/** The limit categories a run of `actionType` uses, as the policy computes them. */
export function categoriesFor(actionType: string, params: Readonly<Record<string, unknown>>) {
  return categoriesOf(ACTION_RULES.get(actionType), params);
}

/** The hold kinds that stop a run of `actionType`, as the policy computes them. */
export function holdKindsFor(actionType: string, params: Readonly<Record<string, unknown>>) {
  return holdsOf(ACTION_RULES.get(actionType), params);
}
