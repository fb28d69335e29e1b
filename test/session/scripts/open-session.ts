// Child process for the lock tests: tries to open the account and reports the outcome as JSON.
import { isSessionFailureError } from '../../../src/errors/error-types.ts';
import { createLogger } from '../../../src/log/logger.ts';
import { openAccountSession } from '../../../src/session/account-session.ts';
import { closeAllSessions } from '../../../src/session/session-pool.ts';

const [home, account, origin] = process.argv.slice(2) as [string, string, string];
try {
  const session = await openAccountSession({
    account,
    origin,
    home,
    log: createLogger({ pretty: false }),
    purpose: 'test-opener',
  });
  await session.close();
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (err) {
  if (!isSessionFailureError(err)) throw err;
  process.stdout.write(`${JSON.stringify({ ok: false, reason: err.reason, message: err.message })}\n`);
} finally {
  await closeAllSessions();
}
