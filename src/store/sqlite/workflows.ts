// Workflow records (SQLite): status, pending reason, completion or failure, owner and timestamps.
import type Database from 'better-sqlite3';
import type {
  NewWorkflowRecord,
  WorkflowPatch,
  WorkflowRecord,
  WorkflowRepository,
  WorkflowStatus,
} from '../store.ts';
import { mustDate, parseJson, str, toDate, type Row } from './rows.ts';

function mapWorkflow(r: Row): WorkflowRecord {
  const failure = parseJson(r.failure_json) as WorkflowRecord['failure'];
  return {
    id: String(r.id),
    account: String(r.account),
    status: String(r.status) as WorkflowStatus,
    pendingReason: str(r.pending_reason),
    message: str(r.message),
    definitionHash: str(r.definition_hash),
    completion:
      r.completion_json === null || r.completion_json === undefined ? null : parseJson(r.completion_json),
    failure: failure ?? null,
    ownerPid: r.owner_pid === null || r.owner_pid === undefined ? null : Number(r.owner_pid),
    ownerHost: str(r.owner_host),
    createdAt: mustDate(r.created_at),
    startedAt: toDate(r.started_at),
    finishedAt: toDate(r.finished_at),
    updatedAt: mustDate(r.updated_at),
  };
}

export class SqliteWorkflows implements WorkflowRepository {
  constructor(private readonly db: Database.Database) {}

  async createWorkflow(rec: NewWorkflowRecord): Promise<WorkflowRecord> {
    const t = rec.now.getTime();
    this.db
      .prepare(
        `INSERT INTO workflows (id, account, status, pending_reason, message, definition_hash, owner_pid, owner_host,
           created_at, started_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
        t,
      );
    return (await this.getWorkflow(rec.id)) as WorkflowRecord;
  }

  async updateWorkflow(id: string, patch: WorkflowPatch): Promise<WorkflowRecord> {
    const sets: string[] = ['updated_at = ?'];
    const t = patch.now.getTime();
    const args: unknown[] = [t];
    if (patch.status !== undefined) {
      sets.push('status = ?');
      args.push(patch.status);
      if (patch.status === 'running') {
        sets.push('started_at = COALESCE(started_at, ?)');
        args.push(t);
      }
      if (patch.status === 'completed' || patch.status === 'failed') {
        sets.push('finished_at = ?');
        args.push(t);
      }
      // A workflow that is no longer pending has no pending reason.
      if (patch.status !== 'pending' && patch.pendingReason === undefined) sets.push('pending_reason = NULL');
    }
    if (patch.pendingReason !== undefined) {
      sets.push('pending_reason = ?');
      args.push(patch.pendingReason);
    }
    if (patch.message !== undefined) {
      sets.push('message = ?');
      args.push(patch.message);
    }
    if (patch.completion !== undefined) {
      sets.push('completion_json = ?');
      args.push(patch.completion === null ? null : JSON.stringify(patch.completion));
    }
    if (patch.failure !== undefined) {
      sets.push('failure_json = ?');
      args.push(patch.failure === null ? null : JSON.stringify(patch.failure));
    }
    args.push(id);
    const changed = this.db
      .prepare(`UPDATE workflows SET ${sets.join(', ')} WHERE id = ?`)
      .run(...args).changes;
    if (changed !== 1) throw new Error(`store: workflow ${id} not found`);
    return (await this.getWorkflow(id)) as WorkflowRecord;
  }

  async getWorkflow(id: string): Promise<WorkflowRecord | null> {
    const r = this.db.prepare('SELECT * FROM workflows WHERE id = ?').get(id) as Row | undefined;
    return r ? mapWorkflow(r) : null;
  }
}
