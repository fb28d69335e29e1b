// Workflow records (PostgreSQL): status, pending reason, completion or failure (jsonb), owner and timestamps.
import type {
  NewWorkflowRecord,
  WorkflowPatch,
  WorkflowRecord,
  WorkflowRepository,
  WorkflowStatus,
} from '../store.ts';
import type { Pool, Row } from './connection.ts';
import { jsonParam, mustDate, str, toDate } from './rows.ts';

function mapWorkflow(r: Row): WorkflowRecord {
  const failure = r.failure_json as WorkflowRecord['failure'] | null | undefined;
  return {
    id: String(r.id),
    account: String(r.account),
    status: String(r.status) as WorkflowStatus,
    pendingReason: str(r.pending_reason),
    message: str(r.message),
    definitionHash: str(r.definition_hash),
    completion: r.completion_json === undefined ? null : r.completion_json,
    failure: failure ?? null,
    ownerPid: r.owner_pid === null || r.owner_pid === undefined ? null : Number(r.owner_pid),
    ownerHost: str(r.owner_host),
    createdAt: mustDate(r.created_at),
    startedAt: toDate(r.started_at),
    finishedAt: toDate(r.finished_at),
    updatedAt: mustDate(r.updated_at),
  };
}

export class PostgresWorkflows implements WorkflowRepository {
  constructor(private readonly pool: Pool) {}

  async createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord> {
    const t = rec.now;
    const r = await this.pool.query<Row>(
      `INSERT INTO workflows (id, account, status, pending_reason, message, definition_hash, owner_pid, owner_host,
         created_at, started_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9)
       RETURNING *`,
      [
        rec.id,
        rec.account,
        rec.status,
        rec.pendingReason ?? null,
        rec.message ?? null,
        rec.definitionHash ?? null,
        rec.owner?.pid ?? null,
        rec.owner?.host ?? null,
        t,
        rec.status === 'running' ? t : null,
      ],
    );
    return mapWorkflow(r.rows[0] as Row);
  }

  async updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord> {
    const args: unknown[] = [patch.now];
    const sets: string[] = ['updated_at = $1'];
    const param = (v: unknown): string => {
      args.push(v);
      return `$${args.length}`;
    };
    if (patch.status !== undefined) {
      sets.push(`status = ${param(patch.status)}`);
      if (patch.status === 'running') sets.push('started_at = COALESCE(started_at, $1)');
      if (patch.status === 'completed' || patch.status === 'failed') sets.push('finished_at = $1');
      // A workflow that is no longer pending has no pending reason.
      if (patch.status !== 'pending' && patch.pendingReason === undefined) sets.push('pending_reason = NULL');
    }
    if (patch.pendingReason !== undefined) sets.push(`pending_reason = ${param(patch.pendingReason)}`);
    if (patch.message !== undefined) sets.push(`message = ${param(patch.message)}`);
    if (patch.completion !== undefined)
      sets.push(`completion_json = ${param(jsonParam(patch.completion))}::jsonb`);
    if (patch.failure !== undefined) sets.push(`failure_json = ${param(jsonParam(patch.failure))}::jsonb`);
    const r = await this.pool.query<Row>(
      `UPDATE workflows SET ${sets.join(', ')} WHERE id = ${param(id)} RETURNING *`,
      args,
    );
    if (r.rowCount !== 1) throw new Error(`store: workflow ${id} not found`);
    return mapWorkflow(r.rows[0] as Row);
  }

  async getWorkflow(id: string): Promise<WorkflowRecord | null> {
    const r = await this.pool.query<Row>('SELECT * FROM workflows WHERE id = $1', [id]);
    return r.rows[0] ? mapWorkflow(r.rows[0]) : null;
  }
}
