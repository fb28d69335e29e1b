// Column conversions shared by the SQLite repositories: timestamps are integer milliseconds (UTC),
// JSON columns are TEXT.

/** A row as better-sqlite3 returns it. */
export type Row = Record<string, unknown>;

export function toDate(v: unknown): Date | null {
  return typeof v === 'number' || typeof v === 'bigint' ? new Date(Number(v)) : null;
}

export function mustDate(v: unknown): Date {
  const d = toDate(v);
  if (!d) throw new Error('store: missing timestamp');
  return d;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function parseJson(v: unknown): unknown {
  return typeof v === 'string' ? (JSON.parse(v) as unknown) : null;
}
