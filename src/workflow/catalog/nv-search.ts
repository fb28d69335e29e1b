// Sales Navigator search actions.
// Field for field from ../shared/spec/linkedapi-actions.md §10 (one section per action); where the
// catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, enumList, linkedInUrl, nameList, shortText } from '../param-schemas.ts';
import { COMPANY_SIZES, YEARS_OF_EXPERIENCE } from './shared-schemas.ts';

const REVENUE_MIN = ['0', '0.5', '1', '2.5', '5', '10', '20', '50', '100', '500', '1000'] as const;
const REVENUE_MAX = ['0.5', '1', '2.5', '5', '10', '20', '50', '100', '500', '1000', '1000+'] as const;

export const NV_SEARCH = {
  'nv.searchCompanies': defineAction({
    actionType: 'nv.searchCompanies',
    summary: 'Search companies in Sales Navigator.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['nv.doForCompanies'],
    consumes: [],
    produces: 'salesCompany',
    shape: 'list',
    params: z.strictObject({
      term: shortText().optional(),
      limit: count({ default: 25, max: 1000 }),
      filter: z
        .strictObject({
          sizes: enumList(COMPANY_SIZES).optional(),
          locations: nameList().optional(),
          industries: nameList().optional(),
          annualRevenue: z
            .strictObject({ min: z.enum(REVENUE_MIN).optional(), max: z.enum(REVENUE_MAX).optional() })
            .optional(),
        })
        .optional(),
      customSearchUrl: linkedInUrl('salesCompanySearch').optional(),
    }),
    rules: [],
    notes: ['Children inferred by analogy: nv.doForCompanies.'],
  }),
  'nv.searchPeople': defineAction({
    actionType: 'nv.searchPeople',
    summary: 'Search leads in Sales Navigator.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['nv.doForPeople'],
    consumes: [],
    produces: 'salesPerson',
    shape: 'list',
    params: z.strictObject({
      term: shortText().optional(),
      limit: count({ default: 25, max: 2500 }),
      filter: z
        .strictObject({
          firstName: shortText().optional(),
          lastName: shortText().optional(),
          position: shortText().optional(),
          locations: nameList().optional(),
          industries: nameList().optional(),
          currentCompanies: nameList().optional(),
          previousCompanies: nameList().optional(),
          schools: nameList().optional(),
          // KEY-NAME CONFLICT: docs + SDKs say yearsOfExperience, MCP yearsOfExperiences. Docs win; the
          // other spelling is rejected with a "did you mean" hint.
          yearsOfExperience: enumList(YEARS_OF_EXPERIENCE).optional(),
        })
        .optional(),
      customSearchUrl: linkedInUrl('salesPeopleSearch').optional(),
    }),
    rules: [],
  }),
};
