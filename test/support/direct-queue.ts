// The WorkflowQueue the service tests run `serve` on: the embedded DirectQueue (src/app/direct-queue.ts),
// either over runWorkflow against the recorded LinkedIn (a real run per workflow, sequential per
// account) or over a scripted runner that answers from the workflow text (for tests about the HTTP side
// alone: auth, limits, bursts, webhooks), which still goes through the real queue and the real store.
import type { Logger } from 'pino';
import { DirectQueue, runWorkflowRunner, type DirectRunOutcome } from '../../src/app/direct-queue.ts';

export { DirectQueue };

/** Real runs against the fixture server at `origin`. */
export function replayQueue(opts: { home: string; origin: string; log: Logger }): DirectQueue {
  return new DirectQueue(runWorkflowRunner({ ...opts, closeBrowser: true }), opts.log);
}

export type Script = (workflow: unknown, account: string) => DirectRunOutcome | Promise<DirectRunOutcome>;

/** Runs nothing: `script` decides each workflow's outcome; `runs` records every execution. */
export function scriptedQueue(
  script: Script,
  log: Logger,
): { queue: DirectQueue; runs: { account: string; workflow: unknown }[] } {
  const runs: { account: string; workflow: unknown }[] = [];
  const queue = new DirectQueue(async ({ account, text }) => {
    const workflow: unknown = JSON.parse(text);
    runs.push({ account, workflow });
    return script(workflow, account);
  }, log);
  return { queue, runs };
}
