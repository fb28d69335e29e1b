// One workflow, end to end: validate → account checks → working hours → actions (the browser opens
// lazily, after the first action passed its limits) → completion. Used by `run`, `demo`, the workers
// (worker-pool.ts: warm sessions, a lease fence, stop after the current action) and tests.
// This is the composition root of a run: it wires the store, the policy, the account session, the
// engine and the action modules; none of those layers knows the others.
//
// Exit codes follow ../shared/spec/product.md §3: 0 completed (even with failed actions), 2 invalid
// input, 3 session failure, 1 internal error.
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { SessionFailureError, type SessionFailure } from '../errors/error-types.ts';
import { ACTION_HANDLERS, ACTION_RULES, entryPageUrl, IMPLEMENTED_ACTIONS } from '../actions/index.ts';
import type { ActionServices, DriverTimeouts } from '../actions/kit/services.ts';
import { executeWorkflow, WorkflowInterruptedError } from '../engine/execute-workflow.ts';
import { shapeFromRegistry } from '../engine/engine-shapes.ts';
import { createPolicy } from '../engine/policy/index.ts';
import type { Completion, WorkflowOutcome } from '../engine/types.ts';
import type { WorkflowNode } from '../workflow/workflow-node.ts';
import { parseWorkflowText } from '../workflow/validate.ts';
import { openStore } from '../store/index.ts';
import type { LeaseFence, Store } from '../store/store.ts';
import {
  openAccountSession,
  type AccountSession,
  type SessionDebugOptions,
} from '../session/account-session.ts';
import { ACCOUNT_NAME_RE, FileAccountRecordStore } from '../session/account-record.ts';
import { parkAccount, parkedFailure } from '../session/accounts.ts';
import { scrubText } from '../log/redaction.ts';
import type { BrowserService } from '../session/browser-service.ts';
import type { WarmSessions } from './warm-sessions.ts';

export interface RunWorkflowOptions {
  text: string;
  account: string;
  origin: string;
  home: string;
  log: Logger;
  debug?: SessionDebugOptions;
  /** Driver wait budgets (tests shorten some); default: the drivers' own. */
  timeouts?: DriverTimeouts;
  /** Stops at once: the current action is aborted too. */
  signal?: AbortSignal;
  /** Stops after the current action (cancel, SIGTERM): no action is cut in the middle. */
  stopAfterAction?: AbortSignal;
  /** Close the browser at the end (a CLI process ends anyway). Ignored with `warm`. */
  closeBrowser?: boolean;
  /** A worker's warm sessions: the browser stays open and is probed only when stale. */
  warm?: WarmSessions;
  /** A worker's store (kept open); default: LINKWRIGHT_HOME's SQLite store, closed at the end. */
  store?: Store;
  /** The account lease the worker holds: every journal write of this run is fenced by it. */
  fence?: LeaseFence;
}

export type RunWorkflowResult =
  | { exitCode: 0; workflowId: string; completion: Completion; output: Completion }
  | {
      exitCode: 1 | 2 | 3;
      workflowId?: string;
      output: { success: false; error: { type: string; message: string } };
      /** Stopped by `signal` or `stopAfterAction` (its journal is kept: a re-run resumes). */
      interrupted?: boolean;
    };

function failed(failure: SessionFailure, workflowId: string): RunWorkflowResult {
  return {
    exitCode: 3,
    workflowId,
    output: { success: false, error: { type: failure.reason, message: failure.message } },
  };
}

export async function runWorkflow(opts: RunWorkflowOptions): Promise<RunWorkflowResult> {
  const parsed = parseWorkflowText(opts.text, { implemented: IMPLEMENTED_ACTIONS });
  if (!parsed.ok) return { exitCode: 2, output: { success: false, error: parsed.error } };

  if (!ACCOUNT_NAME_RE.test(opts.account)) {
    return {
      exitCode: 2,
      output: {
        success: false,
        error: {
          type: 'invalidRequestPayload',
          message: `invalid account name: use letters, digits, '.', '_' or '-' (at most 64)`,
        },
      },
    };
  }
  const workflowId = randomUUID();
  const log = opts.log.child({ workflowId, account: opts.account });

  // A parked account fails fast: nothing is launched until a person fixes it (login / unpark).
  const records = new FileAccountRecordStore(opts.home);
  const existing = await records.read(opts.account); // a corrupt record is an internal error, not "no account"
  const parked = existing ? parkedFailure(existing) : undefined;
  if (parked) {
    log.warn(
      { reason: parked.reason },
      'account is parked; run `linkwright login` or `linkwright accounts unpark`',
    );
    return failed(parked, workflowId);
  }

  const store = opts.store ?? openStore(opts.home);
  const policy = createPolicy(store, { home: opts.home, rules: ACTION_RULES });
  // The engine stops on this: at once for `signal`, after the current action for `stopAfterAction`.
  const stop = new AbortController();
  let inAction = false;
  const stopNow = () => stop.abort(opts.signal?.reason ?? new Error('interrupted'));
  const stopSoon = () => {
    if (!inAction) stop.abort(new Error('stopped after the current action'));
  };
  if (opts.signal?.aborted) stopNow();
  opts.signal?.addEventListener('abort', stopNow, { once: true });
  if (opts.stopAfterAction?.aborted) stopSoon();
  opts.stopAfterAction?.addEventListener('abort', stopSoon, { once: true });
  const run = policy.startRun({
    account: opts.account,
    workflowId,
    signal: stop.signal,
    ...(opts.fence ? { fence: opts.fence } : {}),
  });
  let session: AccountSession | undefined;
  let sessionLost = false;
  try {
    await run.recordStart({ definitionHash: createHash('sha256').update(opts.text).digest('hex') });
    const gate = await run.awaitWorkingHours({ log });
    if (!gate.ok) {
      await run.finish({ status: 'failed', failure: gate.failure });
      return failed(gate.failure, workflowId);
    }

    let opening: Promise<AccountSession> | undefined;
    let actionsStarted = 0;
    // `first`: the first action, whose own page (when known) doubles as the session check's page.
    const ensureSession = (first?: WorkflowNode): Promise<AccountSession> => {
      opening ??= (async () => {
        const s = await openAccountSession({
          account: opts.account,
          origin: opts.origin,
          home: opts.home,
          log,
          ...opts.debug,
          ...(opts.warm ? { pool: opts.warm.pool } : {}),
        });
        session = s;
        // A warm browser seen healthy recently is not probed again (no extra page load per workflow).
        const launched = opts.warm ? await s.launched() : undefined;
        if (launched && !opts.warm?.needsProbe(launched)) {
          log.debug('warm session seen healthy recently; no probe');
          return s;
        }
        // The probe reads the first action's own page when it has one (no extra /feed/ load).
        const at = first && entryPageUrl(first.actionType, first.params, s.origin);
        const health = await s.health(at ? { at } : {});
        if (!health.ok) {
          sessionLost = true;
          throw new SessionFailureError(health.failure.reason, health.failure.message);
        }
        if (launched) opts.warm?.markHealthy(launched);
        return s;
      })();
      return opening;
    };
    const browser: BrowserService = {
      origin: opts.origin,
      page: async () => (await ensureSession()).browser.page(),
      capture: async (reason) => (session ? session.browser.capture(reason) : undefined),
    };

    const services: ActionServices = { ...run.services(), browser, timeouts: opts.timeouts ?? {} };
    const outcome: WorkflowOutcome = await executeWorkflow(parsed.workflow, {
      handlers: ACTION_HANDLERS,
      shapeOf: shapeFromRegistry,
      services,
      capture: (reason) => browser.capture(reason),
      guard: run.guard(),
      log,
      workflowId,
      signal: stop.signal,
      // Every implemented action works in the browser: open it once the guard let the action through.
      // Between actions, a human-like pause (zero in tests).
      onActionStart: async (node) => {
        inAction = true;
        if (actionsStarted++ > 0) await run.pacing.pause('action');
        await (await ensureSession(node)).beginAction(node.actionType);
      },
      onActionEnd: async (node, result) => {
        inAction = false;
        // A stop asked for during the action takes effect now, before the next one starts.
        if (opts.stopAfterAction?.aborted) stop.abort(new Error('stopped after the current action'));
        await session?.endAction(node.actionType, !result.success);
      },
    });
    await run.finish(outcome);
    if (outcome.status === 'failed') {
      sessionLost = true;
      await parkOnSessionLoss(records, opts.account, outcome.failure, log);
      return failed(outcome.failure, workflowId);
    }
    if (opts.warm && session) {
      const open = await session.launched().catch(() => undefined);
      if (open) opts.warm.markHealthy(open);
    }
    return { exitCode: 0, workflowId, completion: outcome.completion, output: outcome.completion };
  } catch (err) {
    // Interrupted, or a failure of linkwright itself: record it, keep the journal for a re-run.
    const interrupted = err instanceof WorkflowInterruptedError || stop.signal.aborted;
    const message = interrupted
      ? 'the workflow was interrupted'
      : `internal error: ${scrubText(err instanceof Error ? err.message : String(err))}`;
    log.error({ interrupted }, message);
    await run
      .abandon({ reason: interrupted ? 'interrupted' : 'internalError', message })
      .catch(() => undefined);
    return {
      exitCode: 1,
      workflowId,
      output: { success: false, error: { type: 'unexpectedError', message } },
      ...(interrupted ? { interrupted: true } : {}),
    };
  } finally {
    opts.signal?.removeEventListener('abort', stopNow);
    opts.stopAfterAction?.removeEventListener('abort', stopSoon);
    // A warm browser stays open unless the session was lost (signed out, checkpoint): then it closes.
    const closeBrowser = opts.warm ? sessionLost : (opts.closeBrowser ?? true);
    await session?.close({ closeBrowser }).catch((err: unknown) => {
      log.warn({ err: String(err) }, 'closing the session failed');
    });
    if (!opts.store) await store.close();
  }
}

/**
 * A page during the workflow (not only the health probe) showed the account signed out or at a
 * checkpoint: park it, so later runs fail fast until a person fixes it.
 */
async function parkOnSessionLoss(
  records: FileAccountRecordStore,
  account: string,
  failure: SessionFailure,
  log: Logger,
): Promise<void> {
  if (failure.reason !== 'linkedinAccountSignedOut' && failure.reason !== 'securityCheckpoint') return;
  const record = await records.read(account).catch(() => undefined);
  if (!record || record.status === 'parked') return;
  await parkAccount(records, account, { reason: failure.reason, message: failure.message }).catch(
    (err: unknown) => log.warn({ err: String(err) }, 'could not park the account'),
  );
  log.warn({ reason: failure.reason }, 'account parked: sign in with `linkwright login` and run again');
}
