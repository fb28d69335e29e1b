import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { executeWorkflow, type ActionShape } from '../../../src/engine/execute-workflow.ts';
import type { ActionHandler, ActionOutcome, HandlerInput } from '../../../src/engine/types.ts';

type ActionContext = HandlerInput<unknown>;
import type { WorkflowNode } from '../../../src/workflow/workflow-node.ts';
import { SessionFailureError } from '../../../src/errors/error-types.ts';
import type { ActionGuard } from '../../../src/engine/action-guard.ts';

const log = pino({ level: 'silent' });

function node(
  actionType: string,
  params: Record<string, unknown> = {},
  then: WorkflowNode[] = [],
  extra: Partial<WorkflowNode> = {},
): WorkflowNode {
  return { actionType, params, then, thenIsArray: then.length !== 1, path: actionType, ...extra };
}

const shapes: Record<string, ActionShape> = {
  'st.openPersonPage': { targets: [{ param: 'personUrl', kind: 'person' }] },
  'st.checkConnectionStatus': { targets: [{ param: 'personUrl', kind: 'person' }] },
  'st.sendConnectionRequest': { targets: [{ param: 'personUrl', kind: 'person' }] },
  'st.retrieveConnections': {},
  'st.doForPeople': { iterator: true },
};
const shapeOf = (t: string): ActionShape => shapes[t] ?? {};

type Call = { actionType: string; subject: unknown; params: unknown };

function fakeHandlers(
  calls: Call[],
  behaviour: Record<string, (ctx: ActionContext) => Promise<ActionOutcome> | ActionOutcome>,
) {
  const map = new Map<string, ActionHandler<unknown>>();
  for (const [actionType, fn] of Object.entries(behaviour)) {
    map.set(actionType, {
      actionType,
      run: async (ctx) => {
        calls.push({ actionType, subject: ctx.subject, params: ctx.params });
        return fn(ctx);
      },
    });
  }
  return map;
}

describe('executeWorkflow', () => {
  it('runs an array of roots in order and echoes labels only when sent', async () => {
    const calls: Call[] = [];
    const handlers = fakeHandlers(calls, {
      'st.checkConnectionStatus': () => ({ kind: 'success', data: { connectionStatus: 'pending' } }),
      'st.sendConnectionRequest': () => ({ kind: 'success' }),
    });
    const out = await executeWorkflow(
      [
        node('st.sendConnectionRequest', { personUrl: 'https://www.linkedin.com/in/a' }, [], {
          label: 'first',
        }),
        node('st.checkConnectionStatus', { personUrl: 'https://www.linkedin.com/in/b' }),
      ],
      { handlers, shapeOf, services: {}, log },
    );
    expect(out).toEqual({
      status: 'completed',
      completion: [
        { actionType: 'st.sendConnectionRequest', label: 'first', success: true },
        { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'pending' } },
      ],
    });
    expect(calls.map((c) => c.actionType)).toEqual(['st.sendConnectionRequest', 'st.checkConnectionStatus']);
    expect(calls[0]!.subject).toEqual({ kind: 'person', personUrl: 'https://www.linkedin.com/in/a' });
  });

  it('hands the parent subject to children and nests results under data.then in the workflow shape', async () => {
    const calls: Call[] = [];
    const handlers = fakeHandlers(calls, {
      'st.openPersonPage': () => ({ kind: 'success', data: { name: 'Ada' } }),
      'st.checkConnectionStatus': () => ({ kind: 'success', data: { connectionStatus: 'notConnected' } }),
      'st.sendConnectionRequest': () => ({ kind: 'success' }),
    });
    const single = await executeWorkflow(
      node(
        'st.openPersonPage',
        { personUrl: 'https://www.linkedin.com/in/ada' },
        [node('st.checkConnectionStatus')],
        {
          thenIsArray: false,
        },
      ),
      { handlers, shapeOf, services: {}, log },
    );
    expect(single).toEqual({
      status: 'completed',
      completion: {
        actionType: 'st.openPersonPage',
        success: true,
        data: {
          name: 'Ada',
          then: {
            actionType: 'st.checkConnectionStatus',
            success: true,
            data: { connectionStatus: 'notConnected' },
          },
        },
      },
    });
    expect(calls[1]!.subject).toEqual({ kind: 'person', personUrl: 'https://www.linkedin.com/in/ada' });

    const arrayShape = await executeWorkflow(
      node(
        'st.openPersonPage',
        { personUrl: 'https://www.linkedin.com/in/ada' },
        [node('st.sendConnectionRequest')],
        {
          thenIsArray: true,
        },
      ),
      { handlers, shapeOf, services: {}, log },
    );
    expect(arrayShape.status === 'completed' && arrayShape.completion).toEqual({
      actionType: 'st.openPersonPage',
      success: true,
      data: { name: 'Ada', then: [{ actionType: 'st.sendConnectionRequest', success: true }] },
    });
  });

  it('gives a parent without data of its own a data object holding only then', async () => {
    const handlers = fakeHandlers([], {
      'st.openPersonPage': () => ({ kind: 'success' }),
      'st.checkConnectionStatus': () => ({ kind: 'success', data: { connectionStatus: 'connected' } }),
    });
    const out = await executeWorkflow(
      node(
        'st.openPersonPage',
        { personUrl: 'https://www.linkedin.com/in/x' },
        [node('st.checkConnectionStatus')],
        { thenIsArray: false },
      ),
      { handlers, shapeOf, services: {}, log },
    );
    expect(out.status === 'completed' && out.completion).toEqual({
      actionType: 'st.openPersonPage',
      success: true,
      data: {
        then: {
          actionType: 'st.checkConnectionStatus',
          success: true,
          data: { connectionStatus: 'connected' },
        },
      },
    });
  });

  it('fans a list out through its iterator: each item carries its own then', async () => {
    const calls: Call[] = [];
    const handlers = fakeHandlers(calls, {
      'st.retrieveConnections': () => ({
        kind: 'list',
        items: [
          {
            data: { name: 'A', publicUrl: 'https://www.linkedin.com/in/a' },
            subject: { kind: 'person', personUrl: 'https://www.linkedin.com/in/a' },
          },
          {
            data: { name: 'B', publicUrl: 'https://www.linkedin.com/in/b' },
            subject: { kind: 'person', personUrl: 'https://www.linkedin.com/in/b' },
          },
        ],
      }),
      'st.openPersonPage': (ctx) => ({
        kind: 'success',
        data: { opened: (ctx.subject as { personUrl: string }).personUrl },
      }),
    });
    const out = await executeWorkflow(
      node(
        'st.retrieveConnections',
        { limit: 2 },
        [node('st.doForPeople', {}, [node('st.openPersonPage')], { thenIsArray: false })],
        {
          thenIsArray: false,
        },
      ),
      { handlers, shapeOf, services: {}, log },
    );
    expect(out.status === 'completed' && out.completion).toEqual({
      actionType: 'st.retrieveConnections',
      success: true,
      data: [
        {
          name: 'A',
          publicUrl: 'https://www.linkedin.com/in/a',
          then: {
            actionType: 'st.openPersonPage',
            success: true,
            data: { opened: 'https://www.linkedin.com/in/a' },
          },
        },
        {
          name: 'B',
          publicUrl: 'https://www.linkedin.com/in/b',
          then: {
            actionType: 'st.openPersonPage',
            success: true,
            data: { opened: 'https://www.linkedin.com/in/b' },
          },
        },
      ],
    });
    expect(calls.filter((c) => c.actionType === 'st.openPersonPage').map((c) => c.subject)).toEqual([
      { kind: 'person', personUrl: 'https://www.linkedin.com/in/a' },
      { kind: 'person', personUrl: 'https://www.linkedin.com/in/b' },
    ]);
  });

  it('isolates a failing action: siblings still run, children of the failed one do not', async () => {
    const calls: Call[] = [];
    const handlers = fakeHandlers(calls, {
      'st.openPersonPage': (ctx) =>
        (ctx.params.personUrl as string).endsWith('/gone')
          ? { kind: 'failure', error: { type: 'personNotFound', message: 'The person was not found.' } }
          : { kind: 'success' },
      'st.checkConnectionStatus': () => ({ kind: 'success', data: { connectionStatus: 'connected' } }),
    });
    const out = await executeWorkflow(
      [
        node(
          'st.openPersonPage',
          { personUrl: 'https://www.linkedin.com/in/gone' },
          [node('st.checkConnectionStatus')],
          { thenIsArray: false },
        ),
        node('st.checkConnectionStatus', { personUrl: 'https://www.linkedin.com/in/here' }),
      ],
      { handlers, shapeOf, services: {}, log },
    );
    expect(out.status === 'completed' && out.completion).toEqual([
      {
        actionType: 'st.openPersonPage',
        success: false,
        error: { type: 'personNotFound', message: 'The person was not found.' },
      },
      { actionType: 'st.checkConnectionStatus', success: true, data: { connectionStatus: 'connected' } },
    ]);
    expect(calls.map((c) => c.actionType)).toEqual(['st.openPersonPage', 'st.checkConnectionStatus']);
  });

  it('stops the whole workflow on a session failure, returned or thrown', async () => {
    for (const mode of ['returned', 'thrown'] as const) {
      const calls: Call[] = [];
      const handlers = fakeHandlers(calls, {
        'st.checkConnectionStatus': (ctx) => {
          if ((ctx.params.personUrl as string).endsWith('/b')) {
            if (mode === 'thrown')
              throw new SessionFailureError('linkedinAccountSignedOut', 'The account is signed out.');
            return {
              kind: 'sessionFailure',
              failure: { reason: 'linkedinAccountSignedOut', message: 'The account is signed out.' },
            };
          }
          return { kind: 'success', data: { connectionStatus: 'connected' } };
        },
      });
      const out = await executeWorkflow(
        ['a', 'b', 'c'].map((v) =>
          node('st.checkConnectionStatus', { personUrl: `https://www.linkedin.com/in/${v}` }),
        ),
        { handlers, shapeOf, services: {}, log },
      );
      expect(out).toEqual({
        status: 'failed',
        failure: { reason: 'linkedinAccountSignedOut', message: 'The account is signed out.' },
      });
      expect(calls).toHaveLength(2);
    }
  });

  it('turns exceptions, invalid outcomes and hangs into unexpectedError and saves a capture', async () => {
    const captures: string[] = [];
    const handlers = fakeHandlers([], {
      'st.openPersonPage': () => {
        throw new Error('boom li_at=AQEDsecretsecretsecretsecret for someone@example.org');
      },
      'st.checkConnectionStatus': () => ({ nonsense: true }) as unknown as ActionOutcome,
      'st.sendConnectionRequest': () => new Promise<ActionOutcome>(() => {}),
    });
    const out = await executeWorkflow(
      [
        node('st.openPersonPage', { personUrl: 'https://www.linkedin.com/in/a' }),
        node('st.checkConnectionStatus', { personUrl: 'https://www.linkedin.com/in/a' }),
        node('st.sendConnectionRequest', { personUrl: 'https://www.linkedin.com/in/a' }),
      ],
      {
        handlers,
        shapeOf,
        log,
        actionTimeoutMs: 50,
        services: {},
        capture: async (r: string) => {
          captures.push(r);
          return `/tmp/${r}`;
        },
      },
    );
    expect(out.status).toBe('completed');
    const results =
      out.status === 'completed'
        ? (out.completion as { success: boolean; error?: { type: string; message: string } }[])
        : [];
    expect(results.map((r) => r.error?.type)).toEqual([
      'unexpectedError',
      'unexpectedError',
      'unexpectedError',
    ]);
    expect(results[0]!.error!.message).not.toContain('AQEDsecret');
    expect(results[0]!.error!.message).not.toContain('someone@example.org');
    expect(results[2]!.error!.message).toContain('did not finish within 50 ms');
    expect(captures).toContain('unexpected-st.openPersonPage');
  });

  it('asks the guard first: a refusal is the action result and the action never runs', async () => {
    const calls: Call[] = [];
    const settled: string[] = [];
    const handlers = fakeHandlers(calls, { 'st.sendConnectionRequest': () => ({ kind: 'success' }) });
    let allowed = 1;
    const guard: ActionGuard = {
      before: async () =>
        allowed-- > 0
          ? { ok: true, ticket: { settle: (o) => void settled.push(o.kind) } }
          : {
              ok: false,
              error: { type: 'limitExceeded', message: 'stConnectionRequests daily limit (1) reached' },
            },
    };
    const out = await executeWorkflow(
      ['a', 'b'].map((v) =>
        node('st.sendConnectionRequest', { personUrl: `https://www.linkedin.com/in/${v}` }),
      ),
      { handlers, shapeOf, services: {}, log, guard },
    );
    expect(out.status === 'completed' && out.completion).toEqual([
      { actionType: 'st.sendConnectionRequest', success: true },
      {
        actionType: 'st.sendConnectionRequest',
        success: false,
        error: { type: 'limitExceeded', message: 'stConnectionRequests daily limit (1) reached' },
      },
    ]);
    expect(calls).toHaveLength(1);
    expect(settled).toEqual(['success']);
  });

  it('reports a handler missing for an action type as unexpectedError', async () => {
    const out = await executeWorkflow(node('st.retrieveSSI'), {
      handlers: new Map(),
      shapeOf,
      services: {},
      log,
    });
    expect(out.status === 'completed' && out.completion).toMatchObject({
      success: false,
      error: { type: 'unexpectedError' },
    });
  });
});

describe('executeWorkflow stops and bounds', () => {
  it('starts no further action once the run is interrupted', async () => {
    const calls: Call[] = [];
    const stop = new AbortController();
    const handlers = fakeHandlers(calls, {
      'st.checkConnectionStatus': () => {
        stop.abort(new Error('SIGINT'));
        return { kind: 'success', data: { connectionStatus: 'connected' } };
      },
    });
    const { WorkflowInterruptedError } = await import('../../../src/engine/execute-workflow.ts');
    await expect(
      executeWorkflow(
        ['a', 'b'].map((v) =>
          node('st.checkConnectionStatus', { personUrl: `https://www.linkedin.com/in/${v}` }, [], {
            path: `[${v}]`,
          }),
        ),
        { handlers, shapeOf, services: {}, log, signal: stop.signal },
      ),
    ).rejects.toBeInstanceOf(WorkflowInterruptedError);
    expect(calls).toHaveLength(1);
  });

  it('does not run an action whose limits could not be checked', async () => {
    const calls: Call[] = [];
    const handlers = fakeHandlers(calls, { 'st.sendConnectionRequest': () => ({ kind: 'success' }) });
    const guard: ActionGuard = {
      before: async () => {
        throw new Error('database is locked');
      },
    };
    const out = await executeWorkflow(
      node('st.sendConnectionRequest', { personUrl: 'https://www.linkedin.com/in/a' }),
      {
        handlers,
        shapeOf,
        services: {},
        log,
        guard,
      },
    );
    expect(out.status === 'completed' && out.completion).toMatchObject({
      success: false,
      error: { type: 'unexpectedError' },
    });
    expect(calls).toHaveLength(0);
  });

  it('on a timeout, aborts the action and waits for it to stop before moving on', async () => {
    const order: string[] = [];
    const handlers = fakeHandlers([], {
      'st.sendConnectionRequest': (ctx) =>
        new Promise<ActionOutcome>((resolve) => {
          ctx.signal.addEventListener('abort', () => {
            setTimeout(() => {
              order.push('first action stopped');
              resolve({ kind: 'success' });
            }, 20);
          });
        }),
      'st.checkConnectionStatus': () => {
        order.push('second action started');
        return { kind: 'success', data: { connectionStatus: 'connected' } };
      },
    });
    const out = await executeWorkflow(
      [
        node('st.sendConnectionRequest', { personUrl: 'https://www.linkedin.com/in/a' }),
        node('st.checkConnectionStatus', { personUrl: 'https://www.linkedin.com/in/a' }),
      ],
      { handlers, shapeOf, services: {}, log, actionTimeoutMs: 100 },
    );
    expect(order).toEqual(['first action stopped', 'second action started']);
    // An action that still finishes within the grace period reports what really happened.
    expect(out.status === 'completed' && (out.completion as { success: boolean }[])[0]!.success).toBe(true);
  });
});
