// Sales Navigator company actions.
// Field for field from ../shared/spec/linkedapi-actions.md §10 (one section per action); where the
// catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, enumList, linkedInUrl, nameList, shortText } from '../param-schemas.ts';
import { basicInfo, YEARS_OF_EXPERIENCE } from './shared-schemas.ts';

export const NV_COMPANIES = {
  'nv.openCompanyPage': defineAction({
    actionType: 'nv.openCompanyPage',
    summary: 'Open a company in Sales Navigator and run SN company child actions.',
    rootStart: 'withTarget',
    targets: [{ param: 'companyHashedUrl', subject: 'salesCompany' }],
    parents: ['st.openCompanyPage', 'nv.doForCompanies'],
    children: ['nv.retrieveCompanyEmployees', 'nv.retrieveCompanyDMs', 'st.openCompanyPage'],
    consumes: ['company', 'salesCompany'],
    produces: 'salesCompany',
    shape: 'single',
    params: z.strictObject({
      companyHashedUrl: linkedInUrl('companyNumeric', 'salesCompany').optional(),
      basicInfo,
    }),
    rules: [],
  }),
  'nv.retrieveCompanyEmployees': defineAction({
    actionType: 'nv.retrieveCompanyEmployees',
    summary: "List the SN company's employees with SN filters.",
    rootStart: 'never',
    targets: [],
    parents: ['nv.openCompanyPage'],
    children: ['nv.doForPeople'],
    consumes: ['salesCompany'],
    produces: 'salesPerson',
    shape: 'list',
    params: z.strictObject({
      // CONFLICT (newest docs 25/2500 vs older docs and MCP 500/500): the newest docs win.
      limit: count({ default: 25, max: 2500 }),
      filter: z
        .strictObject({
          firstName: shortText().optional(),
          lastName: shortText().optional(),
          positions: nameList().optional(),
          locations: nameList().optional(),
          industries: nameList().optional(),
          schools: nameList().optional(),
          yearsOfExperiences: enumList(YEARS_OF_EXPERIENCE).optional(),
        })
        .optional(),
    }),
    rules: [],
  }),
  'nv.retrieveCompanyDMs': defineAction({
    actionType: 'nv.retrieveCompanyDMs',
    summary: "List the SN company's decision makers.",
    rootStart: 'never',
    targets: [],
    parents: ['nv.openCompanyPage'],
    children: ['nv.doForPeople'],
    consumes: ['salesCompany'],
    produces: 'salesPerson',
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 20 }) }),
    rules: [],
    notes: ['Root start "not allowed" inferred; children UNCONFIRMED ("probably nv.doForPeople"): allowed.'],
  }),
};
