// Test harness: a BrowserService (src/engine/services.ts) over a plain Playwright Chromium context with
// the recorded LinkedIn installed by route (fails closed). One browser per test file; one context per
// test, so each test starts from its scenario's initial state.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { installReplay } from '../../fixtures/replay/route-replay.ts';
import type { Replay } from '../../fixtures/replay/replay-core.ts';
import type { FrontEnd } from '../../fixtures/replay/scenario-schema.ts';
import type { BrowserService } from '../../src/engine/services.ts';
import { noPacing } from '../../src/engine/services.ts';
import type {
  ActionContext,
  ActionHandler,
  ActionOutcome,
  ActionServices,
  Subject,
} from '../../src/engine/types.ts';

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

export const silentLog = pino({ level: process.env.LW_TEST_LOG ?? 'silent' }, pino.destination(2));

/** Runs one handler the way the engine does, with zero pacing and the given session. */
export async function runHandler(
  handler: ActionHandler,
  session: BrowserService,
  opts: {
    params?: Record<string, unknown>;
    subject?: Subject;
    services?: ActionServices;
    path?: string;
  } = {},
): Promise<ActionOutcome> {
  const ctx: ActionContext = {
    params: opts.params ?? {},
    ...(opts.subject ? { subject: opts.subject } : {}),
    path: opts.path ?? '[0]',
    log: silentLog,
    signal: new AbortController().signal,
    services: { browser: session, pacing: noPacing, ...opts.services },
  };
  return handler.run(ctx);
}

export function person(vanity: string): Subject {
  return { kind: 'person', personUrl: `https://www.linkedin.com/in/${vanity}` };
}

/** Validates and runs a whole workflow through the engine with the real handlers, on a replay session. */
export async function runWorkflowOn(
  session: BrowserService,
  workflow: unknown,
  services: ActionServices = {},
): Promise<import('../../src/engine/types.ts').WorkflowOutcome> {
  const { validateWorkflow } = await import('../../src/workflow/validate.ts');
  const { executeWorkflow } = await import('../../src/engine/execute-workflow.ts');
  const { shapeFromRegistry } = await import('../../src/engine/engine-shapes.ts');
  const { ACTION_HANDLERS } = await import('../../src/actions/index.ts');
  const v = validateWorkflow(workflow);
  if (!v.ok) throw new Error(`invalid workflow: ${v.error.message}`);
  return executeWorkflow(v.workflow, {
    handlers: ACTION_HANDLERS,
    shapeOf: shapeFromRegistry,
    services: { browser: session, pacing: noPacing, ...services },
    log: silentLog,
  });
}
