// Linked API's limit categories and periods (../shared/spec/linkedapi-actions.md §4), our conservative
// defaults, and which action types count toward which category. Sources for every number:
// ../shared/spec/peers-and-limits.md, cited in each `why` as "P&L §x" or "§x" (§5.6 is item 6 of §5).
// LinkedIn publishes almost no numbers; where vendors disagree we take the cautious end, because an
// over-cautious default costs a day and an over-eager one can cost the account.

export const LIMIT_CATEGORIES = [
  'stPersonProfileViews',
  'stCompanyPageViews',
  'stConnectionRequests',
  'stMessages',
  'stSearchQueries',
  'stReactions',
  'stComments',
  'stPosts',
  'nvPersonProfileViews',
  'nvCompanyPageViews',
  'nvMessages',
] as const;
export type LimitCategory = (typeof LIMIT_CATEGORIES)[number];

export const LIMIT_PERIODS = ['daily', 'weekly', 'monthly'] as const;
export type LimitPeriod = (typeof LIMIT_PERIODS)[number];

export interface LimitDefinition {
  category: LimitCategory;
  period: LimitPeriod;
  maxValue: number;
  isEnabled: boolean;
}

interface DefaultLimit extends LimitDefinition {
  /** Why this number (shown by nothing; read by maintainers). */
  why: string;
}

export const DEFAULT_LIMITS: readonly DefaultLimit[] = [
  {
    category: 'stConnectionRequests',
    period: 'daily',
    maxValue: 20,
    isEnabled: true,
    why: 'P&L §5.6 "≤20 invites/day"; OpenOutreach default 20/day; PhantomBuster asks for a second confirmation above 20/day (§2.3).',
  },
  {
    category: 'stConnectionRequests',
    period: 'weekly',
    maxValue: 90,
    isEnabled: true,
    why: 'ConnectSafely caps at 90/week resetting Monday 00:00 UTC (§1.3); vendor consensus ~100 per rolling 7 days, PhantomBuster 80–100 for active free accounts (§3.1): 90 stays under all of them.',
  },
  {
    category: 'stMessages',
    period: 'daily',
    maxValue: 50,
    isEnabled: true,
    why: "Linked API's own example default stMessages 50/day (§2.1); vendor guidance 50–150/day, Linki recommends 30 (§2.5).",
  },
  {
    category: 'stMessages',
    period: 'weekly',
    maxValue: 150,
    isEnabled: true,
    why: 'PhantomBuster message ceiling 80/week free, 150/week paid (§2.3); without a weekly cap 50/day would allow 350/week.',
  },
  {
    category: 'stPersonProfileViews',
    period: 'daily',
    maxValue: 80,
    isEnabled: true,
    why: 'PhantomBuster 80 per working day on free accounts, Unipile 80–100/day, ConnectSafely 120/day (§2.2, §2.3, §3.2): the lowest figure.',
  },
  {
    category: 'stPersonProfileViews',
    period: 'weekly',
    maxValue: 400,
    isEnabled: true,
    why: 'Five working days at the daily cap; LinkedIn throttles bursts of page views (§3.3, ~900 requests/hour seen).',
  },
  {
    category: 'stCompanyPageViews',
    period: 'daily',
    maxValue: 80,
    isEnabled: true,
    why: 'No published figure for company pages; treated like profile views (same page-view throttle, §3.3).',
  },
  {
    category: 'stSearchQueries',
    period: 'daily',
    maxValue: 30,
    isEnabled: true,
    why: "Free accounts have a monthly 'commercial use limit' on people searches (number unpublished, §3.2); 30 searches/day is well inside typical manual use.",
  },
  {
    category: 'stSearchQueries',
    period: 'monthly',
    maxValue: 300,
    isEnabled: true,
    why: 'The commercial use limit resets with the calendar month (§3.2); 300/month keeps a free account clear of its warning in reported use.',
  },
  {
    category: 'stReactions',
    period: 'daily',
    maxValue: 100,
    isEnabled: true,
    why: 'PhantomBuster likes 100–400/day (§2.3): the lower bound.',
  },
  {
    category: 'stComments',
    period: 'daily',
    maxValue: 30,
    isEnabled: true,
    why: 'PhantomBuster 80/day, ConnectSafely 100/day (§1.3, §2.3); comments are public text that people report as spam, so well below both.',
  },
  {
    category: 'stPosts',
    period: 'daily',
    maxValue: 5,
    isEnabled: true,
    why: 'No vendor figure; a person rarely publishes more than a few posts a day.',
  },
  {
    category: 'stPosts',
    period: 'weekly',
    maxValue: 20,
    isEnabled: true,
    why: 'No vendor figure; bounds a week of daily maxima to a plausible human volume.',
  },
  {
    category: 'nvPersonProfileViews',
    period: 'daily',
    maxValue: 100,
    isEnabled: true,
    why: 'Sales Navigator seats are paid: PhantomBuster 150 visits per working day for paid accounts (§2.3); we stay below.',
  },
  {
    category: 'nvCompanyPageViews',
    period: 'daily',
    maxValue: 100,
    isEnabled: true,
    why: 'Treated like Sales Navigator profile views (no separate figure).',
  },
  {
    category: 'nvMessages',
    period: 'daily',
    maxValue: 30,
    isEnabled: true,
    why: 'Sales Navigator Core gets 50 InMail credits a month (§3.2); messages to connections are free, PhantomBuster 80/week (§2.3).',
  },
  {
    category: 'nvMessages',
    period: 'weekly',
    maxValue: 80,
    isEnabled: true,
    why: "PhantomBuster's message ceiling of 80/week (§2.3).",
  },
];

// Which action types count toward which category is declared by each action module
// (ActionRules.limits, src/engine/action-rules.ts): an action that is not implemented counts toward nothing.

export function isLimitCategory(v: string): v is LimitCategory {
  return (LIMIT_CATEGORIES as readonly string[]).includes(v);
}

export function isLimitPeriod(v: string): v is LimitPeriod {
  return (LIMIT_PERIODS as readonly string[]).includes(v);
}
