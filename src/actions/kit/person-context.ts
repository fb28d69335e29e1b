// What a person-scoped action needs before it touches the page: the person (from the subject the engine
// built from `personUrl` or the parent), the browser service, pacing, and a LinkedIn driver session.
import type { ActionOutcome } from '../../engine/types.ts';
import type { ProfileStatus } from '../../../drivers/linkedin/profile-page.ts';
import { makeSession, type LinkedInSession } from '../../../drivers/linkedin/session.ts';
import type { ActionContext } from './action-context.ts';
import { failure, MESSAGES } from './outcomes.ts';
import type { BrowserService } from './services.ts';

export interface DriverEnv {
  browser: BrowserService;
  session: LinkedInSession;
}

export async function driverEnv(ctx: ActionContext): Promise<DriverEnv> {
  const page = await ctx.browser.page();
  const session = makeSession({
    page,
    origin: ctx.browser.origin,
    pacing: ctx.pacing,
    signal: ctx.signal,
    log: ctx.log,
    timeouts: ctx.timeouts,
  });
  return { browser: ctx.browser, session };
}

/** The person URL this action is about, or a failure when the engine handed no person. */
export function personUrlOf(
  ctx: ActionContext,
): { ok: true; personUrl: string } | { ok: false; outcome: ActionOutcome } {
  if (ctx.subject?.kind === 'person') return { ok: true, personUrl: ctx.subject.personUrl };
  const p = (ctx.params as { personUrl?: unknown }).personUrl;
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

type ProfileAnswerKey = 'self' | 'connected' | 'pending' | 'notConnected';

/**
 * The answer to a profile's status before acting: a missing profile is `personNotFound`, an unrecognised
 * page `unexpectedError` (with a capture), the own profile `selfProfileNotAllowed` unless `answers.self`
 * says otherwise; each relationship gets the action's own answer, and one without an answer proceeds
 * (null).
 */
export function profileGate(
  ctx: ActionContext,
  browser: BrowserService,
  status: ProfileStatus,
  answers: Partial<Record<ProfileAnswerKey, ActionOutcome>>,
): ActionOutcome | Promise<ActionOutcome> | null {
  switch (status.kind) {
    case 'notFound':
      return failure('personNotFound', MESSAGES.personNotFound);
    case 'unknown':
      ctx.log.warn({ reason: status.reason }, 'profile state not recognised');
      return unexpected(ctx, browser, 'profile-state-unknown');
    case 'self':
      return answers.self ?? failure('selfProfileNotAllowed', MESSAGES.selfProfileNotAllowed);
    default:
      return answers[status.kind] ?? null;
  }
}
