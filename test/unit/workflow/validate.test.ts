import { describe, expect, it } from 'vitest';
import { IMPLEMENTED_ACTIONS } from '../../../src/actions/index.ts';
import { ACTION_TYPES } from '../../../src/workflow/registry.ts';
import {
  DEFAULT_MAX_DEPTH,
  MAX_ACTIONS,
  parseWorkflowText,
  validateWorkflow,
  type ValidationResult,
  type WorkflowNode,
} from '../../../src/workflow/validate.ts';
import { CATALOG_EXAMPLES, deepChain, INVALID_CASES, P1, USER_WORKFLOWS } from './corpus.ts';

const ALL = { implemented: new Set<string>(ACTION_TYPES) };

function ok(r: ValidationResult): WorkflowNode | WorkflowNode[] {
  if (!r.ok) throw new Error(`expected a valid workflow, got ${r.error.type}: ${r.error.message}`);
  return r.workflow;
}

function error(r: ValidationResult): { type: string; message: string } {
  if (r.ok) throw new Error('expected an invalid workflow');
  return r.error;
}

describe("the user's workflows (issue 2)", () => {
  const implemented = new Set([
    'st.sendConnectionRequest',
    'st.withdrawConnectionRequest',
    'st.retrievePendingRequests',
  ]);

  it('all validate with only their own actions implemented', () => {
    for (const w of USER_WORKFLOWS) ok(validateWorkflow(w, { implemented }));
  });

  it('yields the nodes the engine runs: params with defaults, label only when sent', () => {
    expect(validateWorkflow(USER_WORKFLOWS[0], { implemented })).toEqual({
      ok: true,
      workflow: {
        actionType: 'st.sendConnectionRequest',
        params: {
          personUrl: 'https://www.linkedin.com/in/person1',
          note: 'Hi, I’d like to connect with you to discuss potential collaboration.',
          email: 'example1@gmail.com',
        },
        then: [],
        thenIsArray: false,
        path: '',
      },
    });
    const labelled = ok(validateWorkflow(USER_WORKFLOWS[1], { implemented })) as WorkflowNode;
    expect(labelled.label).toBe('person1');
    expect(labelled.params).not.toHaveProperty('label');
    expect(ok(validateWorkflow(USER_WORKFLOWS[2], { implemented }))).toMatchObject({
      params: { unfollow: true },
    });
    expect(ok(validateWorkflow(USER_WORKFLOWS[3], { implemented }))).toEqual({
      actionType: 'st.retrievePendingRequests',
      params: {},
      then: [],
      thenIsArray: false,
      path: '',
    });
  });

  it('validate as JSON text too', () => {
    for (const w of USER_WORKFLOWS) ok(parseWorkflowText(JSON.stringify(w, null, 2), { implemented }));
  });
});

describe('catalog examples', () => {
  it.each(CATALOG_EXAMPLES.map((e) => [e.name, e.workflow] as const))('%s', (_name, workflow) => {
    ok(validateWorkflow(workflow, ALL));
  });

  it('together use every catalog action', () => {
    const seen = new Set<string>();
    const walk = (n: WorkflowNode): void => {
      seen.add(n.actionType);
      n.then.forEach(walk);
    };
    for (const e of CATALOG_EXAMPLES) {
      const w = ok(validateWorkflow(e.workflow, ALL));
      (Array.isArray(w) ? w : [w]).forEach(walk);
    }
    expect([...seen].sort()).toEqual([...ACTION_TYPES].sort());
  });
});

describe('invalid input: exact type and message', () => {
  it.each(INVALID_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(error(validateWorkflow(c.input, ALL))).toEqual({ type: c.type, message: c.message });
  });
});

describe('tree shape and paths', () => {
  it('mirrors then as object or array and names paths like the completion', () => {
    const w = ok(
      validateWorkflow(
        [
          {
            actionType: 'st.searchPeople',
            label: 'ctos',
            term: 'CTO',
            then: {
              actionType: 'st.doForPeople',
              then: [{ actionType: 'st.openPersonPage', then: [{ actionType: 'st.checkConnectionStatus' }] }],
            },
          },
          { actionType: 'st.retrieveSSI' },
        ],
        ALL,
      ),
    );
    expect(w).toEqual([
      {
        actionType: 'st.searchPeople',
        label: 'ctos',
        params: { term: 'CTO', limit: 10 },
        thenIsArray: false,
        path: '[0]',
        then: [
          {
            actionType: 'st.doForPeople',
            params: {},
            thenIsArray: true,
            path: '[0].then',
            then: [
              {
                actionType: 'st.openPersonPage',
                params: { basicInfo: false },
                thenIsArray: true,
                path: '[0].then.then[0]',
                then: [
                  {
                    actionType: 'st.checkConnectionStatus',
                    params: {},
                    thenIsArray: false,
                    path: '[0].then.then[0].then[0]',
                    then: [],
                  },
                ],
              },
            ],
          },
        ],
      },
      { actionType: 'st.retrieveSSI', params: {}, thenIsArray: false, path: '[1]', then: [] },
    ]);
  });

  it('a single-object workflow has field paths without a prefix', () => {
    expect(
      error(
        validateWorkflow(
          {
            actionType: 'st.openPersonPage',
            personUrl: P1,
            then: [{ actionType: 'st.sendConnectionRequest', note: 'x'.repeat(301) }],
          },
          ALL,
        ),
      ).message,
    ).toBe('then[0].note: at most 300 characters');
  });

  it('reports the path of the issue example', () => {
    const wf = [
      {
        actionType: 'st.openPersonPage',
        personUrl: P1,
        then: [
          { actionType: 'st.checkConnectionStatus' },
          { actionType: 'st.sendConnectionRequest', note: 'x'.repeat(400) },
        ],
      },
    ];
    expect(error(validateWorkflow(wf, ALL)).message).toBe('[0].then[1].note: at most 300 characters');
  });

  it('does not modify its input', () => {
    const wf = {
      actionType: 'st.searchPeople',
      then: { actionType: 'st.doForPeople', then: { actionType: 'st.openPersonPage' } },
    };
    const copy = structuredClone(wf);
    ok(validateWorkflow(wf, ALL));
    expect(wf).toEqual(copy);
  });
});

describe('not supported yet', () => {
  it('rejects catalog actions that are not implemented, at their path', () => {
    const implemented = new Set(['st.searchPeople', 'st.doForPeople']);
    expect(error(validateWorkflow({ actionType: 'st.searchJobs' }, { implemented }))).toEqual({
      type: 'invalidWorkflow',
      message: 'actionType: st.searchJobs is not supported yet',
    });
    expect(
      error(
        validateWorkflow(
          [
            {
              actionType: 'st.searchPeople',
              then: { actionType: 'st.doForPeople', then: { actionType: 'st.openPersonPage' } },
            },
          ],
          { implemented },
        ),
      ).message,
    ).toBe('[0].then.then.actionType: st.openPersonPage is not supported yet');
  });

  it('still checks the parameters of an unsupported action', () => {
    expect(
      error(validateWorkflow({ actionType: 'st.searchJobs', limit: 0 }, { implemented: new Set() })).message,
    ).toBe('actionType: st.searchJobs is not supported yet; limit: must be an integer from 1 to 1000');
  });

  it('accepts what src/actions implements and nothing else', () => {
    for (const actionType of ['st.retrieveSSI', 'st.retrievePendingRequests', 'st.syncInbox']) {
      const r = validateWorkflow({ actionType }, { implemented: IMPLEMENTED_ACTIONS });
      if (IMPLEMENTED_ACTIONS.has(actionType)) expect(r.ok).toBe(true);
      else expect(error(r).message).toBe(`actionType: ${actionType} is not supported yet`);
    }
  });
});

describe('depth', () => {
  it(`accepts ${DEFAULT_MAX_DEPTH} levels and rejects ${DEFAULT_MAX_DEPTH + 1}`, () => {
    ok(validateWorkflow(deepChain(DEFAULT_MAX_DEPTH), ALL));
    expect(error(validateWorkflow(deepChain(DEFAULT_MAX_DEPTH + 1), ALL)).message).toBe(
      `${Array(DEFAULT_MAX_DEPTH).fill('then').join('.')}: actions nest deeper than ${DEFAULT_MAX_DEPTH} levels`,
    );
  });

  it('honours maxDepth', () => {
    ok(validateWorkflow(deepChain(3), { ...ALL, maxDepth: 3 }));
    expect(error(validateWorkflow([deepChain(4)], { ...ALL, maxDepth: 3 })).message).toBe(
      '[0].then.then.then: actions nest deeper than 3 levels',
    );
  });

  it('rejects 10,000-deep nesting without overflowing the stack', () => {
    const deep = deepChain(10_000);
    expect(error(validateWorkflow(deep, ALL)).message).toBe(
      `${Array(DEFAULT_MAX_DEPTH).fill('then').join('.')}: actions nest deeper than ${DEFAULT_MAX_DEPTH} levels`,
    );
  });

  it('rejects 10,000-deep nesting given as JSON text', () => {
    let text = '{"actionType":"st.checkConnectionStatus"}';
    for (let i = 0; i < 10_000; i++) text = `{"actionType":"st.openPersonPage","then":${text}}`;
    text = `[${text.replace('"st.openPersonPage"', `"st.openPersonPage","personUrl":"${P1}"`)}]`;
    const e = error(parseWorkflowText(text, ALL));
    expect(e.type).toBe('invalidWorkflow');
    // The first misplacement is found at level 2; the walk never goes near the bottom.
    expect(
      e.message.startsWith('[0].then.actionType: st.openPersonPage cannot run under st.openPersonPage'),
    ).toBe(true);
  });

  it('terminates on a cyclic object graph', () => {
    const a: Record<string, unknown> = { actionType: 'st.openPersonPage', personUrl: P1 };
    a.then = { actionType: 'nv.openPersonPage', then: a };
    expect(error(validateWorkflow(a, ALL)).message).toContain(
      `actions nest deeper than ${DEFAULT_MAX_DEPTH} levels`,
    );
  });
});

describe('hostile and malformed input', () => {
  it('rejects a 1 MB note by its length', () => {
    const wf = { actionType: 'st.sendConnectionRequest', personUrl: P1, note: 'x'.repeat(1024 * 1024) };
    expect(error(validateWorkflow(wf, ALL))).toEqual({
      type: 'invalidWorkflow',
      message: 'note: at most 300 characters',
    });
    expect(error(parseWorkflowText(JSON.stringify(wf), ALL)).message).toBe('note: at most 300 characters');
  });

  it('keeps messages short when keys or action types are huge', () => {
    const big = 'k'.repeat(1024 * 1024);
    const e1 = error(validateWorkflow({ actionType: 'st.retrieveSSI', [big]: 1 }, ALL));
    expect(e1.message).toBe(`["${'k'.repeat(64)}…"]: unknown parameter`);
    const e2 = error(validateWorkflow({ actionType: big }, ALL));
    expect(e2.message).toBe(`actionType: unknown action type "${'k'.repeat(64)}…"`);
  });

  it('bounds the number of actions', () => {
    const many = Array.from({ length: MAX_ACTIONS + 1 }, () => ({ actionType: 'st.retrieveSSI' }));
    expect(error(validateWorkflow(many, ALL))).toEqual({
      type: 'invalidWorkflow',
      message: `workflow: at most ${MAX_ACTIONS} actions`,
    });
    const wideThen = {
      actionType: 'st.openPersonPage',
      personUrl: P1,
      then: Array.from({ length: MAX_ACTIONS + 1 }, () => ({ actionType: 'st.checkConnectionStatus' })),
    };
    expect(error(validateWorkflow(wideThen, ALL)).message).toBe(`then: at most ${MAX_ACTIONS} actions`);
    const half = Array.from({ length: 600 }, () => ({ actionType: 'st.checkConnectionStatus' }));
    const nested = [
      { actionType: 'st.openPersonPage', personUrl: P1, then: half },
      { actionType: 'st.openPersonPage', personUrl: P1, then: half },
    ];
    expect(error(validateWorkflow(nested, ALL)).message).toBe(`workflow: at most ${MAX_ACTIONS} actions`);
  });

  it('reports at most 10 problems', () => {
    const bad = Array.from({ length: 25 }, () => ({ actionType: 'st.retrieveSSI', bogus: 1 }));
    const message = error(validateWorkflow(bad, ALL)).message;
    expect(message.split('; ')).toHaveLength(11);
    expect(message.startsWith('[0].bogus: unknown parameter; [1].bogus: unknown parameter;')).toBe(true);
    expect(message.endsWith('[9].bogus: unknown parameter; and more problems not shown')).toBe(true);
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const input: unknown = JSON.parse(
      '{"actionType":"st.searchPeople","__proto__":{"limit":5},"filter":{"__proto__":{"x":1}}}',
    );
    expect(error(validateWorkflow(input, ALL)).message).toBe(
      'filter.__proto__: unknown field; __proto__: unknown parameter',
    );
    expect(({} as Record<string, unknown>).limit).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['undefined', undefined, 'workflow: expected a JSON object or an array of them, got undefined'],
    ['a function', () => 1, 'workflow: expected a JSON object or an array of them, got function'],
    ['a Date', new Date(0), 'workflow: expected a JSON object or an array of them, got an object'],
    ['a Map', new Map(), 'workflow: expected a JSON object or an array of them, got an object'],
  ])('rejects %s as a payload error', (_n, input, message) => {
    expect(error(validateWorkflow(input, ALL))).toEqual({ type: 'invalidRequestPayload', message });
  });
});

describe('parseWorkflowText', () => {
  it.each<[string, string]>([
    ['', 'workflow: not valid JSON (unexpected end of input)'],
    ['   ', 'workflow: not valid JSON (unexpected end of input)'],
    ['{', "workflow: not valid JSON (expected property name or '}' at line 1, column 2)"],
    [
      '{"actionType": "st.retrieveSSI",\n}',
      'workflow: not valid JSON (expected double-quoted property name at line 2, column 1)',
    ],
    [
      '[{"actionType": "st.retrieveSSI"}] x',
      'workflow: not valid JSON (unexpected non-whitespace character after JSON at line 1, column 36)',
    ],
    ['st.retrieveSSI', 'workflow: not valid JSON (unexpected character "s")'],
    ['null', 'workflow: expected a JSON object or an array of them, got null'],
    ['3', 'workflow: expected a JSON object or an array of them, got a number'],
    ['"st.retrieveSSI"', 'workflow: expected a JSON object or an array of them, got a string'],
  ])('%j → invalidRequestPayload', (text, message) => {
    expect(error(parseWorkflowText(text, ALL))).toEqual({ type: 'invalidRequestPayload', message });
  });

  it('never echoes the input in JSON errors (it may hold e-mails or message texts)', () => {
    const e = error(parseWorkflowText('{"email": "jane.secret@example.org" "note": "private"}', ALL));
    expect(e.type).toBe('invalidRequestPayload');
    expect(e.message).not.toContain('secret');
    expect(e.message).not.toContain('private');
  });

  it('accepts a UTF-8 byte order mark', () => {
    ok(parseWorkflowText('\ufeff{"actionType": "st.retrieveSSI"}', ALL));
  });

  it('treats arrays of non-objects and empty arrays as invalid workflows', () => {
    expect(error(parseWorkflowText('[]', ALL))).toEqual({
      type: 'invalidWorkflow',
      message: 'workflow: must contain at least one action',
    });
    expect(error(parseWorkflowText('[1, "x"]', ALL))).toEqual({
      type: 'invalidWorkflow',
      message: '[0]: expected an action object, got a number; [1]: expected an action object, got a string',
    });
  });
});
