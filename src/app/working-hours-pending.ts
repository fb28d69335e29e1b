// Whether a queued workflow of an account must wait for its working hours: with the `pending` off-hours
// policy, outside the window it stays pending with pendingReason `outsideWorkingHours`, a message saying
// when it starts (Linked API's wording) and no claim before then. The `reject` policy is left to the run
// (it fails with `outsideWorkingHours`), and a worker never sleeps on a lease waiting for hours to open.
import { checkWorkingHours, formatLocal, type Policy } from '../engine/policy/index.ts';

export interface OutsideWorkingHours {
  pendingReason: 'outsideWorkingHours';
  message: string;
  notBefore: Date;
}

export function outsideWorkingHours(policy: Policy, account: string, now: Date): OutsideWorkingHours | null {
  const cfg = policy.workingHours(account);
  if (!cfg || cfg.offHoursPolicy === 'reject') return null;
  const d = checkWorkingHours(cfg, now);
  if (d.open) return null;
  return {
    pendingReason: 'outsideWorkingHours',
    message: `The workflow will start when the account working hours open at ${formatLocal(d.opensAt, cfg.timezone)}.`,
    notBefore: d.opensAt,
  };
}
