// The persisted identity: defaults are valid, bad values are refused, and the proxy comparison that
// drives the "proxy changed" warning looks at the exit (server + user), not at the password.
import { describe, expect, it } from 'vitest';
import { proxyKey } from '../../src/session/account-record.ts';
import { defaultIdentity, IdentitySchema, toLaunchIdentity } from '../../src/session/identity.ts';

describe('identity', () => {
  it('defaults to a valid, native-UA identity', () => {
    const id = defaultIdentity({ locale: 'pl-PL', timezone: 'Europe/Warsaw' });
    expect(id).toMatchObject({ locale: 'pl-PL', timezone: 'Europe/Warsaw', userAgent: 'native' });
    expect(toLaunchIdentity(id).locale).toBe('pl-PL');
  });

  it('refuses credentials inside the proxy URL, unknown time zones and odd locales', () => {
    const base = defaultIdentity();
    expect(
      IdentitySchema.safeParse({ ...base, proxy: { server: 'http://u:p@127.0.0.1:3128' } }).success,
    ).toBe(false);
    expect(IdentitySchema.safeParse({ ...base, proxy: { server: 'ftp://127.0.0.1:21' } }).success).toBe(
      false,
    );
    expect(IdentitySchema.safeParse({ ...base, timezone: 'Mars/Olympus' }).success).toBe(false);
    expect(IdentitySchema.safeParse({ ...base, locale: 'english' }).success).toBe(false);
    expect(
      IdentitySchema.safeParse({
        ...base,
        proxy: { server: 'socks5://127.0.0.1:1080', username: 'u', password: 'p' },
      }).success,
    ).toBe(true);
  });

  it('a proxy counts as changed when its server or user changes, not its password', () => {
    const a = proxyKey({ server: 'http://10.0.0.1:3128', username: 'u1', password: 'p1' });
    expect(proxyKey({ server: 'http://10.0.0.1:3128', username: 'u1', password: 'p2' })).toBe(a);
    expect(proxyKey({ server: 'http://10.0.0.1:3128', username: 'u2', password: 'p1' })).not.toBe(a);
    expect(proxyKey({ server: 'http://10.0.0.2:3128', username: 'u1', password: 'p1' })).not.toBe(a);
    expect(proxyKey(undefined)).toBeNull();
    expect(a).not.toContain('p1');
  });
});
