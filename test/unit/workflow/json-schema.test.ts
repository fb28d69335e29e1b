import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildWorkflowJsonSchema, renderWorkflowJsonSchema } from '../../../src/workflow/json-schema.ts';
import { ACTION_TYPES, DEPRECATED_ACTIONS } from '../../../src/workflow/registry.ts';
import { DEFAULT_MAX_DEPTH, validateWorkflow } from '../../../src/workflow/validate.ts';
import { CATALOG_EXAMPLES, deepChain, INVALID_CASES, USER_WORKFLOWS } from './corpus.ts';
import { MiniJsonSchema } from './mini-json-schema.ts';

const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/workflow.schema.json', import.meta.url));
const ALL = { implemented: new Set<string>(ACTION_TYPES) };
const schema = new MiniJsonSchema(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>);

/** Agreement is about the language: every catalog action counts as implemented here. */
const validatorAccepts = (w: unknown): boolean => validateWorkflow(w, ALL).ok;

describe('schema/workflow.schema.json', () => {
  it('is exactly what the registry generates (run `npm run schema` after changing the registry)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderWorkflowJsonSchema());
  });

  it('has a root and/or child variant for every action, and none for renamed ones', () => {
    const defs = Object.keys(buildWorkflowJsonSchema().$defs as Record<string, unknown>);
    for (const t of ACTION_TYPES) {
      expect(
        defs.some((d) => d === `${t}.root` || d === `${t}.child`),
        t,
      ).toBe(true);
    }
    for (const t of DEPRECATED_ACTIONS.keys()) expect(defs.filter((d) => d.startsWith(`${t}.`))).toEqual([]);
  });
});

describe('the schema agrees with the validator', () => {
  it.each(USER_WORKFLOWS.map((w, i) => [i, w] as const))('user workflow %i: both accept', (_i, w) => {
    expect(validatorAccepts(w)).toBe(true);
    expect(schema.validate(w)).toBe(true);
  });

  it.each(CATALOG_EXAMPLES.map((e) => [e.name, e.workflow] as const))(
    'catalog example "%s": both accept',
    (_n, w) => {
      expect(validatorAccepts(w)).toBe(true);
      expect(schema.validate(w)).toBe(true);
    },
  );

  it.each(INVALID_CASES.filter((c) => !c.schemaCannotExpress).map((c) => [c.name, c.input] as const))(
    'bad input "%s": both reject',
    (_n, input) => {
      expect(validatorAccepts(input)).toBe(false);
      expect(schema.validate(input)).toBe(false);
    },
  );

  it.each(
    INVALID_CASES.filter((c) => Array.isArray(c.input)).map((c) => [c.name, c.input as unknown[]] as const),
  )('bad input "%s": each root on its own gets the same verdict', (_n, roots) => {
    for (const root of roots)
      expect(schema.validate(root), JSON.stringify(root).slice(0, 200)).toBe(validatorAccepts(root));
  });

  it('every action object of the examples: an unknown parameter or an empty label is rejected by both', () => {
    const mutations: unknown[] = [];
    for (const { workflow } of CATALOG_EXAMPLES) {
      for (const root of Array.isArray(workflow) ? workflow : [workflow]) {
        const r = root as Record<string, unknown>;
        mutations.push(
          { ...r, notAParameter: true },
          { ...r, label: '' },
          { ...r, actionType: `${String(r.actionType)}X` },
        );
        const { actionType: _t, ...noType } = r;
        mutations.push(noType);
      }
    }
    for (const m of mutations) {
      expect(validatorAccepts(m), JSON.stringify(m).slice(0, 200)).toBe(false);
      expect(schema.validate(m), JSON.stringify(m).slice(0, 200)).toBe(false);
    }
  });
});

describe('what JSON Schema cannot express (documented in src/workflow/json-schema.ts)', () => {
  it.each(INVALID_CASES.filter((c) => c.schemaCannotExpress).map((c) => [c.name, c] as const))(
    '"%s": the validator rejects, the schema accepts',
    (_n, c) => {
      expect(validatorAccepts(c.input)).toBe(false);
      expect(schema.validate(c.input)).toBe(true);
    },
  );

  it('the nesting depth limit', () => {
    expect(validatorAccepts(deepChain(DEFAULT_MAX_DEPTH))).toBe(true);
    expect(schema.validate(deepChain(DEFAULT_MAX_DEPTH))).toBe(true);
    expect(validatorAccepts(deepChain(DEFAULT_MAX_DEPTH + 1))).toBe(false);
    expect(schema.validate(deepChain(DEFAULT_MAX_DEPTH + 1))).toBe(true);
  });

  it('"not supported yet" is a capability check on top of the language', () => {
    const w = { actionType: 'st.retrieveSSI' };
    expect(validateWorkflow(w, { implemented: new Set() }).ok).toBe(false);
    expect(schema.validate(w)).toBe(true);
  });
});

describe('mini JSON Schema evaluator', () => {
  it('throws on keywords it does not implement instead of ignoring them', () => {
    expect(() => new MiniJsonSchema({ type: 'string', format: 'email' }).validate('x')).toThrow(
      'unsupported keyword "format"',
    );
    expect(() => new MiniJsonSchema({ if: { type: 'string' } }).validate('x')).toThrow(
      'unsupported keyword "if"',
    );
    expect(() => new MiniJsonSchema({ $ref: 'https://example.org/s.json' }).validate('x')).toThrow(
      'only local refs',
    );
  });

  it('implements the keywords it claims', () => {
    const s = new MiniJsonSchema({
      $defs: { name: { type: 'string', minLength: 1, maxLength: 3, pattern: '^\\p{L}+$' } },
      type: 'object',
      properties: {
        name: { $ref: '#/$defs/name' },
        n: { type: 'integer', minimum: 1, maximum: 5 },
        tags: { type: 'array', minItems: 1, maxItems: 2, items: { enum: ['a', 'b'] } },
        kind: { const: 'x' },
      },
      required: ['name'],
      additionalProperties: false,
      allOf: [{ not: { required: ['n', 'tags'] } }],
      oneOf: [{ required: ['kind'] }, { required: ['n'] }],
    });
    expect(s.validate({ name: 'żółw'.slice(0, 3), kind: 'x' })).toBe(true);
    expect(s.validate({ name: '😀😀😀', kind: 'x' })).toBe(false); // pattern: emoji are not letters
    expect(s.validate({ name: 'abcd', kind: 'x' })).toBe(false); // maxLength
    expect(s.validate({ name: 'ab', n: 2 })).toBe(true);
    expect(s.validate({ name: 'ab', n: 2.5 })).toBe(false); // integer
    expect(s.validate({ name: 'ab', n: 6 })).toBe(false); // maximum
    expect(s.validate({ name: 'ab', kind: 'x', n: 1 })).toBe(false); // oneOf: both match
    expect(s.validate({ name: 'ab', kind: 'x', tags: ['a', 'c'] })).toBe(false); // items enum
    expect(s.validate({ name: 'ab', kind: 'x', tags: [] })).toBe(false); // minItems
    expect(s.validate({ name: 'ab', n: 1, tags: ['a'] })).toBe(false); // not required both
    expect(s.validate({ name: 'ab', kind: 'x', extra: 1 })).toBe(false); // additionalProperties
    expect(s.validate({ kind: 'x' })).toBe(false); // required
    expect(s.validate(['not', 'an', 'object'])).toBe(false); // type
    // Code points, not UTF-16 units, per the JSON Schema spec:
    expect(new MiniJsonSchema({ maxLength: 2 }).validate('😀😀')).toBe(true);
  });
});
