// `linkwright worker`: runs workers without the HTTP server. Drains the queue of LINKWRIGHT_HOME's store
// (workflows submitted by `serve`, the library or another process), one workflow per account at a time,
// keeping each account's browser warm. SIGTERM/SIGINT: running workflows stop after their current
// action and go back to pending (another worker, or the next start, resumes them); then it exits 0.
import type { Command } from 'commander';
import { InvalidArgumentError } from '../commander.ts';
import { isLinkedInOrigin, linkedinOrigin, linkwrightHome } from '../../config/paths.ts';
import { createWorker } from '../../app/create-worker.ts';
import { rootLogger } from '../../log/logger.ts';
import { accountList } from '../account-list-option.ts';
import { stopSignal } from '../stop-signal.ts';

interface WorkerFlags {
  concurrency: number;
  maxSessions: number;
  memoryMb?: number;
  accounts?: string[];
  leaseMs: number;
  pollMs: number;
  graceMs: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run workers that carry out queued workflows (no HTTP server), until SIGTERM')
    .option('--concurrency <n>', 'workflows (accounts) at once', positiveInt, 2)
    .option(
      '--max-sessions <n>',
      'browsers kept open at once (least recently used closes first)',
      positiveInt,
      4,
    )
    .option(
      '--memory-mb <mb>',
      "memory cap of the open browsers (PSS of Chromium's processes); least recently used idle one closes first",
      positiveInt,
    )
    .option(
      '--accounts <names>',
      'claim only these accounts (comma-separated): the ones signed in on this machine',
      accountList,
    )
    .option('--lease-ms <ms>', 'account lease length; renewed every third', positiveInt, 30_000)
    .option('--poll-ms <ms>', 'how often an idle worker looks for work', positiveInt, 500)
    .option(
      '--grace-ms <ms>',
      'on SIGTERM, how long the current actions may take to finish',
      positiveInt,
      30_000,
    )
    .action(async (flags: WorkerFlags) => {
      const log = rootLogger();
      const origin = linkedinOrigin();
      if (!isLinkedInOrigin(origin) && process.env.LINKWRIGHT_PACING === undefined) {
        process.env.LINKWRIGHT_PACING = 'off';
        log.info({ origin }, 'origin is not LinkedIn: human pacing off (LINKWRIGHT_PACING=on keeps it)');
      }
      // Listening before the workers exist: they claim at once (SQLite writes synchronously), and a
      // SIGTERM in that window would take Node's default and kill the process holding a running
      // workflow instead of handing it back (seen in test/worker/worker-processes.test.ts).
      const stopped = stopSignal();
      const worker = createWorker({
        home: linkwrightHome(),
        origin,
        log,
        concurrency: flags.concurrency,
        maxOpenSessions: flags.maxSessions,
        ...(flags.memoryMb !== undefined ? { maxSessionMemoryMB: flags.memoryMb } : {}),
        ...(flags.accounts ? { accounts: flags.accounts } : {}),
        leaseMs: flags.leaseMs,
        pollMs: flags.pollMs,
        // No serve in this process hears of what these workers settle: send the tokens' webhooks here.
        webhooks: true,
      });
      log.info(
        { workerId: worker.workerId, concurrency: flags.concurrency, accounts: flags.accounts ?? 'all' },
        'worker started',
      );
      const signal = await stopped;
      log.info({ signal }, 'stopping: finishing the current actions, handing workflows back');
      await worker.close({ graceMs: flags.graceMs });
      log.info('worker stopped');
    });
}
