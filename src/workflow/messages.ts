// Paths and messages of validation problems: `[0].then[1].note: at most 300 characters`.
//
// Path convention: an array workflow's roots are `[i]`; a single-object workflow's root has the empty
// path, so its fields read `note`, `then.note`, `then[1].personUrl`. A `then` given as one object has
// no index (`then.note`), as an array it has one (`then[0].note`). Problems with the whole input use
// the word `workflow` as their path.
import type { z } from 'zod';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const MAX_SHOWN = 64;

/** A user-supplied string shortened for messages (a key or an action type may be 1 MB long). */
export function shown(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === 'number') return `${base}[${segment}]`;
  if (segment.length > MAX_SHOWN || !IDENT.test(segment)) return `${base}[${JSON.stringify(shown(segment))}]`;
  return base === '' ? segment : `${base}.${segment}`;
}

export function problem(path: string, message: string): string {
  return `${path === '' ? 'workflow' : path}: ${message}`;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The closest known name to a misspelled one (`notee` → `note`), if close enough to be a typo. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  if (input.length > MAX_SHOWN) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    if (k.toLowerCase() === lower) return k;
    const d = levenshtein(lower, k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  return bestDistance <= allowed ? best : undefined;
}

type AnySchema = z.core.$ZodType;

/** The object keys a schema accepts at `path`, looking through optional/default/array/union wrappers. */
function keysAt(schema: AnySchema | undefined, path: readonly PropertyKey[]): string[] {
  let s = schema;
  for (let guard = 0; s && guard < 10; guard++) {
    const def = s._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      s = def.innerType;
    } else break;
  }
  if (!s) return [];
  const def = s._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    options?: AnySchema[];
  };
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => keysAt(o, path));
  const [seg, ...rest] = path;
  if (seg === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  if (def.type === 'object' && typeof seg === 'string') return keysAt(def.shape?.[seg], rest);
  if (def.type === 'array' && typeof seg === 'number') return keysAt(def.element, rest);
  return [];
}

function renderPath(base: string, path: readonly PropertyKey[]): string {
  let p = base;
  for (const seg of path) p = joinPath(p, typeof seg === 'number' ? seg : String(seg));
  return p;
}

/**
 * Turns zod issues of a params/label parse into `path: message` strings. `base` is the path of the
 * object parsed; `schema` is used to suggest the intended key for unknown ones.
 */
export function issueMessages(
  issues: readonly z.core.$ZodIssue[],
  base: string,
  schema: AnySchema,
): string[] {
  const out: string[] = [];
  const visit = (list: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void => {
    for (const issue of list) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        const known = keysAt(schema, path);
        const nested = path.length > 0;
        for (const key of issue.keys) {
          const hint = suggest(key, known);
          const what = nested ? 'unknown field' : 'unknown parameter';
          out.push(
            problem(renderPath(base, [...path, key]), hint ? `${what} (did you mean "${hint}"?)` : what),
          );
        }
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Explain the branch whose type matched the input (e.g. the object form of a name-or-object).
        const matching = issue.errors.filter(
          (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
        );
        const only = matching.length === 1 ? matching[0] : undefined;
        if (only) visit(only, path);
        else out.push(problem(renderPath(base, path), issue.message));
      } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issueInputMissing(issue)) {
        out.push(problem(renderPath(base, path), 'required'));
      } else {
        out.push(problem(renderPath(base, path), issue.message));
      }
    }
  };
  visit(issues, []);
  return out;
}

function issueInputMissing(issue: z.core.$ZodIssue): boolean {
  const input = (issue as { input?: unknown }).input;
  const key = (issue as { discriminator?: unknown }).discriminator;
  if (typeof key !== 'string' || typeof input !== 'object' || input === null) return false;
  return (input as Record<string, unknown>)[key] === undefined;
}
