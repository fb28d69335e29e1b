// zod building blocks for action parameters. Every check that can be slow on hostile input (regexes) sits
// behind an aborting length check (boundedString), so a 1 MB string is rejected in O(1). Messages are written
// here (per check) or by `paramErrorMap` (generic codes), never zod's defaults, so they read as
// `note: at most 300 characters`. Regex checks carry their pattern into the JSON Schema export.
import { z } from 'zod';
import {
  isHashedProfileId,
  matchesUrlKinds,
  MAX_URL_LENGTH,
  parseSalesLeadUrl,
  profileIdFromUrl,
  urlKindsPattern,
  type UrlKind,
} from '../../selectors/url/linkedin-url.ts';
import { linkedInUrlProblem } from './url-problem.ts';

export const LABEL_MAX_LENGTH = 200;
/** Our own caps where the catalog names none: bound hostile input, far above real use. */
export const FREE_TEXT_MAX_LENGTH = 500;
export const LIST_MAX_ITEMS = 100;

const NON_BLANK = /\S/u;

/**
 * A string of at most `max` UTF-16 code units (JavaScript `.length`), the unit Linked API's own checks and
 * LinkedIn's text fields count; zod's `.max()` counts code points. O(1), and aborts the later checks, so
 * a 1 MB string never reaches a regex. Exported to JSON Schema as `maxLength` (which counts code points:
 * strings with emoji are the one place the schema is more permissive).
 */
export function boundedString(max: number, message = `at most ${max} characters`) {
  return z
    .string()
    .check((ctx) => {
      if (ctx.value.length > max) {
        ctx.issues.push({
          code: 'too_big',
          origin: 'string',
          maximum: max,
          inclusive: true,
          input: ctx.value,
          message,
          continue: false,
        });
      }
    })
    .meta({ maxLength: max });
}

/** Optional custom tag echoed back in the action's result. */
export const labelSchema = boundedString(LABEL_MAX_LENGTH).min(1, { error: 'must not be empty' });

/** A free text field with a catalog limit; `nonBlank` for message bodies that must say something. */
export function text(max: number, opts: { nonBlank?: boolean } = {}) {
  const s = boundedString(max);
  return opts.nonBlank ? s.regex(NON_BLANK, { error: 'must not be empty or blank' }) : s;
}

/** A short free-text value such as a search term or a filter name. */
export function shortText(max = FREE_TEXT_MAX_LENGTH) {
  return boundedString(max).min(1, { error: 'must not be empty' });
}

/** A list of short names (filter values): each non-empty, bounded count. */
export function nameList(maxItems = LIST_MAX_ITEMS, maxLength = FREE_TEXT_MAX_LENGTH) {
  return z.array(shortText(maxLength)).max(maxItems, { error: `at most ${maxItems} items` });
}

export function enumList<const T extends readonly [string, ...string[]]>(values: T) {
  return z.array(z.enum(values)).max(values.length * 2, { error: `at most ${values.length * 2} items` });
}

/** An integer count with the catalog's default and range. */
export function count(opts: { default: number; max: number; min?: number }) {
  const min = opts.min ?? 1;
  const range = `must be an integer from ${min} to ${opts.max}`;
  return z
    .int({ error: range })
    .min(min, { error: range })
    .max(opts.max, { error: range })
    .default(opts.default);
}

export function boolWithDefault(value: boolean) {
  return z.boolean().default(value);
}

const EMAIL_PATTERN = String.raw`^[A-Za-z0-9.!#$%&'*+/=?^_\x60{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$`;
export const emailSchema = boundedString(254).regex(new RegExp(EMAIL_PATTERN, 'u'), {
  error: 'must be an e-mail address (name@example.com)',
});

// Calendar-exact ISO 8601 date (leap years included), optionally with a time that names its zone.
const DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))`;
const TIME = String.raw`T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;
const ISO_MESSAGE =
  'must be an ISO 8601 date or date-time with a time zone (e.g. 2024-05-01 or 2024-05-01T09:00:00Z)';
export const isoDateSchema = boundedString(40, ISO_MESSAGE).regex(new RegExp(`^${DATE}(?:${TIME})?$`, 'u'), {
  error: ISO_MESSAGE,
});

/** A URL of one of the given LinkedIn kinds (see selectors/url/linkedin-url.ts); the message explains what is wrong. */
export function linkedInUrl(...kinds: [UrlKind, ...UrlKind[]]) {
  return boundedString(MAX_URL_LENGTH)
    .check((ctx) => {
      const problem = linkedInUrlProblem(ctx.value, kinds);
      if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    })
    .meta({ maxLength: MAX_URL_LENGTH, pattern: urlKindsPattern(kinds) });
}

/**
 * A Sales Navigator person: a hashed profile URL (`/in/ACoAA…`) or a lead URL. A public `/in/<vanity>` URL
 * names the person but is not what Sales Navigator actions take (catalog: personHashedUrl).
 */
export function salesPersonUrl() {
  // JSON Schema: the same grammar with the /in/ id pinned to a hashed `ACoAA…` id.
  const pattern = urlKindsPattern(['person', 'salesPerson']).replace('/in/', '/in/ACoAA');
  // Any other URL is told what this parameter takes, not what a standard profile parameter takes.
  const wanted =
    'a hashed profile URL (https://www.linkedin.com/in/ACoAA…) or a Sales Navigator lead URL (https://www.linkedin.com/sales/lead/<id>,…)';
  return boundedString(MAX_URL_LENGTH)
    .check((ctx) => {
      const problem = linkedInUrlProblem(ctx.value, ['person', 'salesPerson'], wanted);
      if (problem !== null) {
        ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
        return;
      }
      if (parseSalesLeadUrl(ctx.value)) return;
      const id = profileIdFromUrl(ctx.value);
      if (id !== undefined && isHashedProfileId(id)) return;
      if (matchesUrlKinds(ctx.value, ['person']))
        ctx.issues.push({
          code: 'custom',
          message:
            'must be a hashed profile URL (https://www.linkedin.com/in/ACoAA…) or a Sales Navigator lead URL, not a public profile URL',
          input: ctx.value,
        });
    })
    .meta({ maxLength: MAX_URL_LENGTH, pattern });
}

/** A public file URL (post attachments): https, no credentials in the authority. */
export const publicFileUrlSchema = boundedString(MAX_URL_LENGTH).regex(
  /^https:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/u,
  {
    error: 'must be a public https:// URL without a user name or password',
  },
);

export const threadIdSchema = boundedString(FREE_TEXT_MAX_LENGTH)
  .min(1, { error: 'must not be empty', abort: true })
  .regex(/^\S+$/u, { error: 'must not contain spaces' });

/** Any LinkedIn entity URN, e.g. `urn:li:member:123`, `urn:li:organization:456`. */
export const urnSchema = boundedString(FREE_TEXT_MAX_LENGTH).regex(/^urn:li:[A-Za-z_]+:\S+$/u, {
  error: 'must be a LinkedIn URN (urn:li:<type>:<id>)',
});

/** A post URN (`urn:li:activity:<id>`, also ugcPost/share). */
export const postUrnSchema = boundedString(100, 'must be a post URN (urn:li:activity:<id>)').regex(
  /^urn:li:(?:activity|ugcPost|share):[0-9]{5,25}$/u,
  {
    error: 'must be a post URN (urn:li:activity:<id>)',
  },
);

// ---------------------------------------------------------------------------------------------------------
// Messages for zod's generic issue codes.

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Parse-level error map: only reached for checks without their own message. */
export const paramErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_value'))
    return 'required';
  switch (iss.code) {
    case 'invalid_type': {
      const expected = EXPECTED[iss.expected] ?? iss.expected;
      return `expected ${expected}, got ${describeValue(iss.input)}`;
    }
    case 'too_big':
      if (iss.origin === 'array' || iss.origin === 'set') return `at most ${String(iss.maximum)} items`;
      if (iss.origin === 'string') return `at most ${String(iss.maximum)} characters`;
      return `must be at most ${String(iss.maximum)}`;
    case 'too_small':
      if (iss.origin === 'array' || iss.origin === 'set') return `at least ${String(iss.minimum)} item(s)`;
      if (iss.origin === 'string') {
        return Number(iss.minimum) === 1 ? 'must not be empty' : `at least ${String(iss.minimum)} characters`;
      }
      return `must be at least ${String(iss.minimum)}`;
    case 'invalid_value':
      return iss.values.length === 1
        ? `must be ${JSON.stringify(iss.values[0])}`
        : `must be one of ${quoteList(iss.values)}`;
    case 'invalid_union':
      if ('discriminator' in iss && typeof iss.discriminator === 'string') {
        const options = 'options' in iss && Array.isArray(iss.options) ? iss.options : [];
        return `must be one of ${quoteList(options)}`;
      }
      return 'does not match any allowed form';
    default:
      return undefined;
  }
};
