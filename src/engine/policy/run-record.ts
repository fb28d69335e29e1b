// The workflow record of one run: created when the run starts (owned by this process), updated while it
// waits or runs, and closed with its completion or failure.
import { hostname } from 'node:os';
import type { Store, WorkflowRecord, WorkflowStatus } from '../../store/store.ts';

export type RecordPatch = Parameters<Store['updateWorkflow']>[1];

export class RunRecord {
  constructor(
    private readonly store: Store,
    private readonly account: string,
    private readonly workflowId: string,
  ) {}

  /** Creates the record (status `running` unless given) owned by this process. */
  async start(
    now: Date,
    opts: { definitionHash?: string; status?: WorkflowStatus; pendingReason?: string } = {},
  ): Promise<WorkflowRecord> {
    await this.store.ensureAccount(this.account, now);
    return this.store.createWorkflow({
      id: this.workflowId,
      account: this.account,
      status: opts.status ?? 'running',
      pendingReason: opts.pendingReason ?? null,
      definitionHash: opts.definitionHash ?? null,
      owner: { pid: process.pid, host: hostname() },
      now,
    });
  }

  /** Updates the record when there is one (a run without a record, e.g. in tests, changes nothing). */
  async update(patch: RecordPatch): Promise<void> {
    if (await this.store.getWorkflow(this.workflowId))
      await this.store.updateWorkflow(this.workflowId, patch);
  }
}
