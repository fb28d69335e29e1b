// `linkwright doctor --html FILE [--url URL]` · `linkwright doctor --account NAME --url URL`
// Prints what src/app/doctor.ts reports for a saved or a live page (../shared/spec/product.md §5).
// Exit 0; 2 for invalid input.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { doctorHtml, doctorLive, launchDoctorBrowser, savedPageUrl } from '../../app/doctor.ts';
import { rootLogger } from '../../log/logger.ts';
import { printJson } from '../read-input.ts';

const OptionsSchema = z
  .object({
    html: z.string().min(1).optional(),
    url: z.string().url().optional(),
    account: z.string().min(1).optional(),
  })
  .refine((o) => (o.html ? !o.account : Boolean(o.account && o.url)), {
    message: 'use --html FILE [--url URL], or --account NAME --url URL',
  });

function fail(message: string): void {
  printJson({ success: false, error: { type: 'invalidRequestPayload', message } });
  process.exitCode = 2;
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'classify a saved page (--html FILE [--url URL]) or the live page (--account NAME --url URL) and report which selectors resolve',
    )
    .option('--html <file>', 'saved LinkedIn page (HTML)')
    .option('--url <url>', "the page's original address")
    .option('--account <name>', 'account whose browser opens --url live')
    .action(async (raw: unknown) => {
      const parsed = OptionsSchema.safeParse(raw);
      if (!parsed.success) return fail(parsed.error.issues.map((i) => i.message).join('; '));
      const o = parsed.data;
      if (o.account && o.url) {
        printJson(await doctorLive(o.account, o.url, rootLogger()));
        return;
      }
      const file = o.html!;
      let html: string;
      try {
        html = readFileSync(file, 'utf8');
      } catch (err) {
        return fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      const browser = await launchDoctorBrowser();
      try {
        printJson(await doctorHtml(browser, html, o.url ?? savedPageUrl(file)));
      } finally {
        await browser.close();
      }
    });
}
