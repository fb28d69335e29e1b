// Pure helpers of the connection actions and drivers (no browser). parseRelativeTime: test/unit/actions.
import { describe, expect, it } from 'vitest';
import { countryCodeOf } from '../../drivers/linkedin/basic-info.ts';
import { profileIdFromUrl, profilePageUrl, toLinkedInUrl } from '../../selectors/url/linkedin-url.ts';

describe('urls', () => {
  it('maps a person URL to the profile page on any origin, and page URLs back to linkedin.com', () => {
    expect(profilePageUrl('http://127.0.0.1:4321', 'https://www.linkedin.com/in/person1')).toBe(
      'http://127.0.0.1:4321/in/person1/',
    );
    expect(
      profilePageUrl('https://www.linkedin.com/', 'https://linkedin.com/in/szymon-n%C4%99dza-31a654250/'),
    ).toBe('https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250/');
    expect(
      profileIdFromUrl('https://www.linkedin.com/in/ACoAAFAveryQuinnFixturex0Fx1/?miniProfileUrn=x'),
    ).toBe('ACoAAFAveryQuinnFixturex0Fx1');
    expect(profileIdFromUrl('https://www.linkedin.com/company/acme/')).toBeUndefined();
    expect(toLinkedInUrl('/in/johndoe/', 'http://127.0.0.1:4321')).toBe(
      'https://www.linkedin.com/in/johndoe',
    );
    expect(toLinkedInUrl('http://127.0.0.1:4321/company/wingtip-toys/?trk=x', 'http://127.0.0.1:4321')).toBe(
      'https://www.linkedin.com/company/wingtip-toys',
    );
  });
});

describe('countryCodeOf', () => {
  it('reads the country of a location line in the UI language', () => {
    expect(countryCodeOf('Lisbon, Lisbon, Portugal', 'en')).toBe('PT');
    expect(countryCodeOf('Denver, Colorado, United States', 'en')).toBe('US');
    expect(countryCodeOf('München, Bayern, Deutschland', 'de')).toBe('DE');
    expect(countryCodeOf('Greater Boston', 'en')).toBeNull();
    expect(countryCodeOf(null, 'en')).toBeNull();
  });
});
