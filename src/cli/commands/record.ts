// `linkwright record --account NAME --url URL --out DIR`: opens the account's session at URL and saves the
// page as a scrubbed fixture folder (page.html with shadow roots, aria.yml, screenshot.png, meta.json with
// provenance and the doctor's reading as `expected`). Works on linkedin.com and on the recorded LinkedIn
// (LINKWRIGHT_ORIGIN). Prints {"success":true,"dir":…,"namesReplaced":N}. Exit 0; 2 bad input; 3 session
// failure (accountBusy, browserUnavailable, …).
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { recordPage } from '../../browser/record-page.ts';
import { isSessionFailureError } from '../../errors/error-types.ts';
import { rootLogger } from '../../log/logger.ts';
import { printJson } from '../read-input.ts';
import { doctorPage } from '../../app/doctor.ts';

const Options = z.object({
  account: z.string().min(1),
  url: z.string().min(1),
  out: z.string().min(1),
});

export function registerRecord(program: Command): void {
  program
    .command('record')
    .description("capture the account's page at --url as a scrubbed fixture folder in --out")
    .requiredOption('--account <name>', 'account whose browser opens the page')
    .requiredOption('--url <url>', 'page to record (absolute, or a path on the account’s origin)')
    .requiredOption('--out <dir>', 'fixture folder to write (must be empty or new)')
    .action(async (raw: unknown) => {
      const parsed = Options.safeParse(raw);
      const fail = (message: string, code = 2) => {
        printJson({ success: false, error: { type: 'invalidRequestPayload', message } });
        process.exitCode = code;
      };
      if (!parsed.success)
        return fail(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
      const o = parsed.data;
      const out = resolve(o.out);
      if (existsSync(out) && readdirSync(out).length > 0) return fail(`--out: ${o.out} is not empty`);
      const log = rootLogger();
      const { openAccountSession } = await import('../../session/account-session.ts');
      const { closeAllSessions } = await import('../../session/session-pool.ts');
      let session: Awaited<ReturnType<typeof openAccountSession>>;
      try {
        session = await openAccountSession({ account: o.account, log, purpose: 'record' });
      } catch (err) {
        if (!isSessionFailureError(err)) throw err;
        printJson({ success: false, error: { type: err.reason, message: err.message } });
        process.exitCode = 3;
        return;
      }
      try {
        let target: string;
        try {
          target = new URL(o.url, session.origin).href;
        } catch {
          return fail(`--url: not a URL: ${o.url}`);
        }
        const page = await session.browser.page();
        await page.goto(target, { waitUntil: 'domcontentloaded', timeout: 30_000 });
        await page
          .locator(
            // Sales Navigator: the lead's actions bar, result rows, the inbox (linkedin-dom.md A19).
            '[componentkey$="Topcard"], section[data-member-id], main [role="listitem"], .msg-form, #global-nav, [data-testid="primary-nav"], [data-x--lead-actions-bar], [data-x-search-result], [data-x--inbox-conversation-list]',
          )
          .first()
          .waitFor({ state: 'attached', timeout: 15_000 })
          .catch(() => undefined);
        const result = await recordPage(page, {
          outDir: out,
          origin: session.origin,
          classify: (p, url) => doctorPage(p, url),
        });
        log.info(
          { dir: result.dir, shadowRoots: result.shadowRoots },
          'recorded the page as a fixture folder',
        );
        printJson({
          success: true,
          dir: result.dir,
          namesReplaced: result.namesReplaced,
          shadowRoots: result.shadowRoots,
        });
      } finally {
        await session.close();
        await closeAllSessions();
      }
    });
}
