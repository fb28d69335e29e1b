// What a person-scoped action needs before it touches the page: the person (from the subject the engine
// built from `personUrl` or the parent), the browser service, pacing, and a LinkedIn driver session.
import type { ActionContext, ActionOutcome } from '../../engine/types.ts';
import { getService, SERVICE_KEYS, type BrowserService, type PacingService } from '../../engine/services.ts';
import { makeSession, type LinkedInSession, type Timeouts } from '../../../drivers/linkedin/session.ts';
import { ZERO_PACING } from '../../../drivers/shared/pacing.ts';
import { failure, MESSAGES } from './outcomes.ts';

export interface DriverEnv {
  browser: BrowserService;
  session: LinkedInSession;
}

/** Optional per-run driver budgets (tests shorten them); registered under the 'driverTimeouts' key. */
export const DRIVER_TIMEOUTS_KEY = 'driverTimeouts';

export async function driverEnv(ctx: ActionContext): Promise<DriverEnv> {
  const browser = getService<BrowserService>(ctx.services, SERVICE_KEYS.browser);
  const pacing = (ctx.services[SERVICE_KEYS.pacing] as PacingService | undefined) ?? ZERO_PACING;
  const timeouts = ctx.services[DRIVER_TIMEOUTS_KEY] as Partial<Timeouts> | undefined;
  const page = await browser.page();
  const session = makeSession({
    page,
    origin: browser.origin,
    pacing,
    signal: ctx.signal,
    log: ctx.log,
    ...(timeouts ? { timeouts } : {}),
  });
  return { browser, session };
}

/** The person URL this action is about, or a failure when the engine handed no person. */
export function personUrlOf(
  ctx: ActionContext,
): { ok: true; personUrl: string } | { ok: false; outcome: ActionOutcome } {
  if (ctx.subject?.kind === 'person') return { ok: true, personUrl: ctx.subject.personUrl };
  const p = ctx.params.personUrl;
  if (typeof p === 'string' && p.length > 0) return { ok: true, personUrl: p };
  return { ok: false, outcome: failure('personNotFound', MESSAGES.personNotFound) };
}

/**
 * An unrecognised page: a capture is saved (its folder logged) and the action fails with
 * `unexpectedError`. `reason` is ours (no page text), safe for the result.
 */
export async function unexpected(
  ctx: ActionContext,
  browser: BrowserService,
  reason: string,
): Promise<ActionOutcome> {
  try {
    const dir = await browser.capture(`${ctx.path}-${reason}`.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80));
    ctx.log.warn({ capture: dir ?? null, reason }, 'unrecognised page state; capture saved');
  } catch (e) {
    ctx.log.warn(
      { err: e instanceof Error ? e.message : String(e), reason },
      'unrecognised page state; capture failed',
    );
  }
  return failure('unexpectedError', `${MESSAGES.unknownPage} (${reason})`);
}
