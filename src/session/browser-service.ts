// The account's browser as actions see it: the work page, the origin and a capture of what the page
// showed. Implemented by the account session (account-session.ts) and by test harnesses.
import type { Page } from 'playwright';

export interface BrowserService {
  /** LinkedIn origin for this run, e.g. https://www.linkedin.com or a fixture server. */
  readonly origin: string;
  /** The work page of the account's persistent context (never the stealth-less first tab). */
  page(): Promise<Page>;
  /** Saves HTML (with open shadow roots), screenshot, URL and aria snapshot; returns the folder. */
  capture(reason: string): Promise<string | undefined>;
}
