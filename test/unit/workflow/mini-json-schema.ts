// A small JSON Schema (2020-12) evaluator covering exactly the keywords schema/workflow.schema.json uses.
// No JSON Schema validator is a project dependency, so the agreement test uses this one. It is honest by
// construction: any keyword it does not implement throws instead of being ignored, so a generator change
// that emits a new keyword fails the test until the keyword is implemented here.
//
// Semantics follow the spec: assertions apply only to instances of their type (e.g. `maxLength` to
// strings), `pattern` is unanchored and uses the Unicode flag, string lengths count code points, `$ref`
// resolves local `#/$defs/…` pointers.

export type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$comment', 'title', 'description', 'default', '$defs']);
// Cheap structural keywords first so invalid deep input is rejected before recursing into `then`.
const ORDER = [
  'type',
  'const',
  'enum',
  'required',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'properties',
  'additionalProperties',
  'items',
  '$ref',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
];
const KNOWN = new Set([...ANNOTATIONS, ...ORDER]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeMatches(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    default:
      throw new Error(`mini-json-schema: unsupported type "${type}"`);
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

export class MiniJsonSchema {
  private readonly root: Schema;
  private readonly regexes = new Map<string, RegExp>();

  constructor(root: Schema) {
    this.root = root;
  }

  validate(instance: unknown): boolean {
    return this.check(this.root, instance);
  }

  private resolve(ref: string): Schema {
    if (!ref.startsWith('#/')) throw new Error(`mini-json-schema: only local refs are supported, got ${ref}`);
    let cur: unknown = this.root;
    for (const raw of ref.slice(2).split('/')) {
      const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(cur) || !Object.hasOwn(cur, token))
        throw new Error(`mini-json-schema: unresolved ref ${ref}`);
      cur = cur[token];
    }
    if (typeof cur !== 'boolean' && !isObject(cur))
      throw new Error(`mini-json-schema: ref ${ref} is not a schema`);
    return cur;
  }

  private regex(pattern: string): RegExp {
    let re = this.regexes.get(pattern);
    if (!re) {
      re = new RegExp(pattern, 'u');
      this.regexes.set(pattern, re);
    }
    return re;
  }

  private check(schema: Schema, v: unknown): boolean {
    if (schema === true) return true;
    if (schema === false) return false;
    for (const k of Object.keys(schema)) {
      if (!KNOWN.has(k)) throw new Error(`mini-json-schema: unsupported keyword "${k}"`);
    }
    for (const k of ORDER) {
      if (!Object.hasOwn(schema, k)) continue;
      if (!this.keyword(k, schema[k], schema, v)) return false;
    }
    return true;
  }

  private keyword(k: string, arg: unknown, schema: Record<string, unknown>, v: unknown): boolean {
    switch (k) {
      case 'type':
        return Array.isArray(arg) ? arg.some((t) => typeMatches(String(t), v)) : typeMatches(String(arg), v);
      case 'const':
        return deepEqual(arg, v);
      case 'enum':
        return (arg as unknown[]).some((e) => deepEqual(e, v));
      case 'required':
        return !isObject(v) || (arg as string[]).every((p) => Object.hasOwn(v, p));
      case 'minLength':
        return typeof v !== 'string' || [...v].length >= Number(arg);
      case 'maxLength':
        // Compare UTF-16 length first: a 1 MB string must not be spread into an array of code points.
        if (typeof v !== 'string' || v.length <= Number(arg)) return true;
        return v.length <= 2 * Number(arg) && [...v].length <= Number(arg);
      case 'pattern':
        return typeof v !== 'string' || this.regex(String(arg)).test(v);
      case 'minimum':
        return typeof v !== 'number' || v >= Number(arg);
      case 'maximum':
        return typeof v !== 'number' || v <= Number(arg);
      case 'minItems':
        return !Array.isArray(v) || v.length >= Number(arg);
      case 'maxItems':
        return !Array.isArray(v) || v.length <= Number(arg);
      case 'properties': {
        if (!isObject(v)) return true;
        const props = arg as Record<string, Schema>;
        return Object.entries(props).every(([p, s]) => !Object.hasOwn(v, p) || this.check(s, v[p]));
      }
      case 'additionalProperties': {
        if (!isObject(v)) return true;
        const props = (schema.properties ?? {}) as Record<string, unknown>;
        return Object.keys(v).every((p) => Object.hasOwn(props, p) || this.check(arg as Schema, v[p]));
      }
      case 'items':
        return !Array.isArray(v) || v.every((item) => this.check(arg as Schema, item));
      case '$ref':
        return this.check(this.resolve(String(arg)), v);
      case 'allOf':
        return (arg as Schema[]).every((s) => this.check(s, v));
      case 'anyOf':
        return (arg as Schema[]).some((s) => this.check(s, v));
      case 'oneOf':
        return (arg as Schema[]).filter((s) => this.check(s, v)).length === 1;
      case 'not':
        return !this.check(arg as Schema, v);
      default:
        throw new Error(`mini-json-schema: unsupported keyword "${k}"`);
    }
  }
}
