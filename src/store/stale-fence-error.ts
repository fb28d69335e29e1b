// A write made under an account lease that another worker has taken since (its fence is stale). The
// journal write is refused, so a worker that lost its lease (paused, partitioned, presumed dead) can
// never mark an attempt — and so never click — after another worker took the account over.
import type { LeaseFence } from './store.ts';

export class StaleFenceError extends Error {
  constructor(
    readonly fence: LeaseFence,
    readonly current: number | null,
  ) {
    super(
      `store: the lease of account ${fence.account} has fence ${current ?? 'none'}, not ${fence.token}; ` +
        'another worker owns it now',
    );
    this.name = 'StaleFenceError';
  }
}

export function isStaleFenceError(err: unknown): err is StaleFenceError {
  return err instanceof Error && err.name === 'StaleFenceError';
}
