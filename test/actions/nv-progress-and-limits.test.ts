// Issue 11 audit: nv.searchPeople logs its progress page by page while it walks Sales Navigator's numbered
// pages, and nv.sendMessage is refused by a used-up nvMessages limit before anything is sent.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPeople } from '../../src/actions/nv/search-people.ts';
import { ACTION_HANDLERS, ACTION_RULES, IMPLEMENTED_ACTIONS } from '../../src/actions/index.ts';
import type { ActionServices } from '../../src/actions/kit/services.ts';
import { executeWorkflow } from '../../src/engine/execute-workflow.ts';
import { shapeFromRegistry } from '../../src/engine/engine-shapes.ts';
import { createPolicy } from '../../src/engine/policy/policy.ts';
import { parsePolicyConfig } from '../../src/engine/policy/policy-config.ts';
import { openStore } from '../../src/store/index.ts';
import { validateWorkflow } from '../../src/workflow/validate.ts';
import { ZERO_PACING } from '../../drivers/shared/pacing.ts';
import { testServices } from '../support/action-services.ts';
import { launchBrowser, openReplaySession, silentLog } from '../support/replay-session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('nv.searchPeople progress', () => {
  it('logs each page it reads with the rows read so far and the limit', async () => {
    const s = await openReplaySession(browser, { scenario: 'many-pending' });
    const lines: Array<Record<string, unknown>> = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    try {
      const out = await searchPeople.handler.run({
        params: { limit: 30 },
        path: '[0]',
        log,
        signal: new AbortController().signal,
        services: testServices(s),
        key: null,
      });
      expect(out.kind).toBe('list');
      const progress = lines
        .filter((l) => l.msg === 'search results read')
        .map((l) => ({ page: l.page, read: l.read, wanted: l.wanted }));
      expect(progress).toEqual([
        { page: 1, read: 25, wanted: 30 },
        { page: 2, read: 30, wanted: 30 },
      ]);
      expect(lines.some((l) => l.msg === 'search results: next page' && l.page === 2)).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('nvMessages', () => {
  it('a used-up nvMessages limit refuses nv.sendMessage with limitExceeded, nothing sent', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lw-nv-messages-'));
    const store = openStore(home);
    const policy = createPolicy(store, {
      rules: ACTION_RULES,
      config: parsePolicyConfig({
        limits: [{ category: 'nvMessages', period: 'daily', maxValue: 0, isEnabled: true }],
      }),
      home,
      env: {},
    });
    const s = await openReplaySession(browser, { scenario: 'demo' });
    try {
      const hashed = s.replay.people().find((p) => p.person === 'person2')!.hashedUrl;
      const run = policy.startRun({ account: 'nv-messages', workflowId: 'wf-nv-messages' });
      const v = validateWorkflow(
        { actionType: 'nv.sendMessage', personUrl: hashed, subject: 'Hello', text: 'Hi Tomas' },
        { implemented: IMPLEMENTED_ACTIONS },
      );
      if (!v.ok) throw new Error(v.error.message);
      const services: ActionServices = { ...run.services(), pacing: ZERO_PACING, timeouts: {}, browser: s };
      const out = await executeWorkflow(v.workflow, {
        handlers: ACTION_HANDLERS,
        shapeOf: shapeFromRegistry,
        services,
        guard: run.guard(),
        log: silentLog,
      });
      expect(JSON.stringify(out)).toContain('"type":"limitExceeded"');
      expect(s.replay.effects()).toEqual([]);
    } finally {
      await s.close();
      await store.close();
    }
  });
});
