// The working-hours gate of one run, before the browser opens. Outside the account's hours: policy
// `reject` → failure `outsideWorkingHours`; policy `pending` → the record says pending/outsideWorkingHours,
// the log says when, and the gate waits until the window opens (then the record says running again).
import type { Logger } from 'pino';
import type { SessionFailure } from '../../errors/error-types.ts';
import type { WorkingHoursConfig } from './policy-config.ts';
import type { RunRecord } from './run-record.ts';
import { checkWorkingHours, formatLocal, waitForWorkingHours } from './working-hours.ts';

export type WorkingHoursGate = { ok: true; waitedMs: number } | { ok: false; failure: SessionFailure };

export async function awaitWorkingHours(opts: {
  config: WorkingHoursConfig | null;
  account: string;
  workflowId: string;
  record: RunRecord;
  now: () => Date;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  log?: Logger;
}): Promise<WorkingHoursGate> {
  const cfg = opts.config;
  if (!cfg) return { ok: true, waitedMs: 0 };
  const started = opts.now();
  const first = checkWorkingHours(cfg, started);
  if (first.open) return { ok: true, waitedMs: 0 };
  if (cfg.offHoursPolicy === 'reject') {
    return { ok: false, failure: { reason: 'outsideWorkingHours', message: first.message } };
  }
  await waitForWorkingHours({
    config: cfg,
    now: opts.now,
    sleep: opts.sleep,
    ...(opts.signal ? { signal: opts.signal } : {}),
    onWait: async (d) => {
      const message = `The workflow will start when the account working hours open at ${formatLocal(d.opensAt, cfg.timezone)}.`;
      opts.log?.info(
        {
          account: opts.account,
          workflowId: opts.workflowId,
          opensAt: d.opensAt.toISOString(),
          pendingReason: 'outsideWorkingHours',
        },
        `${d.message} ${message}`,
      );
      await opts.record.update({
        status: 'pending',
        pendingReason: 'outsideWorkingHours',
        message,
        now: opts.now(),
      });
    },
  });
  await opts.record.update({ status: 'running', pendingReason: null, message: null, now: opts.now() });
  return { ok: true, waitedMs: opts.now().getTime() - started.getTime() };
}
