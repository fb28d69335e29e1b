// `linkwright login --account NAME`: a headed browser at the login page, waiting (bounded) until the
// person has signed in; `--li-at-stdin` imports a session cookie instead (read from standard input,
// never from an argument, so it is not visible in the process list). Exit 0 signed in, 3 otherwise.
import type { Command } from 'commander';
import { rootLogger } from '../../log/logger.ts';
import { importLiAt, loginInteractive, parseLiAt, type LoginResult } from '../../session/login.ts';
import { closeAllSessions } from '../../session/session-pool.ts';
import { printJson, readStdin } from '../read-input.ts';

function report(r: LoginResult): void {
  if (r.ok) {
    printJson({ success: true, account: r.account });
    process.exitCode = 0;
  } else {
    printJson({ success: false, error: { type: r.failure.reason, message: r.failure.message } });
    process.exitCode = 3;
  }
}

export function registerLogin(program: Command): void {
  program
    .command('login')
    .description('sign an account in: headed login into its persistent profile, or import li_at from stdin')
    .requiredOption('--account <name>', 'account name')
    .option('--li-at-stdin', 'read the li_at cookie value from standard input (no window)')
    .option('--timeout <seconds>', 'how long to wait for a headed sign-in', '600')
    .action(async (opts: { account: string; liAtStdin?: boolean; timeout: string }) => {
      const log = rootLogger();
      try {
        if (opts.liAtStdin) {
          let liAt: string;
          try {
            liAt = parseLiAt(await readStdin());
          } catch (err) {
            printJson({
              success: false,
              error: { type: 'linkedinAccountSignedOut', message: (err as Error).message },
            });
            process.exitCode = 3;
            return;
          }
          report(await importLiAt({ account: opts.account, log, liAt }));
        } else {
          const seconds = Number.parseInt(opts.timeout, 10);
          report(
            await loginInteractive({
              account: opts.account,
              log,
              timeoutMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 600) * 1000,
            }),
          );
        }
      } finally {
        await closeAllSessions();
      }
    });
}
