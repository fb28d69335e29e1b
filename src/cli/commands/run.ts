// `linkwright run <file|-> [--account NAME] [--fixtures] [--headed] [--slow-mo MS] [--pause-on-failure] [--trace DIR]`
// Prints the completion (Linked API's shape) on stdout. Exit: 0 completed, 2 invalid input,
// 3 session failure, 1 internal error.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from '../commander.ts';
import { isLinkedInOrigin, linkedinOrigin, linkwrightHome } from '../../config/paths.ts';
import { runWorkflow } from '../../app/run-workflow.ts';
import { rootLogger } from '../../log/logger.ts';
import { closeAllSessions } from '../../session/session-pool.ts';
import { printJson, readWorkflowOrReport } from '../read-input.ts';

interface RunFlags {
  account?: string;
  fixtures?: boolean;
  headed?: boolean;
  slowMo?: number;
  pauseOnFailure?: boolean;
  trace?: string;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number of milliseconds');
  return n;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('run a workflow and print its completion')
    .argument('<file>', 'workflow JSON file, or - for standard input')
    .option('--account <name>', 'account whose persistent browser profile runs the workflow', 'default')
    .option('--fixtures', 'run against the recorded LinkedIn with a throwaway account')
    .option('--headed', 'show the browser (same profile, browser and identity)')
    .option('--slow-mo <ms>', 'wait this long before each browser operation', nonNegativeInt)
    .option('--pause-on-failure', 'stop in the Playwright Inspector when an action fails (with --headed)')
    .option('--trace <dir>', 'keep a Playwright trace per action in this folder')
    .action(async (file: string, flags: RunFlags) => {
      const log = rootLogger();
      const text = await readWorkflowOrReport(file);
      if (text === undefined) return;

      let origin = linkedinOrigin();
      let home = linkwrightHome();
      let account = flags.account ?? 'default';
      let cleanup = async (): Promise<void> => {};
      if (flags.fixtures) {
        // The recorded LinkedIn in this process and a throwaway account: how a first try works.
        // Nobody's account is at risk there, so no human pauses unless asked for.
        process.env.LINKWRIGHT_PACING ??= 'off';
        // Loaded only here: a run against LinkedIn does not pay for the replay's modules at start.
        const { startReplayServer } = await import('../../../fixtures/replay/http-server.ts');
        const server = await startReplayServer({});
        const tmpHome = await mkdtemp(join(tmpdir(), 'linkwright-fixtures-'));
        origin = server.url;
        home = tmpHome;
        account = 'fixtures';
        log.info({ origin }, 'running against the recorded LinkedIn');
        cleanup = async () => {
          await server.close();
          await rm(tmpHome, { recursive: true, force: true });
        };
      }

      if (!flags.fixtures && !isLinkedInOrigin(origin) && process.env.LINKWRIGHT_PACING === undefined) {
        // Pacing protects a LinkedIn account; a fixture server (LINKWRIGHT_ORIGIN) has none to protect.
        process.env.LINKWRIGHT_PACING = 'off';
        log.info({ origin }, 'origin is not LinkedIn: human pacing off (LINKWRIGHT_PACING=on keeps it)');
      }

      const stop = new AbortController();
      const onSignal = () => stop.abort(new Error('interrupted'));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const result = await runWorkflow({
          text,
          account,
          origin,
          home,
          log,
          signal: stop.signal,
          debug: {
            ...(flags.headed ? { headed: true } : {}),
            ...(flags.slowMo !== undefined ? { slowMo: flags.slowMo } : {}),
            ...(flags.pauseOnFailure ? { pauseOnFailure: true } : {}),
            ...(flags.trace ? { traceDir: resolve(flags.trace) } : {}),
          },
        });
        printJson(result.output);
        process.exitCode = result.exitCode;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await closeAllSessions();
        await cleanup();
      }
    });
}
