// A capture of the current page for an unrecognised state: page.html (with open shadow roots as
// declarative shadow DOM), screenshot.png, url.txt, aria.yml and meta.json under
// LINKWRIGHT_HOME/captures/<timestamp>-<slug>/, scrubbed of cookies, CSRF tokens and emails. Ready
// to be triaged into a fixture. Every part is best-effort: a half-dead page still leaves what it can.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { BrowserContext, Page } from 'playwright';
import { capturesDir } from '../config/paths.ts';
import { scrubText } from '../log/redaction.ts';
import { serializeDomWithShadowRoots } from './serialize-dom.ts';
import { withTimeout } from './with-timeout.ts';

/** Cookie values long enough to be tokens (li_at, JSESSIONID, …): scrubbed wherever they appear. */
export async function sessionSecrets(context: BrowserContext): Promise<string[]> {
  try {
    return (await context.cookies()).map((c) => c.value).filter((v) => v.length >= 16);
  } catch {
    return [];
  }
}

export function captureSlug(reason: string): string {
  const s = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s.length > 0 ? s : 'capture';
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

export interface CaptureOptions {
  home: string;
  reason: string;
  log: Logger;
  /** Extra strings to scrub besides the context's cookie values. */
  secrets?: readonly string[];
  timeoutMs?: number;
}

export async function writeCapture(page: Page, o: CaptureOptions): Promise<string | undefined> {
  const timeout = o.timeoutMs ?? 10_000;
  const secrets = [...(await sessionSecrets(page.context())), ...(o.secrets ?? [])];
  const scrub = (s: string) => scrubText(s, secrets);
  const root = capturesDir(o.home);
  const dir = join(root, `${stamp()}-${captureSlug(scrub(o.reason))}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(root, 0o700);
  } catch (err) {
    o.log.error({ err: scrub((err as Error).message) }, 'cannot create the capture folder');
    return undefined;
  }
  const write = (name: string, data: string | Buffer) =>
    writeFileSync(join(dir, name), data, { mode: 0o600 });
  const failures: string[] = [];
  const url = scrub(page.url());
  write('url.txt', `${url}\n`);
  let shadowRoots = 0;
  try {
    const dom = await withTimeout(page.evaluate(serializeDomWithShadowRoots), timeout);
    shadowRoots = dom.shadowRoots;
    write('page.html', scrub(dom.html));
  } catch (err) {
    failures.push(`page.html: ${scrub(firstLine(err))}`);
  }
  try {
    write('aria.yml', scrub(await page.locator('body').ariaSnapshot({ timeout })));
  } catch (err) {
    failures.push(`aria.yml: ${scrub(firstLine(err))}`);
  }
  try {
    write('screenshot.png', await page.screenshot({ timeout, animations: 'disabled' }));
  } catch (err) {
    failures.push(`screenshot.png: ${scrub(firstLine(err))}`);
  }
  write(
    'meta.json',
    `${JSON.stringify({ reason: scrub(o.reason), url, capturedAt: new Date().toISOString(), shadowRoots, failures }, null, 2)}\n`,
  );
  o.log.warn({ capture: dir, reason: scrub(o.reason), failures: failures.length }, 'page captured');
  return dir;
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0] ?? msg;
}
