// ConnectSafely's rate-limit view of an account (peers-and-limits.md §1.3): the X-RateLimit-* headers
// every /linkedin/* response carries, and the 429 body when a limit or a LinkedIn hold stops a request
// before it reaches LinkedIn. Numbers come from the account's own limits and usage (src/engine/policy).
import { categoriesOf, holdsOf } from '../engine/action-rules.ts';
import type { LimitCategory } from '../engine/policy/limit-catalog.ts';
import { nextWeeklyReset } from '../engine/policy/periods.ts';
import type { Policy } from '../engine/policy/policy.ts';

/** ConnectSafely's action names for our limit categories. */
const ACTION_NAME: Partial<Record<LimitCategory, string>> = {
  stConnectionRequests: 'CONNECT',
  stPersonProfileViews: 'PROFILE_VIEW',
  stMessages: 'MESSAGE',
  stComments: 'COMMENT',
  stReactions: 'REACT',
  stSearchQueries: 'SEARCH',
};

export interface Stop {
  message: string;
  holdUntil?: string;
  weeklyReset: string;
}

/** The headers of `category` for the account: its tightest enabled limit (least remaining). */
export async function rateLimitHeaders(
  policy: Policy,
  account: string,
  category: LimitCategory,
): Promise<Record<string, string>> {
  const usage = (await policy.limits.usage(account, policy.now())).filter(
    (u) => u.category === category && u.isEnabled,
  );
  const headers: Record<string, string> = { 'x-ratelimit-action': ACTION_NAME[category] ?? category };
  const tightest = usage.sort((a, b) => a.maxValue - a.currentUsage - (b.maxValue - b.currentUsage))[0];
  if (tightest) {
    headers['x-ratelimit-limit'] = String(tightest.maxValue);
    headers['x-ratelimit-used'] = String(tightest.currentUsage);
    headers['x-ratelimit-remaining'] = String(Math.max(0, tightest.maxValue - tightest.currentUsage));
    headers['x-ratelimit-reset'] = tightest.resetsAt;
  }
  return headers;
}

/**
 * Why `actionType` with `params` would be refused right now without touching LinkedIn: an active
 * LinkedIn hold that stops it, or an enabled limit already used up. Null when it may go.
 */
export async function stopFor(
  policy: Policy,
  account: string,
  actionType: string,
  params: Record<string, unknown>,
): Promise<Stop | null> {
  const now = policy.now();
  const weeklyReset = nextWeeklyReset(now).toISOString();
  const rules = policy.rules.get(actionType);
  const kinds = holdsOf(rules, params);
  const hold = (await policy.holds.active(account, now)).find((h) => kinds.includes(h.kind));
  if (hold) {
    return {
      message: `LinkedIn put this account on hold (${hold.kind}); do not retry before ${hold.until.toISOString()}`,
      holdUntil: hold.until.toISOString(),
      weeklyReset,
    };
  }
  const categories = categoriesOf(rules, params);
  const full = (await policy.limits.usage(account, now)).find(
    (u) => u.isEnabled && categories.includes(u.category) && u.currentUsage >= u.maxValue,
  );
  if (full) {
    return {
      message:
        `Rate limit exceeded for ${ACTION_NAME[full.category] ?? full.category}: ` +
        `${full.currentUsage}/${full.maxValue} used (${full.period}). Resets at ${full.resetsAt}`,
      weeklyReset,
    };
  }
  return null;
}
