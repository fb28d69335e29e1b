// `linkwright demo`: starts the recorded LinkedIn, runs the sample workflows against it with a
// throwaway account and prints each workflow with its completion, then the side effects the
// recorded LinkedIn saw. Exit 0.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { runWorkflow } from '../../app/run-workflow.ts';
import { rootLogger } from '../../log/logger.ts';
import { closeAllSessions } from '../../session/session-pool.ts';
import { DEMO_WORKFLOWS } from '../demo-workflows.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('run the sample workflows against the recorded LinkedIn and print each completion')
    .option('--headed', 'watch it happen in a visible browser')
    .action(async (flags: { headed?: boolean }) => {
      const log = rootLogger();
      // Nobody's account is at risk on the recorded LinkedIn: no human pauses unless asked for.
      process.env.LINKWRIGHT_PACING ??= 'off';
      // The replay is a runtime module: loaded by the commands that serve it, never by the others.
      const { startReplayServer } = await import('../../../fixtures/replay/http-server.ts');
      const server = await startReplayServer({ scenario: 'demo' });
      const home = await mkdtemp(join(tmpdir(), 'linkwright-demo-'));
      const pretty = Boolean(process.stdout.isTTY);
      const print = (v: unknown) =>
        process.stdout.write(`${pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v)}\n`);
      log.info({ origin: server.url }, 'the recorded LinkedIn is serving the demo scenario');
      let exitCode = 0;
      try {
        for (const demo of DEMO_WORKFLOWS) {
          const result = await runWorkflow({
            text: JSON.stringify(demo.workflow),
            account: 'demo',
            origin: server.url,
            home,
            log,
            closeBrowser: false,
            ...(flags.headed ? { debug: { headed: true, slowMo: 250 } } : {}),
          });
          print({ title: demo.title, workflow: demo.workflow, completion: result.output });
          if (result.exitCode !== 0) exitCode = 1;
        }
        print({ title: 'What the recorded LinkedIn saw', effects: server.replay.effects() });
      } finally {
        await closeAllSessions();
        await server.close();
        await rm(home, { recursive: true, force: true });
      }
      process.exitCode = exitCode;
    });
}
