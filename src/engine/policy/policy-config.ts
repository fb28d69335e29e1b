// The policy part of LINKWRIGHT_HOME/config.json (zod-validated): limits, working hours, pacing and the
// journal's resume window, as defaults for every account and per account. Other layers may keep their
// own keys in the same file (unknown top-level and per-account keys are left alone), but inside the keys
// below every typo is an error: a misspelt limit must not silently fall back to a default.
//
// {
//   "limits": [ { "category": "stConnectionRequests", "period": "daily", "maxValue": 15 } ],
//   "workingHours": { "timezone": "Europe/Berlin", "days": ["mon","tue","wed","thu","fri"],
//                     "start": "09:00", "end": "18:00", "offHoursPolicy": "pending" },
//   "pacing": { "enabled": true, "action": { "minMs": 20000, "medianMs": 45000, "maxMs": 180000 } },
//   "journal": { "resumeWindowHours": 168 },
//   "accounts": { "alice": { "limits": [...], "workingHours": null, "pacing": { "enabled": false } } }
// }
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LIMIT_CATEGORIES, LIMIT_PERIODS } from './limit-catalog.ts';
import { isTimeZone } from '../../config/time-zone.ts';

export const CONFIG_FILE_NAME = 'config.json';

export const limitEntrySchema = z.strictObject({
  category: z.enum(LIMIT_CATEGORIES),
  period: z.enum(LIMIT_PERIODS),
  maxValue: z.number().int().min(0).max(1_000_000),
  isEnabled: z.boolean().default(true),
});

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** ISO weekday 1 = Monday … 7 = Sunday, or its three-letter English name. */
const daySchema = z
  .union([
    z.number().int().min(1).max(7),
    z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(DAY_NAMES)),
  ])
  .transform((d) => (typeof d === 'number' ? d : DAY_NAMES.indexOf(d) + 1));

const clockSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM (00:00–24:00)');

export const workingHoursSchema = z
  .strictObject({
    timezone: z.string().refine(isTimeZone, 'unknown IANA time zone'),
    days: z.array(daySchema).min(1),
    start: clockSchema,
    /** Earlier than `start`: the window runs past midnight into the next day. `24:00` = end of day. */
    end: clockSchema,
    offHoursPolicy: z.enum(['pending', 'reject']).default('pending'),
  })
  .refine((w) => w.start !== w.end, { message: 'start and end must differ', path: ['end'] })
  .refine((w) => w.start !== '24:00', { message: 'start cannot be 24:00', path: ['start'] })
  .transform((w) => ({ ...w, days: [...new Set(w.days)].sort((a, b) => a - b) }));

export type WorkingHoursConfig = z.output<typeof workingHoursSchema>;
export type WorkingHoursInput = z.input<typeof workingHoursSchema>;

export const delaySchema = z
  .strictObject({
    minMs: z.number().min(0),
    medianMs: z.number().min(0),
    maxMs: z.number().min(0),
  })
  .refine((d) => d.minMs <= d.medianMs && d.medianMs <= d.maxMs, 'expected minMs ≤ medianMs ≤ maxMs');

export type DelayConfig = z.output<typeof delaySchema>;

export const pacingSchema = z.strictObject({
  /** false = no delays at all. Also off when LINKWRIGHT_PACING=off. */
  enabled: z.boolean().optional(),
  /** Fixes the random sequence (reproducible runs). */
  seed: z.number().int().optional(),
  action: delaySchema.optional(),
  step: delaySchema.optional(),
  typing: delaySchema.optional(),
});

export type PacingConfig = z.output<typeof pacingSchema>;

const accountPolicySchema = z.looseObject({
  limits: z.array(limitEntrySchema).optional(),
  workingHours: workingHoursSchema.nullable().optional(),
  pacing: pacingSchema.optional(),
});

export const policyConfigSchema = z.looseObject({
  limits: z.array(limitEntrySchema).optional(),
  workingHours: workingHoursSchema.nullable().optional(),
  pacing: pacingSchema.optional(),
  journal: z
    .strictObject({
      /** How long an unfinished run's verified effects keep a re-run from repeating them. */
      resumeWindowHours: z
        .number()
        .positive()
        .max(24 * 365),
    })
    .optional(),
  accounts: z.record(z.string(), accountPolicySchema).optional(),
});

export type PolicyConfig = z.output<typeof policyConfigSchema>;

export class PolicyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyConfigError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Validates an already parsed config object. */
export function parsePolicyConfig(raw: unknown, source = CONFIG_FILE_NAME): PolicyConfig {
  const r = policyConfigSchema.safeParse(raw);
  if (!r.success) throw new PolicyConfigError(`${source}: ${describeIssues(r.error)}`);
  return r.data;
}

/** Reads LINKWRIGHT_HOME/config.json; a missing file is an empty config (built-in defaults). */
export function loadPolicyConfig(home: string): PolicyConfig {
  const path = join(home, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new PolicyConfigError(`${path}: cannot read (${(e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PolicyConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return parsePolicyConfig(raw, path);
}

/** The account's working hours: its own entry (null = none) over the default. */
export function workingHoursFor(config: PolicyConfig, account: string): WorkingHoursConfig | null {
  const own = config.accounts?.[account];
  if (own && own.workingHours !== undefined) return own.workingHours;
  return config.workingHours ?? null;
}

/** Pacing settings: the account's fields over the defaults' fields. */
export function pacingFor(config: PolicyConfig, account: string): PacingConfig {
  return { ...(config.pacing ?? {}), ...(config.accounts?.[account]?.pacing ?? {}) };
}

export const DEFAULT_RESUME_WINDOW_HOURS = 168;

export function resumeWindowMs(config: PolicyConfig): number {
  return (config.journal?.resumeWindowHours ?? DEFAULT_RESUME_WINDOW_HOURS) * 3_600_000;
}
