// linkwright's side of a warm-session measurement: one account session opened (and health-checked)
// once, then each workflow goes through exactly what src/app/run-workflow.ts does per workflow once the
// browser is up — validation, the policy run (journal, limits, holds), the engine with the real action
// modules, the run's record — on the session's already-open page. Pacing is off (LINKWRIGHT_PACING).
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Page } from 'playwright';
import { ACTION_HANDLERS, ACTION_RULES, IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import type { ActionServices } from '../../src/actions/kit/services.ts';
import { shapeFromRegistry } from '../../src/engine/engine-shapes.ts';
import { executeWorkflow } from '../../src/engine/execute-workflow.ts';
import { createPolicy, type Policy } from '../../src/engine/policy/index.ts';
import type { Completion } from '../../src/engine/types.ts';
import { openAccountSession, type AccountSession } from '../../src/session/account-session.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { parseWorkflowText } from '../../src/workflow/validate.ts';

export class WarmLinkwright {
  private runs = 0;

  private constructor(
    readonly session: AccountSession,
    private readonly store: Store,
    private readonly policy: Policy,
    private readonly log: Logger,
  ) {}

  static async open(opts: {
    account: string;
    origin: string;
    home: string;
    log: Logger;
  }): Promise<WarmLinkwright> {
    const session = await openAccountSession(opts);
    const health = await session.health();
    if (!health.ok) throw new Error(`bench session is not healthy: ${health.failure.reason}`);
    const store = openStore(opts.home);
    const policy = createPolicy(store, { home: opts.home, rules: ACTION_RULES });
    return new WarmLinkwright(session, store, policy, opts.log);
  }

  page(): Promise<Page> {
    return this.session.browser.page();
  }

  /**
   * One workflow on the open page. Every run is its own policy account (`<prefix>-<n>`), so the
   * limits' counters and verified effects of one sample never answer the next one.
   */
  async run(text: string, prefix = 'bench'): Promise<Completion> {
    const parsed = parseWorkflowText(text, { implemented: IMPLEMENTED_ACTIONS });
    if (!parsed.ok) throw new Error(`invalid bench workflow: ${parsed.error.message}`);
    const workflowId = randomUUID();
    const run = this.policy.startRun({ account: `${prefix}-${++this.runs}`, workflowId });
    await run.recordStart({ definitionHash: createHash('sha256').update(text).digest('hex') });
    const services: ActionServices = { ...run.services(), browser: this.session.browser, timeouts: {} };
    const outcome = await executeWorkflow(parsed.workflow, {
      handlers: ACTION_HANDLERS,
      shapeOf: shapeFromRegistry,
      services,
      capture: (reason) => this.session.browser.capture(reason),
      guard: run.guard(),
      log: this.log,
      workflowId,
      onActionStart: async (node) => this.session.beginAction(node.actionType),
      onActionEnd: async (node, result) => this.session.endAction(node.actionType, !result.success),
    });
    await run.finish(outcome);
    if (outcome.status !== 'completed') throw new Error(`bench workflow failed: ${outcome.failure.reason}`);
    return outcome.completion;
  }

  async close(): Promise<void> {
    await this.session.close({ closeBrowser: true });
    this.store.close();
  }
}
