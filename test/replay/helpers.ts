// Shared by the replay tests: one Chromium per test file, one context per test with the recorded
// LinkedIn installed by route (or pointed at the HTTP server). Tests click real controls only.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import { installReplay } from '../../fixtures/replay/route-replay.ts';
import type { Replay } from '../../fixtures/replay/replay-core.ts';
import type { FrontEnd, ScenarioInput } from '../../fixtures/replay/scenario-schema.ts';

export const ORIGIN = 'https://www.linkedin.com';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.LINKWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface Routed {
  context: BrowserContext;
  page: Page;
  replay: Replay;
  close(): Promise<void>;
}

export async function routed(
  browser: Browser,
  scenario = 'demo',
  frontEnd?: FrontEnd,
  overrides?: Partial<ScenarioInput>,
): Promise<Routed> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(8_000);
  const replay = await installReplay(context, {
    scenario,
    ...(frontEnd ? { frontEnd } : {}),
    ...(overrides ? { overrides } : {}),
  });
  const page = await context.newPage();
  return { context, page, replay, close: () => context.close() };
}

/** The profile's own top card (never a sidebar card). */
export function topCard(page: Page): Locator {
  return page.locator('section[componentkey$="Topcard"], section[data-member-id]').first();
}

/** The open invite/confirm dialog wherever LinkedIn renders it (interop shadow root, modal outlet, <dialog>). */
export function openDialog(page: Page): Locator {
  return page
    .locator('#interop-outlet [role="dialog"], #artdeco-modal-outlet [role="dialog"], dialog[open]')
    .first();
}

/** The More control of the top card in either front end. */
export function moreButton(page: Page): Locator {
  return page
    .locator(
      'section[componentkey$="Topcard"] button[aria-expanded][componentkey], section[data-member-id] button[id$="-profile-overflow-action"]',
    )
    .first();
}
