import { describe, expect, it } from 'vitest';
import { isLinkedInOrigin, linkedinOrigin } from '../../../src/config/paths.ts';

describe('origin', () => {
  it('defaults to linkedin.com and drops trailing slashes of LINKWRIGHT_ORIGIN', () => {
    expect(linkedinOrigin({})).toBe('https://www.linkedin.com');
    expect(linkedinOrigin({ LINKWRIGHT_ORIGIN: 'http://127.0.0.1:8931//' })).toBe('http://127.0.0.1:8931');
  });

  it('tells LinkedIn from a fixture server, and is not fooled by look-alike hosts', () => {
    expect(isLinkedInOrigin('https://www.linkedin.com')).toBe(true);
    expect(isLinkedInOrigin('https://de.linkedin.com')).toBe(true);
    expect(isLinkedInOrigin('https://LINKEDIN.COM')).toBe(true);
    expect(isLinkedInOrigin('https://www.linkedin.com.')).toBe(true);
    expect(isLinkedInOrigin('http://127.0.0.1:8931')).toBe(false);
    expect(isLinkedInOrigin('https://linkedin.com.evil.example')).toBe(false);
    expect(isLinkedInOrigin('https://notlinkedin.com')).toBe(false);
    expect(isLinkedInOrigin('not a url')).toBe(false);
  });
});
