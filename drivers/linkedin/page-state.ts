// Reading a LinkedIn page: one evaluate collects the signals, the selectors' pure classifier names the
// state. Bounded waits re-read until a predicate holds. Session blockers (signed out, checkpoint) are
// surfaced as thrown SessionFailureErrors so they unwind through every page object to the engine.
import { SessionFailureError } from '../../src/errors/error-types.ts';
import {
  readPageState,
  resolveContextFor,
  type PageSignals,
  type PageState,
  type ResolveContext,
} from '../../selectors/linkedin/index.ts';
import { FIRST_POLL_PAUSE_MS, pollUntil, withTimeout } from '../shared/bounded.ts';
import type { LinkedInSession } from './session.ts';

/** One read of the page; a hung renderer must not hold the action until the engine's timeout. */
const READ_TIMEOUT_MS = 20_000;

export interface Reading {
  url: string;
  signals: PageSignals;
  state: PageState;
  ctx: ResolveContext;
}

/** Reads and classifies the current page (main frame; the extractor also walks shadow roots and /preload/ frames). */
export async function readState(s: LinkedInSession): Promise<Reading> {
  const url = s.page.url();
  const { signals, state } = await withTimeout(
    readPageState(s.page, { url }),
    READ_TIMEOUT_MS,
    'reading the page',
    s.signal,
  );
  return { url, signals, state, ctx: resolveContextFor(state) };
}

/** Throws the session-level failure a signed-out or checkpoint page means; returns otherwise. */
export function assertSession(r: Reading): void {
  if (r.state.page === 'checkpoint' || r.state.session.state === 'checkpoint') {
    throw new SessionFailureError('securityCheckpoint', 'LinkedIn asks for a security verification.');
  }
  if (r.state.page === 'signedOut' || r.state.session.state === 'signedOut') {
    throw new SessionFailureError('linkedinAccountSignedOut', 'LinkedIn signed the account out.');
  }
}

/**
 * Re-reads the page until `accept` returns true (bounded); returns the last reading either way, so the
 * caller decides from what the page finally showed. A navigation in flight makes `evaluate` fail; such
 * reads are retried within the budget. `pauseFirst`: the first read comes after one short pause (see
 * `PollOptions.firstPauseMs`) — for an effect that needs LinkedIn's answer, not for a page's own render.
 */
export async function waitForReading(
  s: LinkedInSession,
  accept: (r: Reading) => boolean,
  timeoutMs: number,
  opts: { pauseFirst?: boolean } = {},
): Promise<Reading> {
  let last: Reading | undefined;
  const hit = await pollUntil(
    async () => {
      try {
        last = await readState(s);
      } catch {
        return undefined;
      }
      return accept(last) ? last : undefined;
    },
    {
      timeoutMs,
      intervalMs: 200,
      ...(opts.pauseFirst ? { firstPauseMs: FIRST_POLL_PAUSE_MS } : {}),
      ...(s.signal ? { signal: s.signal } : {}),
    },
  );
  if (hit) return hit;
  return last ?? readState(s);
}
