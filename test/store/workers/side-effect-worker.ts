// One "workflow run" in its own process: a side effect (appending a line to a fake LinkedIn's effect
// recorder file) under the journal discipline. LINKWRIGHT_FAILPOINT makes it SIGKILL its whole process
// group at a chosen moment; a helper child stands in for the browser, which must die with it.
// Prints {"status": …} when it finishes.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { Journal } from '../../../src/engine/policy/journal.ts';
import { runSideEffect } from '../../../src/engine/policy/run-side-effect.ts';
import { isPostgresUrl } from '../../../src/store/postgres/connection.ts';
import { PostgresStore } from '../../../src/store/postgres-store.ts';
import { SqliteStore } from '../../../src/store/sqlite-store.ts';

const [dbPath, effectsFile, runId, helperPidFile] = process.argv.slice(2);
if (!dbPath || !effectsFile || !runId || !helperPidFile)
  throw new Error('usage: side-effect-worker db effects runId helperPidFile');

// The stand-in browser: a child in our process group that would outlive us if only we died.
const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
writeFileSync(helperPidFile, String(helper.pid));

// A SQLite file path or a postgres:// URL.
const store = isPostgresUrl(dbPath) ? await PostgresStore.open(dbPath) : new SqliteStore(dbPath);
const journal = new Journal({ store, account: 'alice', runId, resumeWindowMs: 3_600_000 });
const key = journal.keyFor(
  'st.sendConnectionRequest',
  { kind: 'person', personUrl: 'https://www.linkedin.com/in/person2' },
  { note: 'Hello' },
);

const effects = (): string[] =>
  readFileSync(effectsFile, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);

const result = await runSideEffect({
  journal,
  key,
  verify: async () => (effects().includes(`invitation ${key.id}`) ? 'done' : 'notDone'),
  act: async (commitPoint) => {
    // Preparation (open the dialog, type the note) happens before the commit point.
    await commitPoint();
    appendFileSync(effectsFile, `invitation ${key.id}\n`);
    return { kind: 'effect' };
  },
});
// The workflow completed.
await journal.settle();
await store.close();
helper.kill('SIGKILL');
process.stdout.write(`${JSON.stringify({ status: result.status })}\n`);
