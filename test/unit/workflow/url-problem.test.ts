import { describe, expect, it } from 'vitest';
import {
  classifyLinkedInUrl,
  matchesUrlKinds,
  normalizeLinkedInUrl,
  normalizePersonUrl,
  postIdOf,
  URL_KINDS,
  urlKindsPattern,
  vanityFromPersonUrl,
  type UrlKind,
} from '../../../selectors/url/linkedin-url.ts';
import { linkedInUrlProblem } from '../../../src/workflow/url-problem.ts';

const PROFILE = 'must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>)';

describe('person URLs', () => {
  it.each([
    'https://www.linkedin.com/in/person1',
    'https://www.linkedin.com/in/person1/',
    'https://linkedin.com/in/person1',
    'http://www.linkedin.com/in/person1',
    'https://uk.linkedin.com/in/person1?originalSubdomain=uk',
    'https://de.linkedin.com/in/person1/#about',
    'https://www.linkedin.com/in/szymon-nędza-31a654250/',
    'https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250',
    'https://www.linkedin.com/in/ACoAAABcDeF0123456789_ghIJkl-mnOPqrSTuv',
    'https://www.linkedin.com/in/SInQBmjJ015eLr8',
    'https://www.linkedin.com/in/mañana_lópez',
    'https://www.linkedin.com/in/李小龙',
  ])('accepts %s', (url) => {
    expect(linkedInUrlProblem(url, ['person'])).toBeNull();
  });

  it.each<[string, string]>([
    ['https://linkedin.com.evil.io/in/person1', 'must be on linkedin.com, not on "linkedin.com.evil.io"'],
    [
      'https://www.linkedin.com.evil.io/in/person1',
      'must be on linkedin.com, not on "www.linkedin.com.evil.io"',
    ],
    ['https://evil-linkedin.com/in/person1', 'must be on linkedin.com, not on "evil-linkedin.com"'],
    ['https://linkedin.co/in/person1', 'must be on linkedin.com, not on "linkedin.co"'],
    ['https://linkedin.com./in/person1', 'must be on linkedin.com, not on "linkedin.com."'],
    ['https://www.linkedln.com/in/person1', 'must be on linkedin.com, not on "www.linkedln.com"'],
    ['https://xn--lnkedin-yya.com/in/person1', 'must be on linkedin.com, not on "xn--lnkedin-yya.com"'],
    // Turkish dotless ı: the URL parser turns it into punycode, which is not LinkedIn.
    ['https://www.lınkedin.com/in/person1', 'must be on linkedin.com, not on "www.xn--lnkedin-rfb.com"'],
    [
      'https://mobile.linkedin.com.evil.io/in/person1',
      'must be on linkedin.com, not on "mobile.linkedin.com.evil.io"',
    ],
    ['https://linkedin.com@evil.io/in/person1', 'must not contain a user name or password'],
    ['https://user:secret@www.linkedin.com/in/person1', 'must not contain a user name or password'],
    ['https://www.linkedin.com:8443/in/person1', 'must not contain a port'],
    ['https://www.linkedin.com:443/in/person1', 'must not contain a port'],
    ['https://www.linkedin.com:/in/person1', 'must not contain a port'],
    ['javascript:alert(1)', `${PROFILE}; only https:// URLs on linkedin.com are accepted`],
    [
      'JavaScript://www.linkedin.com/in/person1',
      `${PROFILE}; only https:// URLs on linkedin.com are accepted`,
    ],
    ['data:text/html;base64,PHNjcmlwdD4=', `${PROFILE}; only https:// URLs on linkedin.com are accepted`],
    ['ftp://www.linkedin.com/in/person1', `${PROFILE}; only https:// URLs on linkedin.com are accepted`],
    ['//www.linkedin.com/in/person1', `${PROFILE}; only https:// URLs on linkedin.com are accepted`],
    ['www.linkedin.com/in/person1', `${PROFILE}; only https:// URLs on linkedin.com are accepted`],
    ['https://www.linkedin.com\\@evil.io/in/person1', PROFILE],
    ['https://www.linkedin.com/in/person 1', 'must not contain spaces or control characters'],
    ['https://www.linkedin.com/in/person1\n', 'must not contain spaces or control characters'],
    [
      'HTTPS://www.linkedin.com/in/person1',
      'scheme and host must be lower-case (https://www.linkedin.com/…)',
    ],
    [
      'https://WWW.LinkedIn.com/in/person1',
      'scheme and host must be lower-case (https://www.linkedin.com/…)',
    ],
    ['https://www.linkedin.com/in/', PROFILE],
    ['https://www.linkedin.com/in/x', PROFILE],
    ['https://www.linkedin.com/in/../company/acme', PROFILE],
    ['https://www.linkedin.com/in/person1/details/experience/', PROFILE],
    ['https://www.linkedin.com/in/person1%2F..%2Fevil', PROFILE],
    ['https://www.linkedin.com/in/person1%2Fsettings', PROFILE],
    ['https://www.linkedin.com/in/person%3F1', PROFILE],
    ['https://www.linkedin.com/in/szymon-n%C4dza', 'contains invalid percent-encoding'],
    ['https://www.linkedin.com/company/acme', `${PROFILE}, not a company URL`],
    [
      'https://www.linkedin.com/sales/lead/ACwAAAbc,NAME_SEARCH,x',
      `${PROFILE}, not a Sales Navigator lead URL`,
    ],
    [`https://www.linkedin.com/in/person1?${'q'.repeat(2048)}`, 'at most 2048 characters'],
  ])('rejects %s', (url, message) => {
    expect(linkedInUrlProblem(url, ['person'])).toBe(message);
  });
});

describe('other kinds', () => {
  const ok: ReadonlyArray<[UrlKind, string]> = [
    ['company', 'https://www.linkedin.com/company/acme-robotics/'],
    ['company', 'https://www.linkedin.com/company/12345678'],
    ['company', 'https://www.linkedin.com/company/spółdzielnia-mleczarska'],
    ['companyNumeric', 'https://www.linkedin.com/company/12345678/'],
    ['salesCompany', 'https://www.linkedin.com/sales/company/12345678'],
    ['salesPerson', 'https://www.linkedin.com/sales/lead/ACwAAABcDeF0123456789,NAME_SEARCH,aB1c'],
    ['salesPerson', 'https://www.linkedin.com/sales/people/ACwAAABcDeF0123456789,name'],
    [
      'post',
      'https://www.linkedin.com/posts/jane-roe_robotics-activity-7212345678901234567-Ab1c/?utm_source=share',
    ],
    ['post', 'https://www.linkedin.com/posts/jane-roe_robotics-ugcPost-7212345678901234567-Ab1c'],
    ['post', 'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/'],
    ['post', 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7212345678901234567'],
    [
      'comment',
      'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7212345678901234567%2C7212345678901239999%29',
    ],
    [
      'comment',
      'https://www.linkedin.com/feed/update/urn:li:ugcPost:7212345678901234567?utm_source=x&dashCommentUrn=urn%3Ali%3Afsd_comment%3A%287212345678901239999%2Curn%3Ali%3AugcPost%3A7212345678901234567%29&x=1',
    ],
    ['job', 'https://www.linkedin.com/jobs/view/3812345678/'],
    ['job', 'https://www.linkedin.com/jobs/view/robotics-engineer-at-acme-3812345678?trk=x'],
    ['newsletter', 'https://www.linkedin.com/newsletters/robotics-weekly-7012345678901234567/'],
    ['peopleSearch', 'https://www.linkedin.com/search/results/people/?keywords=cto&origin=FACETED_SEARCH'],
    ['companySearch', 'https://www.linkedin.com/search/results/companies/?keywords=acme'],
    ['contentSearch', 'https://www.linkedin.com/search/results/content/?keywords=ros'],
    ['jobSearch', 'https://www.linkedin.com/jobs/search/?keywords=rust&location=Berlin'],
    ['jobSearch', 'https://www.linkedin.com/jobs/search-results/?keywords=rust'],
    ['salesPeopleSearch', 'https://www.linkedin.com/sales/search/people?savedSearchId=1'],
    ['salesCompanySearch', 'https://www.linkedin.com/sales/search/company?query=(x)'],
  ];
  it.each(ok)('%s accepts %s', (kind, url) => {
    expect(linkedInUrlProblem(url, [kind])).toBeNull();
  });

  it.each<[UrlKind, string, string]>([
    ['companyNumeric', 'https://www.linkedin.com/company/acme', 'a /company/<name> URL is not hashed'],
    ['company', 'https://www.linkedin.com/company/..', 'must be a LinkedIn company URL'],
    ['company', 'https://www.linkedin.com/company/', 'must be a LinkedIn company URL'],
    ['post', 'https://www.linkedin.com/posts/jane-roe_no-id', 'must be a LinkedIn post URL'],
    ['post', 'https://www.linkedin.com/feed/update/urn:li:member:123456/', 'must be a LinkedIn post URL'],
    [
      'comment',
      'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/',
      'must be a LinkedIn comment URL',
    ],
    [
      'comment',
      'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/?commentUrn=x',
      'must be a LinkedIn comment URL',
    ],
    ['job', 'https://www.linkedin.com/jobs/view/abc/', 'must be a LinkedIn job URL'],
    ['job', 'https://www.linkedin.com/jobs/search/?currentJobId=3812345678', 'not a jobs search URL'],
    [
      'peopleSearch',
      'https://www.linkedin.com/search/results/companies/?keywords=x',
      'not a company search URL',
    ],
    ['salesCompany', 'https://evil.io/sales/company/123', 'must be on linkedin.com, not on "evil.io"'],
  ])('%s rejects %s', (kind, url, fragment) => {
    expect(linkedInUrlProblem(url, [kind])).toContain(fragment);
  });

  it('classifies the most specific kind', () => {
    expect(
      classifyLinkedInUrl(
        'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A1%2C2%29',
      ),
    ).toBe('comment');
    expect(classifyLinkedInUrl('https://www.linkedin.com/company/12345')).toBe('company');
    expect(classifyLinkedInUrl('https://www.linkedin.com/feed/')).toBeUndefined();
    expect(classifyLinkedInUrl('https://evil.io/in/person1')).toBeUndefined();
  });
});

describe('patterns', () => {
  it('the exported pattern decides exactly like the validator (same regex source)', () => {
    for (const kind of URL_KINDS) {
      const re = new RegExp(urlKindsPattern([kind]), 'u');
      for (const url of [
        'https://www.linkedin.com/in/person1',
        'https://www.linkedin.com/company/acme',
        'https://linkedin.com.evil.io/in/person1',
        'https://www.linkedin.com/jobs/view/3812345678',
      ]) {
        expect(re.test(url)).toBe(matchesUrlKinds(url, [kind]));
      }
    }
  });

  it('stays fast on hostile near-miss input (no catastrophic backtracking)', () => {
    const nearMiss = `https://www.linkedin.com/posts/${'-activity-1'.repeat(180)}`;
    const jobMiss = `https://www.linkedin.com/jobs/view/${'1-'.repeat(1000)}x`;
    // Correctness only; the speed of this path is measured in bench/validate.bench.ts.
    expect(matchesUrlKinds(nearMiss, ['post'])).toBe(false);
    expect(matchesUrlKinds(jobMiss, ['job'])).toBe(false);
  });
});

describe('vanityFromPersonUrl / normalizePersonUrl', () => {
  it.each<[string, string]>([
    ['https://www.linkedin.com/in/person1', 'person1'],
    ['https://uk.linkedin.com/in/person1/?originalSubdomain=uk', 'person1'],
    ['https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250/', 'szymon-nędza-31a654250'],
    ['https://www.linkedin.com/in/szymon-nędza-31a654250', 'szymon-nędza-31a654250'],
    ['https://www.linkedin.com/in/ACoAAABcDeF0123456789_ghIJkl', 'ACoAAABcDeF0123456789_ghIJkl'],
    ['/in/person1/', 'person1'],
    ['/in/person1?miniProfileUrn=x', 'person1'],
  ])('%s → %s', (url, vanity) => {
    expect(vanityFromPersonUrl(url)).toBe(vanity);
    expect(normalizePersonUrl(url)).toBe(`https://www.linkedin.com/in/${vanity}`);
  });

  it.each([
    'https://evil.io/in/person1',
    'https://www.linkedin.com/company/acme',
    'https://www.linkedin.com/in/szymon-n%C4dza',
    '/in/person1/details/',
    'person1',
  ])('throws on %s', (url) => {
    expect(() => vanityFromPersonUrl(url)).toThrow('not a LinkedIn profile URL');
  });

  it('normalises other kinds to https://www.linkedin.com without trailing slash', () => {
    expect(normalizeLinkedInUrl('http://de.linkedin.com/company/acme/?trk=x')).toBe(
      'https://www.linkedin.com/company/acme',
    );
    expect(normalizeLinkedInUrl('https://www.linkedin.com/jobs/view/3812345678/')).toBe(
      'https://www.linkedin.com/jobs/view/3812345678',
    );
    expect(normalizeLinkedInUrl('https://linkedin.com/search/results/people/?keywords=cto#x')).toBe(
      'https://www.linkedin.com/search/results/people?keywords=cto',
    );
    expect(normalizeLinkedInUrl('https://www.linkedin.com/in/person1/')).toBe(
      'https://www.linkedin.com/in/person1',
    );
  });

  it('extracts comparable post ids', () => {
    expect(postIdOf('urn:li:activity:7212345678901234567')).toEqual({
      type: 'activity',
      id: '7212345678901234567',
    });
    expect(postIdOf('https://www.linkedin.com/posts/jane_x-activity-7212345678901234567-Ab1c')).toEqual({
      type: 'activity',
      id: '7212345678901234567',
    });
    expect(postIdOf('https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7212345678901234567')).toEqual(
      {
        type: 'ugcPost',
        id: '7212345678901234567',
      },
    );
  });
});
