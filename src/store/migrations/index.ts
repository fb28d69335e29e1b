// All migrations in order. Add a new file NNN-name.ts and append it here; never edit a released one.
import { migration001 } from './001-accounts-workflows.ts';
import { migration002 } from './002-limits-holds.ts';
import { migration003 } from './003-action-journal.ts';
import { migration004 } from './004-conversations.ts';
import { migration005 } from './005-network.ts';
import { migration006 } from './006-workflow-queue.ts';
import { migration007 } from './007-service-tokens.ts';
import { migration008 } from './008-inbox-sync-kind.ts';
import type { Migration } from './migration.ts';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  // 005 and 006 come from parallel branches (merged before this one).
  migration007,
  migration008,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
