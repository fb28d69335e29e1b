// The LinkedIn URL identity module: kinds, ids, URNs, lead URLs and the canonical forms. Acceptance
// messages of the validator: test/unit/workflow/url-problem.test.ts.
import { describe, expect, it } from 'vitest';
import {
  classifyLinkedInUrl,
  hasValidPercentEncoding,
  isHashedProfileId,
  isWorkflowLinkedInHost,
  linkedInUrlKey,
  matchesUrlKinds,
  memberIdFromUrn,
  memberUrnOf,
  normalizeLinkedInUrl,
  normalizePersonUrl,
  pageUrl,
  parseSalesLeadUrl,
  postIdOf,
  profileIdFromUrl,
  profileIdFromUrn,
  profilePageUrl,
  profileUrlOf,
  profileUrnOf,
  sameVanity,
  samePageUrl,
  slugFromUrl,
  toLinkedInUrl,
  vanityFromPersonUrl,
  type UrlKind,
} from '../../../selectors/url/linkedin-url.ts';

const HASHED = 'ACoAABcDeF0123456789_ghIJkl-mnOPqrSTuv';
const LEAD = 'ACwAAAbCdEf123456789_xYz-0';

describe('classifyLinkedInUrl: one kind per URL', () => {
  it.each<[string, UrlKind]>([
    ['https://www.linkedin.com/in/person1', 'person'],
    [`https://www.linkedin.com/in/${HASHED}/`, 'person'],
    [`https://www.linkedin.com/sales/lead/${LEAD},NAME_SEARCH,aBc1`, 'salesPerson'],
    [`https://www.linkedin.com/sales/people/${LEAD},NAME_SEARCH`, 'salesPerson'],
    ['https://www.linkedin.com/company/acme/', 'company'],
    // A numeric company URL is a company URL; `companyNumeric` is only ever asked for explicitly.
    ['https://www.linkedin.com/company/1234567', 'company'],
    ['https://www.linkedin.com/sales/company/1234567', 'salesCompany'],
    ['https://www.linkedin.com/posts/jane_x-activity-7212345678901234567-Ab1c', 'post'],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/', 'post'],
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A7212345678901234567%2C7212345678901234568)',
      'comment',
    ],
    ['https://www.linkedin.com/jobs/view/3812345678/', 'job'],
    ['https://www.linkedin.com/newsletters/weekly-notes-7012345678901234567/', 'newsletter'],
    ['https://www.linkedin.com/search/results/people/?keywords=cto', 'peopleSearch'],
    ['https://www.linkedin.com/search/results/companies/?keywords=acme', 'companySearch'],
    ['https://www.linkedin.com/jobs/search/?keywords=cto', 'jobSearch'],
    ['https://www.linkedin.com/search/results/content/?keywords=ai', 'contentSearch'],
    ['https://www.linkedin.com/sales/search/people?query=x', 'salesPeopleSearch'],
    ['https://www.linkedin.com/sales/search/company?query=x', 'salesCompanySearch'],
  ])('%s is %s', (url, kind) => {
    expect(classifyLinkedInUrl(url)).toBe(kind);
  });

  it('asks for numeric company URLs explicitly', () => {
    expect(matchesUrlKinds('https://www.linkedin.com/company/1234567', ['companyNumeric'])).toBe(true);
    expect(matchesUrlKinds('https://www.linkedin.com/company/acme', ['companyNumeric'])).toBe(false);
  });

  it.each([
    'https://fr.linkedin.com/in/person1',
    'https://linkedin.com/in/person1',
    'http://www.linkedin.com/in/person1',
    'https://www.linkedin.com/in/szymon-n%C4%99dza-31a654250',
    'https://www.linkedin.com/in/szymon-nędza-31a654250',
  ])('accepts the host and spelling of %s', (url) => {
    expect(classifyLinkedInUrl(url)).toBe('person');
  });

  it.each([
    'https://www.linkedin.com./in/person1',
    'https://linkedin.com./in/person1',
    'https://mobile.linkedin.com/in/person1',
    'https://www.linkedin.com.evil.io/in/person1',
    'https://WWW.LINKEDIN.COM/in/person1',
    'https://www.linkedin.com/in/a%2Fb',
    'https://www.linkedin.com/feed/',
    `https://www.linkedin.com/in/${'x'.repeat(2100)}`,
  ])('refuses %s', (url) => {
    expect(classifyLinkedInUrl(url)).toBeUndefined();
  });

  it('knows the hosts a workflow may name', () => {
    expect(isWorkflowLinkedInHost('fr.linkedin.com')).toBe(true);
    expect(isWorkflowLinkedInHost('linkedin.com')).toBe(true);
    expect(isWorkflowLinkedInHost('www.linkedin.com.')).toBe(false);
    expect(isWorkflowLinkedInHost('mobile.linkedin.com')).toBe(false);
  });

  it('tells broken percent-encoding apart', () => {
    expect(hasValidPercentEncoding('https://www.linkedin.com/in/n%C4%99dza')).toBe(true);
    expect(hasValidPercentEncoding('https://www.linkedin.com/in/n%C4dza')).toBe(false);
  });
});

describe('profile ids', () => {
  it('reads the id of a workflow person URL strictly, decoded, case kept', () => {
    expect(vanityFromPersonUrl('https://fr.linkedin.com/in/szymon-n%C4%99dza-31a654250/')).toBe(
      'szymon-nędza-31a654250',
    );
    expect(vanityFromPersonUrl(`https://linkedin.com/in/${HASHED}`)).toBe(HASHED);
    expect(vanityFromPersonUrl('/in/Person1/')).toBe('Person1');
    expect(() => vanityFromPersonUrl('/in/person1/details/')).toThrow('not a LinkedIn profile URL');
    expect(() => vanityFromPersonUrl('https://www.linkedin.com./in/person1')).toThrow();
  });

  it('reads the id of any link leniently: other origins, relative, deeper paths, broken encoding', () => {
    expect(profileIdFromUrl('http://127.0.0.1:4321/in/person1/overlay/contact-info/')).toBe('person1');
    expect(profileIdFromUrl('/in/szymon-n%C4%99dza/')).toBe('szymon-nędza');
    expect(profileIdFromUrl('/in/n%C4dza/')).toBe('n%C4dza');
    expect(profileIdFromUrl('/in/me/')).toBe('me');
    expect(profileIdFromUrl('/company/acme/')).toBeUndefined();
    expect(profileIdFromUrl('http://[::1')).toBeUndefined();
  });

  it('tells hashed member ids from vanity names', () => {
    expect(isHashedProfileId(HASHED)).toBe(true);
    expect(isHashedProfileId('ACoAAshort')).toBe(false);
    expect(isHashedProfileId('person1')).toBe(false);
  });

  it('compares vanity names decoded and case-insensitively', () => {
    expect(sameVanity('Szymon-N%C4%99dza/', 'szymon-nędza')).toBe(true);
    expect(sameVanity('person1', 'person2')).toBe(false);
    expect(sameVanity('', '')).toBe(false);
    expect(sameVanity(null, 'person1')).toBe(false);
  });

  it('reads company and newsletter names, lower-cased', () => {
    expect(slugFromUrl('https://www.linkedin.com/company/Caf%C3%A9-Ltd/?trk=x', 'company')).toBe('café-ltd');
    expect(slugFromUrl('/newsletters/Weekly-Notes/', 'newsletters')).toBe('weekly-notes');
    expect(slugFromUrl('https://www.linkedin.com/sales/company/1234', 'company')).toBeNull();
    expect(slugFromUrl('/in/person1/', 'company')).toBeNull();
  });
});

describe('URNs', () => {
  it('maps hashed profile ids and URNs both ways, also percent-encoded', () => {
    expect(profileUrnOf(HASHED)).toBe(`urn:li:fsd_profile:${HASHED}`);
    expect(profileIdFromUrn(`urn:li:fsd_profile:${HASHED}`)).toBe(HASHED);
    expect(profileIdFromUrn(`urn%3Ali%3Afsd_profile%3A${HASHED}`)).toBe(HASHED);
    expect(profileIdFromUrn('urn:li:member:123')).toBeUndefined();
  });

  it('maps member ids and URNs both ways', () => {
    expect(memberUrnOf(123456789)).toBe('urn:li:member:123456789');
    expect(memberIdFromUrn('urn:li:member:123456789')).toBe('123456789');
    expect(memberIdFromUrn('urn%3Ali%3Amember%3A42')).toBe('42');
    expect(memberIdFromUrn('urn:li:member:abc')).toBeUndefined();
  });

  it('reads comparable post ids from URLs and URNs', () => {
    expect(postIdOf('urn:li:ugcPost:7212345678901234567')).toEqual({
      type: 'ugcPost',
      id: '7212345678901234567',
    });
    expect(
      postIdOf('https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7212345678901234567'),
    ).toEqual({
      type: 'activity',
      id: '7212345678901234567',
    });
    expect(postIdOf('https://www.linkedin.com/in/person1')).toBeUndefined();
  });
});

describe('Sales Navigator lead URLs', () => {
  it('splits id, auth type and token, and drops query, fragment and trailing slash', () => {
    expect(
      parseSalesLeadUrl(`https://fr.linkedin.com/sales/lead/${LEAD},NAME_SEARCH,aBc1/?_ntb=x#y`),
    ).toEqual({
      leadId: LEAD,
      authType: 'NAME_SEARCH',
      authToken: 'aBc1',
      url: `https://www.linkedin.com/sales/lead/${LEAD},NAME_SEARCH,aBc1`,
    });
  });

  it('accepts a bare id and the older /sales/people/ path', () => {
    expect(parseSalesLeadUrl(`https://www.linkedin.com/sales/people/${LEAD}`)).toEqual({
      leadId: LEAD,
      authType: null,
      authToken: null,
      url: `https://www.linkedin.com/sales/people/${LEAD}`,
    });
  });

  it.each([
    `https://www.linkedin.com/in/${LEAD}`,
    `https://www.linkedin.com./sales/lead/${LEAD},NAME_SEARCH,x`,
    `https://evil.io/sales/lead/${LEAD},NAME_SEARCH,x`,
    'https://www.linkedin.com/sales/company/1234',
    `https://www.linkedin.com/sales/lead/${LEAD},a,b,c`,
  ])('refuses %s', (url) => {
    expect(parseSalesLeadUrl(url)).toBeUndefined();
  });
});

describe('canonical forms', () => {
  it('subject form: www host, no slash, id decoded and case kept; query only where it is identity', () => {
    expect(normalizePersonUrl('https://fr.linkedin.com/in/Szymon-N%C4%99dza/?originalSubdomain=fr')).toBe(
      'https://www.linkedin.com/in/Szymon-Nędza',
    );
    expect(normalizeLinkedInUrl('https://linkedin.com/company/Caf%C3%A9/')).toBe(
      'https://www.linkedin.com/company/Caf%C3%A9',
    );
    expect(normalizeLinkedInUrl('https://www.linkedin.com/search/results/people/?keywords=cto#x')).toBe(
      'https://www.linkedin.com/search/results/people?keywords=cto',
    );
    expect(() => normalizeLinkedInUrl('https://www.linkedin.com./company/acme')).toThrow();
  });

  it('key form: any linkedin.com host, decoded NFC segments, vanity lower-cased, hashed ids kept', () => {
    expect(linkedInUrlKey(' https://fr.linkedin.com/in/Szymon-N%C4%99dza/?x=1#y ')).toBe(
      'https://www.linkedin.com/in/szymon-nędza',
    );
    expect(linkedInUrlKey('https://mobile.linkedin.com/in/PERSON1')).toBe(
      'https://www.linkedin.com/in/person1',
    );
    // NFD é (e + combining acute) and NFC é give one key.
    expect(linkedInUrlKey('https://www.linkedin.com/in/e\u0301clair')).toBe(
      linkedInUrlKey('https://www.linkedin.com/in/%C3%A9clair'),
    );
    expect(linkedInUrlKey(`https://www.linkedin.com/in/${HASHED}/`)).toBe(
      `https://www.linkedin.com/in/${HASHED}`,
    );
    expect(linkedInUrlKey('https://www.linkedin.com/company/ACwAAAbc123XYZ')).toBe(
      'https://www.linkedin.com/company/ACwAAAbc123XYZ',
    );
    expect(linkedInUrlKey('https://www.linkedin.com/company/Acme//')).toBe(
      'https://www.linkedin.com/company/acme',
    );
    expect(linkedInUrlKey('https://www.linkedin.com/jobs/view/ABC/')).toBe(
      'https://www.linkedin.com/jobs/view/ABC',
    );
    // Frozen edge cases: a trailing-dot host is not rewritten, broken encoding is kept, non-URLs trimmed.
    expect(linkedInUrlKey('https://www.linkedin.com./in/Person1')).toBe(
      'https://www.linkedin.com./in/person1',
    );
    expect(linkedInUrlKey('https://www.linkedin.com/in/N%C4dza')).toBe('https://www.linkedin.com/in/n%c4dza');
    expect(linkedInUrlKey('  not a url ')).toBe('not a url');
  });

  it('page form: links on any origin reported on linkedin.com, path as encoded', () => {
    expect(toLinkedInUrl('/in/szymon-nędza/?trk=x', 'http://127.0.0.1:4321/')).toBe(
      'https://www.linkedin.com/in/szymon-n%C4%99dza',
    );
    expect(toLinkedInUrl('http://127.0.0.1:4321/company/acme/#top', 'http://127.0.0.1:4321')).toBe(
      'https://www.linkedin.com/company/acme',
    );
    expect(toLinkedInUrl('https://fr.linkedin.com/in/x/')).toBe('https://www.linkedin.com/in/x');
    expect(toLinkedInUrl('http://[::1', 'http://127.0.0.1:4321')).toBe('http://[::1');
  });

  it('profile form of the drivers: id encoded (normalizePersonUrl keeps it decoded)', () => {
    expect(profileUrlOf('szymon-nędza')).toBe('https://www.linkedin.com/in/szymon-n%C4%99dza');
    expect(normalizePersonUrl('https://www.linkedin.com/in/szymon-nędza')).toBe(
      'https://www.linkedin.com/in/szymon-nędza',
    );
  });
});

describe('addresses on an origin', () => {
  it('builds page and profile addresses on linkedin.com or a fixture server', () => {
    expect(pageUrl('http://127.0.0.1:4321/', 'mynetwork/')).toBe('http://127.0.0.1:4321/mynetwork/');
    expect(profilePageUrl('http://127.0.0.1:4321', 'https://fr.linkedin.com/in/szymon-nędza')).toBe(
      'http://127.0.0.1:4321/in/szymon-n%C4%99dza/',
    );
    expect(() => profilePageUrl('http://127.0.0.1:4321', 'https://www.linkedin.com/company/acme')).toThrow();
  });

  it('tells whether two addresses are the same page', () => {
    expect(samePageUrl('http://127.0.0.1:4321/in/Person1/?x=1', 'http://127.0.0.1:4321/in/person1')).toBe(
      true,
    );
    expect(samePageUrl('http://127.0.0.1:4321/in/person1', 'https://www.linkedin.com/in/person1')).toBe(
      false,
    );
    expect(samePageUrl('not a url', 'not a url')).toBe(false);
  });
});
