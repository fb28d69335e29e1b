// zod at the HTTP boundary: a body or query that fails its schema is a 400 invalidRequestPayload whose
// message names the paths (never the values: they may carry message text).
import type { z } from 'zod';
import { ApiFailure } from './api-error.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const detail = r.error.issues
    .slice(0, 10)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
  throw new ApiFailure('invalidRequestPayload', detail);
}

export function queryObject(q: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of q) out[k] = v;
  return out;
}
