// Column conversions shared by the PostgreSQL repositories: timestamptz arrives as Date, jsonb parsed,
// bigint (COUNT, identity) as a decimal string.

export function toDate(v: unknown): Date | null {
  return v instanceof Date ? v : null;
}

export function mustDate(v: unknown): Date {
  const d = toDate(v);
  if (!d) throw new Error('store: missing timestamp');
  return d;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** A JS value as a jsonb parameter (pg would send arrays as PostgreSQL arrays otherwise). */
export function jsonParam(v: unknown): string | null {
  return v === null || v === undefined ? null : JSON.stringify(v);
}
