// `linkwright fixtures serve [--port N] [--scenario NAME]`: the recorded LinkedIn over HTTP on 127.0.0.1
// (../shared/spec/product.md §3) for the headed mode, the demo and trying workflows by hand. Prints
// {"url": …} on stdout once listening and serves until SIGINT/SIGTERM. Scenario logic lives in
// fixtures/replay/, loaded only when `serve` runs: the replay is a runtime module, not part of the worker.
import type { Command } from 'commander';
import { z } from 'zod';
import { rootLogger } from '../../log/logger.ts';
import { printJson } from '../read-input.ts';

const ServeOptions = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(0),
  scenario: z.string().min(1).optional(),
  frontEnd: z.enum(['sdui', 'ember']).optional(),
});

export function registerFixtures(program: Command): void {
  const fixtures = program
    .command('fixtures')
    .description('the recorded LinkedIn (fixtures and their replay)');
  fixtures
    .command('serve')
    .description('serve the recorded LinkedIn over HTTP; prints its URL as JSON and serves until interrupted')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)')
    .option('--scenario <name>', 'scenario to serve (default: demo; an unknown name lists the known ones)')
    .option('--front-end <sdui|ember>', 'serve every page in one front end')
    .action(async (raw: { port?: string; scenario?: string; frontEnd?: string }) => {
      const parsed = ServeOptions.safeParse(raw);
      if (!parsed.success) {
        printJson({
          success: false,
          error: {
            type: 'invalidRequestPayload',
            message: parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '),
          },
        });
        process.exitCode = 2;
        return;
      }
      const { startReplayServer } = await import('../../../fixtures/replay/http-server.ts');
      const { DEFAULT_SCENARIO, scenarioNames } = await import('../../../fixtures/replay/scenarios/index.ts');
      const opts = { ...parsed.data, scenario: parsed.data.scenario ?? DEFAULT_SCENARIO };
      if (!scenarioNames().includes(opts.scenario)) {
        printJson({
          success: false,
          error: {
            type: 'invalidRequestPayload',
            message: `unknown scenario "${opts.scenario}" (known: ${scenarioNames().join(', ')})`,
          },
        });
        process.exitCode = 2;
        return;
      }
      const log = rootLogger();
      const server = await startReplayServer({
        port: opts.port,
        scenario: opts.scenario,
        ...(opts.frontEnd ? { frontEnd: opts.frontEnd } : {}),
      });
      printJson({ url: server.url });
      log.info(
        { url: server.url, scenario: opts.scenario },
        'serving the recorded LinkedIn (GET /__linkwright/effects, POST /__linkwright/reset)',
      );
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log.info({ signal }, 'stopping the recorded LinkedIn');
          resolve();
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      await server.close();
    });
}
