// An account's browser identity: chosen once, persisted in its record, applied identically at every
// launch (headless or headed). Changing it mid-life is what makes LinkedIn ask for a checkpoint.
import { z } from 'zod';
import type { LaunchIdentity } from '../browser/browser-launcher.ts';
import { isTimeZone } from '../config/time-zone.ts';

const LOCALE_RE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/;

export const ProxySchema = z
  .object({
    /** http://host:port or socks5://host:port, without credentials in the URL. */
    server: z
      .string()
      .url()
      .refine((u) => /^(https?|socks5):\/\//.test(u), 'proxy server must be http://, https:// or socks5://')
      .refine(
        (u) => !/^[a-z0-9]+:\/\/[^/]*@/i.test(u),
        'put proxy credentials in username/password, not in the URL',
      ),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    bypass: z.string().optional(),
  })
  .strict();
export type ProxySettings = z.infer<typeof ProxySchema>;

export const IdentitySchema = z
  .object({
    locale: z.string().regex(LOCALE_RE, 'a BCP 47 locale such as en-US'),
    timezone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Berlin'),
    viewport: z
      .object({ width: z.number().int().min(800).max(3840), height: z.number().int().min(600).max(2160) })
      .strict(),
    /**
     * `native`: the real browser's own user agent (only "Headless" removed), so it always matches the
     * binary's features and version. The only policy: a fixed UA string outlives browser upgrades and
     * becomes a lie.
     */
    userAgent: z.literal('native'),
    /** WebGL vendor/renderer reported to pages, or `native` for the real GPU's strings. */
    webgl: z.union([
      z.literal('native'),
      z.object({ vendor: z.string().min(1), renderer: z.string().min(1) }).strict(),
    ]),
    proxy: ProxySchema.optional(),
  })
  .strict();
export type Identity = z.infer<typeof IdentitySchema>;

/** A mainstream Linux laptop GPU as Chrome reports it through ANGLE (stable per account). */
export const DEFAULT_LINUX_WEBGL = {
  vendor: 'Google Inc. (Intel)',
  renderer: 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
} as const;

export function hostTimeZone(): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return tz && isTimeZone(tz) ? tz : 'UTC';
}

export function defaultIdentity(overrides: Partial<Identity> = {}): Identity {
  return IdentitySchema.parse({
    locale: 'en-US',
    timezone: hostTimeZone(),
    viewport: { width: 1366, height: 768 },
    userAgent: 'native',
    webgl: process.platform === 'linux' ? { ...DEFAULT_LINUX_WEBGL } : 'native',
    ...overrides,
  });
}

export function toLaunchIdentity(id: Identity): LaunchIdentity {
  return {
    locale: id.locale,
    timezone: id.timezone,
    viewport: id.viewport,
    proxy: id.proxy,
    webgl: id.webgl === 'native' ? undefined : id.webgl,
  };
}

/** The proxy as it may be logged and compared: server only, never credentials. */
export function proxyLabel(p: ProxySettings | undefined): string | null {
  return p ? p.server : null;
}
