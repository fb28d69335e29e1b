// Machine-wide browser settings from LINKWRIGHT_HOME/browser.json (all optional):
//   { "executablePath": "/usr/bin/chromium",
//     "resources": { "media": true, "fonts": true, "images": false, "trackers": true, "blockHosts": ["ads.example"] },
//     "idleTimeoutMs": 300000 }
// A missing file means defaults; a malformed one is an error (a typo must not silently unblock trackers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const ResourcePolicySchema = z
  .object({
    /** Video and audio. */
    media: z.boolean().default(true),
    fonts: z.boolean().default(true),
    /** Images are kept by default: LinkedIn's layout and a person's view rely on them. */
    images: z.boolean().default(false),
    /** Third-party analytics/ads hosts (see resource-blocking.ts). */
    trackers: z.boolean().default(true),
    /** Extra third-party hosts to block (suffix match). */
    blockHosts: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ResourcePolicy = z.infer<typeof ResourcePolicySchema>;

export const BrowserSettingsSchema = z
  .object({
    executablePath: z.string().min(1).optional(),
    resources: ResourcePolicySchema.default(ResourcePolicySchema.parse({})),
    /** Close an account's browser after this long without work (default 5 minutes). */
    idleTimeoutMs: z
      .number()
      .int()
      .min(1_000)
      .max(24 * 3600_000)
      .default(300_000),
  })
  .strict();
export type BrowserSettings = z.infer<typeof BrowserSettingsSchema>;

export function browserSettingsPath(home: string): string {
  return join(home, 'browser.json');
}

export function loadBrowserSettings(home: string): BrowserSettings {
  let text: string | undefined;
  try {
    text = readFileSync(browserSettingsPath(home), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (text === undefined) return BrowserSettingsSchema.parse({});
  const parsed = BrowserSettingsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(
      `${browserSettingsPath(home)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}
