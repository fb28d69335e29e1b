// Test harness: a BrowserService (src/session/browser-service.ts) over a plain Playwright Chromium context with
// the recorded LinkedIn installed by route (fails closed). One browser per test file; one context per
// test, so each test starts from its scenario's initial state.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { installReplay } from '../../fixtures/replay/route-replay.ts';
import type { Replay } from '../../fixtures/replay/replay-core.ts';
import type { FrontEnd, ScenarioInput } from '../../fixtures/replay/scenario-schema.ts';
import type { ActionModule } from '../../src/actions/kit/define-action.ts';
import type { ActionServices, BrowserService } from '../../src/actions/kit/services.ts';
import type { ActionOutcome, Subject } from '../../src/engine/types.ts';
import { makeSession, type LinkedInSession } from '../../drivers/linkedin/session.ts';
import { ZERO_PACING } from '../../drivers/shared/pacing.ts';
import { testServices } from './action-services.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.LINKWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface ReplaySessionOptions {
  scenario?: string;
  frontEnd?: FrontEnd;
  origin?: string;
  /** Scenario fields to override; action tests keep the scenario's default latency on purpose. */
  overrides?: Partial<ScenarioInput>;
}

export interface ReplaySession extends BrowserService {
  readonly replay: Replay;
  readonly context: BrowserContext;
  /** Reasons passed to capture(), in order. */
  readonly captures: string[];
  close(): Promise<void>;
}

const CAPTURE_ROOT = mkdtempSync(join(tmpdir(), 'linkwright-test-captures-'));

export async function openReplaySession(
  browser: Browser,
  opts: ReplaySessionOptions = {},
): Promise<ReplaySession> {
  const origin = (opts.origin ?? 'https://www.linkedin.com').replace(/\/+$/, '');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const replay = await installReplay(context, {
    origin,
    ...(opts.scenario ? { scenario: opts.scenario } : {}),
    ...(opts.frontEnd ? { frontEnd: opts.frontEnd } : {}),
    ...(opts.overrides ? { overrides: opts.overrides } : {}),
  });
  let page: Page | undefined;
  const captures: string[] = [];
  return {
    origin,
    replay,
    context,
    captures,
    async page() {
      if (!page || page.isClosed()) page = await context.newPage();
      return page;
    },
    async capture(reason: string) {
      captures.push(reason);
      if (!page || page.isClosed()) return undefined;
      const dir = mkdtempSync(join(CAPTURE_ROOT, 'c-'));
      writeFileSync(join(dir, 'page.html'), await page.content().catch(() => ''));
      writeFileSync(join(dir, 'url.txt'), page.url());
      return dir;
    },
    async close() {
      await context.close();
    },
  };
}

/** A driver session on the replay session's page, pacing off and silent: for driver-level tests. */
export async function driverSession(s: ReplaySession): Promise<LinkedInSession> {
  return makeSession({ page: await s.page(), origin: s.origin, pacing: ZERO_PACING, log: silentLog });
}

export const silentLog = pino({ level: process.env.LW_TEST_LOG ?? 'silent' }, pino.destination(2));

/** Runs one action module the way the engine does (no policy: the module forms its own key). */
export async function runHandler(
  action: ActionModule,
  session: BrowserService,
  opts: {
    params?: Record<string, unknown>;
    subject?: Subject;
    services?: Partial<ActionServices>;
    path?: string;
  } = {},
): Promise<ActionOutcome> {
  return action.handler.run({
    params: opts.params ?? {},
    ...(opts.subject ? { subject: opts.subject } : {}),
    path: opts.path ?? '[0]',
    log: silentLog,
    signal: new AbortController().signal,
    services: testServices(session, opts.services),
    key: null,
  });
}

export function person(vanity: string): Subject {
  return { kind: 'person', personUrl: `https://www.linkedin.com/in/${vanity}` };
}

/** Validates and runs a whole workflow through the engine with the real handlers, on a replay session. */
export async function runWorkflowOn(
  session: BrowserService,
  workflow: unknown,
  services: Partial<ActionServices> = {},
): Promise<import('../../src/engine/types.ts').WorkflowOutcome> {
  const { validateWorkflow } = await import('../../src/workflow/validate.ts');
  const { executeWorkflow } = await import('../../src/engine/execute-workflow.ts');
  const { shapeFromRegistry } = await import('../../src/engine/engine-shapes.ts');
  const { ACTION_HANDLERS, IMPLEMENTED_ACTIONS } = await import('../../src/actions/index.ts');
  const v = validateWorkflow(workflow, { implemented: IMPLEMENTED_ACTIONS });
  if (!v.ok) throw new Error(`invalid workflow: ${v.error.message}`);
  return executeWorkflow(v.workflow, {
    handlers: ACTION_HANDLERS,
    shapeOf: shapeFromRegistry,
    services: testServices(session, services),
    capture: (reason) => session.capture(reason),
    log: silentLog,
  });
}
