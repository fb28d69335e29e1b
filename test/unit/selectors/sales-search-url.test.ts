// Sales Navigator search addresses (selectors/url/sales-search-url.ts) and the row parsers
// (selectors/salesnav/cards.ts): what the nv.* actions send and read, checked against the replay's own
// reading of Sales Navigator's `query=(…)` (fixtures/replay/sales-query.ts).
import { describe, expect, it } from 'vitest';
import {
  restliEscape,
  salesCompanyIdOf,
  salesCompanySearchPath,
  salesPeopleSearchPath,
  salesSearchPathOf,
} from '../../../selectors/url/sales-search-url.ts';
import { countOf, parseAccountRow, parseLeadRow, salesRowKey } from '../../../selectors/salesnav/cards.ts';
import { parseSalesQuery } from '../../../fixtures/replay/sales-query.ts';

const queryOf = (path: string) => new URL(path, 'https://www.linkedin.com').searchParams.get('query');

describe('Sales Navigator search addresses', () => {
  it('writes keywords and every people filter in Rest.li notation', () => {
    const path = salesPeopleSearchPath({
      keywords: 'Head of Growth',
      firstName: 'Tomas',
      lastName: 'Lindqvist',
      titles: ['Head of Growth'],
      locations: ['Stockholm, Sweden'],
      industries: ['Software Development'],
      currentCompanies: ['Fabrikam (Nordics)'],
      previousCompanies: ['Contoso'],
      schools: ['KTH'],
      yearsOfExperience: ['sixToTen', 'moreThanTen'],
      currentCompanyIds: ['91000103'],
    });
    expect(path.startsWith('/sales/search/people?query=')).toBe(true);
    expect(queryOf(path)).toBe(
      '(spellCorrectionEnabled:true,keywords:Head%20of%20Growth,filters:List(' +
        '(type:FIRST_NAME,values:List((text:Tomas,selectionType:INCLUDED))),' +
        '(type:LAST_NAME,values:List((text:Lindqvist,selectionType:INCLUDED))),' +
        '(type:CURRENT_TITLE,values:List((text:Head%20of%20Growth,selectionType:INCLUDED))),' +
        '(type:REGION,values:List((text:Stockholm%2C%20Sweden,selectionType:INCLUDED))),' +
        '(type:INDUSTRY,values:List((text:Software%20Development,selectionType:INCLUDED))),' +
        '(type:CURRENT_COMPANY,values:List((text:Fabrikam%20%28Nordics%29,selectionType:INCLUDED))),' +
        '(type:CURRENT_COMPANY,values:List((id:urn%3Ali%3Aorganization%3A91000103,selectionType:INCLUDED))),' +
        '(type:PAST_COMPANY,values:List((text:Contoso,selectionType:INCLUDED))),' +
        '(type:SCHOOL,values:List((text:KTH,selectionType:INCLUDED))),' +
        '(type:YEARS_OF_EXPERIENCE,values:List((id:4,selectionType:INCLUDED),(id:5,selectionType:INCLUDED)))))',
    );
    // Sales Navigator's reading (the replay's parser) gets every value back, commas and parentheses included.
    const q = parseSalesQuery(queryOf(path));
    expect(q.keywords).toBe('Head of Growth');
    expect(q.filters.find((f) => f.type === 'REGION')?.values).toEqual([{ text: 'Stockholm, Sweden' }]);
    expect(q.filters.filter((f) => f.type === 'CURRENT_COMPANY').flatMap((f) => f.values)).toEqual([
      { text: 'Fabrikam (Nordics)' },
      { id: 'urn:li:organization:91000103' },
    ]);
  });

  it('writes company sizes as headcount ids and annual revenue as a USD range (1000+ is open-ended)', () => {
    const path = salesCompanySearchPath({
      sizes: ['11-50', '10001+'],
      annualRevenue: { min: '0.5', max: '1000+' },
    });
    expect(queryOf(path)).toBe(
      '(spellCorrectionEnabled:true,filters:List((type:COMPANY_HEADCOUNT,values:List((id:C,selectionType:INCLUDED),(id:I,selectionType:INCLUDED))),' +
        '(type:ANNUAL_REVENUE,rangeValue:(min:0.5),selectedSubFilter:USD)))',
    );
    expect(parseSalesQuery(queryOf(path)).filters[1]).toEqual({
      type: 'ANNUAL_REVENUE',
      values: [],
      range: { min: 0.5 },
    });
    expect(queryOf(salesCompanySearchPath({}))).toBe('(spellCorrectionEnabled:true)');
  });

  it('escapes what Rest.li reserves and reads company ids and custom search URLs', () => {
    expect(restliEscape("a,b:(c)'!*")).toBe('a%2Cb%3A%28c%29%27%21%2A');
    expect(salesCompanyIdOf('https://www.linkedin.com/company/1035/')).toBe('1035');
    expect(salesCompanyIdOf('https://www.linkedin.com/sales/company/1035')).toBe('1035');
    expect(salesCompanyIdOf('https://www.linkedin.com/company/contoso')).toBeUndefined();
    expect(
      salesSearchPathOf('https://linkedin.com/sales/search/people?query=(keywords%3Ax)&sessionId=1'),
    ).toBe('/sales/search/people?query=(keywords%3Ax)&sessionId=1');
  });
});

describe('Sales Navigator rows', () => {
  it('parses a lead row from its data-anonymize fields and links', () => {
    const raw = {
      kind: 'LEAD',
      fields: {
        'person-name': 'Dana Whitfield',
        title: 'Senior Recruiter',
        'company-name': 'Contoso Talent',
        location: 'Denver',
      },
      leadHref: '/sales/lead/ACwAAFxyz,NAME_SEARCH,ab1C?_ntb=ember1',
      companyHref: 'http://127.0.0.1:9/sales/company/91000101',
      peopleSearchHref: null,
    };
    expect(parseLeadRow(raw)).toEqual({
      name: 'Dana Whitfield',
      leadUrl: 'https://www.linkedin.com/sales/lead/ACwAAFxyz,NAME_SEARCH,ab1C',
      hashedUrl: 'https://www.linkedin.com/in/ACwAAFxyz',
      position: 'Senior Recruiter',
      companyName: 'Contoso Talent',
      companyHashedUrl: 'https://www.linkedin.com/company/91000101',
      location: 'Denver',
    });
    expect(salesRowKey(raw)).toBe('/sales/lead/ACwAAFxyz,NAME_SEARCH,ab1C');
  });

  it('parses an account row; counts read digits only', () => {
    expect(
      parseAccountRow({
        kind: 'ACCOUNT',
        fields: {
          'company-name': 'Fabrikam',
          industry: 'Software Development',
          'company-size': '2,300 employees',
        },
        leadHref: null,
        companyHref: '/sales/company/91000103?_ntb=x',
        peopleSearchHref: null,
      }),
    ).toEqual({
      name: 'Fabrikam',
      hashedUrl: 'https://www.linkedin.com/company/91000103',
      companyId: '91000103',
      industry: 'Software Development',
      employeesCount: 2300,
      location: null,
    });
    expect(countOf('2.300 Mitarbeiter')).toBe(2300);
    expect(countOf('employees')).toBeNull();
  });
});
