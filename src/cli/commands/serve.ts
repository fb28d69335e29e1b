// `linkwright serve [--port N] [--host H]`: the worker service over HTTP (src/service), bound to
// 127.0.0.1 by default. Prints `{"url": …}` once listening; SIGINT/SIGTERM stop accepting requests, let
// running workflows settle and exit.
import type { Command } from 'commander';
import { z } from 'zod';
import { createWorker, type Worker } from '../../app/create-worker.ts';
import { startServe } from '../../app/serve.ts';
import { linkedinOrigin, linkwrightHome } from '../../config/paths.ts';
import { rootLogger } from '../../log/logger.ts';
import { packageVersion } from '../package-version.ts';
import { printJson } from '../read-input.ts';
import { AccountListSchema } from '../account-list-option.ts';
import { stopSignal } from '../stop-signal.ts';

const OptionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8787),
  host: z.string().min(1).max(255).default('127.0.0.1'),
  memoryMb: z.coerce.number().int().min(1).optional(),
  accounts: AccountListSchema.optional(),
});

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'the worker service: Linked API-compatible /workflows, ConnectSafely-style /linkedin/..., /openapi.json',
    )
    .option('--port <n>', 'port (default 8787; 0 = any free port)')
    .option('--host <host>', 'address to bind (default 127.0.0.1: this machine only)')
    .option(
      '--memory-mb <mb>',
      "memory cap of the warm browsers (PSS of Chromium's processes); least recently used idle one closes first",
    )
    .option(
      '--accounts <names>',
      "the in-process workers claim only these accounts (comma-separated); the API still accepts every token's accounts",
    )
    .action(async (raw: { port?: string; host?: string; memoryMb?: string; accounts?: string }) => {
      const parsed = OptionsSchema.safeParse(raw);
      if (!parsed.success) {
        printJson({
          success: false,
          error: {
            type: 'invalidRequestPayload',
            message: parsed.error.issues[0]?.message ?? 'invalid options',
          },
        });
        process.exitCode = 2;
        return;
      }
      const log = rootLogger();
      const home = linkwrightHome();
      const origin = linkedinOrigin();
      // The durable queue on the same store, drained by workers in this process with warm browsers;
      // `linkwright worker` processes on the same store (or PostgreSQL) drain it too.
      let worker: Worker | undefined;
      // Listening before the embedded workers start claiming: a SIGTERM during start-up hands their
      // workflows back like one after it, instead of Node's default kill.
      const stopped = stopSignal();
      const running = await startServe({
        home,
        log,
        host: parsed.data.host,
        port: parsed.data.port,
        version: packageVersion(),
        queue: ({ store, log: l }) =>
          (worker = createWorker({
            home,
            origin,
            log: l,
            store,
            ...(parsed.data.memoryMb !== undefined ? { maxSessionMemoryMB: parsed.data.memoryMb } : {}),
            ...(parsed.data.accounts ? { accounts: parsed.data.accounts } : {}),
          })).queue,
      });
      if (parsed.data.host !== '127.0.0.1' && parsed.data.host !== 'localhost') {
        log.warn(
          { host: parsed.data.host },
          'serve is reachable from other machines: put TLS in front of it',
        );
      }
      printJson({ success: true, url: running.url });
      log.info({ url: running.url }, 'serve listening');
      await stopped;
      log.info('serve stopping: letting running workflows settle');
      // Running workflows stop after their current action and go back to pending (resumed next start).
      await worker?.close();
      await running.close();
    });
}
