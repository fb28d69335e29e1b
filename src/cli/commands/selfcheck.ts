// `linkwright selfcheck [--account NAME]`: fingerprint self-check on a local page, opened exactly as
// the worker opens pages. Prints {"pass", "checks": [{"name","pass","value"}]}; exit 0 all pass, 1 otherwise.
import type { Command } from 'commander';
import { isSessionFailureError } from '../../errors/error-types.ts';
import { rootLogger } from '../../log/logger.ts';
import { scrubText } from '../../log/redaction.ts';
import { closeAllSessions } from '../../session/session-pool.ts';
import { runSelfcheck } from '../../session/selfcheck.ts';
import { printJson } from '../read-input.ts';

export function registerSelfcheck(program: Command): void {
  program
    .command('selfcheck')
    .description("fingerprint self-check of the account's browser on a local page")
    .option('--account <name>', "use this account's profile and identity (default: a throwaway profile)")
    .action(async (opts: { account?: string }) => {
      try {
        const result = await runSelfcheck({ account: opts.account, log: rootLogger() });
        printJson(result);
        process.exitCode = result.pass ? 0 : 1;
      } catch (err) {
        const value = isSessionFailureError(err)
          ? { type: err.reason, message: err.message }
          : { type: 'error', message: scrubText(err instanceof Error ? err.message : String(err)) };
        printJson({ pass: false, checks: [{ name: 'browser.launch', pass: false, value }] });
        process.exitCode = 1;
      } finally {
        await closeAllSessions();
      }
    });
}
