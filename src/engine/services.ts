// Typed accessors for the services actions use. The engine passes an open ActionServices bag; each
// layer owns one key. Actions read them through these helpers so a missing service is a clear error.
import type { Page } from 'playwright';
import type { ActionServices } from './types.ts';

/** The account's browser session as actions see it (implemented in src/session). */
export interface BrowserService {
  /** LinkedIn origin for this run, e.g. https://www.linkedin.com or a fixture server. */
  readonly origin: string;
  /** The work page of the account's persistent context (never the stealth-less first tab). */
  page(): Promise<Page>;
  /** Saves HTML (with open shadow roots), screenshot, URL and aria snapshot; returns the folder. */
  capture(reason: string): Promise<string | undefined>;
}

/** Human pacing between steps; zero in tests. */
export interface PacingService {
  pause(kind: 'step' | 'typing' | 'action'): Promise<void>;
  /** Delay in ms between keystrokes when typing like a person. */
  keystrokeDelay(): number;
}

export const SERVICE_KEYS = {
  browser: 'browser',
  pacing: 'pacing',
  journal: 'journal',
  limits: 'limits',
} as const;

export function getService<T>(services: ActionServices, key: string): T {
  const s = services[key];
  if (s === undefined) throw new Error(`service "${key}" is not configured for this run`);
  return s as T;
}

export const noPacing: PacingService = {
  pause: async () => {},
  keystrokeDelay: () => 0,
};
