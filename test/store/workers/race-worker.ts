// A separate OS process hammering one account's limit. Opens the store (a SQLite file path or a
// postgres:// URL), says "ready", waits for "go"
// on stdin (so all workers start together), tries `attempts` reservations as fast as it can, commits
// each one it gets, and prints {"granted": n, "denied": m}.
import { createInterface } from 'node:readline';
import { LimitService } from '../../../src/engine/policy/limits.ts';
import { parsePolicyConfig } from '../../../src/engine/policy/policy-config.ts';
import { isPostgresUrl } from '../../../src/store/postgres/connection.ts';
import { PostgresStore } from '../../../src/store/postgres-store.ts';
import { SqliteStore } from '../../../src/store/sqlite-store.ts';
import { categoriesFor } from '../../support/action-services.ts';

const [dbPath, account, attemptsArg, configJson, workerId] = process.argv.slice(2);
if (!dbPath || !account || !attemptsArg || !configJson || !workerId)
  throw new Error('usage: race-worker db account attempts config id');

const store = isPostgresUrl(dbPath) ? await PostgresStore.open(dbPath) : new SqliteStore(dbPath);
const limits = new LimitService(store, parsePolicyConfig(JSON.parse(configJson)));
const rl = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of rl) {
  if (line.trim() === 'go') break;
}
rl.close();

let granted = 0;
let denied = 0;
for (let i = 0; i < Number(attemptsArg); i++) {
  const r = await limits.reserve({
    account,
    categories: categoriesFor('st.sendConnectionRequest', {}),
    key: null,
    runId: `worker-${workerId}`,
    now: new Date(),
  });
  if (r.ok && r.reservation) {
    await limits.commit(r.reservation, new Date());
    granted++;
  } else if (!r.ok && r.error.type === 'limitExceeded') {
    denied++;
  } else {
    throw new Error(`unexpected reserve result ${JSON.stringify(r)}`);
  }
}
await store.close();
process.stdout.write(`${JSON.stringify({ granted, denied })}\n`);
