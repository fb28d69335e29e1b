// Standard company page actions.
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, isoDateSchema, nameList, shortText } from '../param-schemas.ts';
import { basicInfo, COMPANY, companyUrl } from './shared-schemas.ts';

const employeesFilter = z.strictObject({
  firstName: shortText().optional(),
  lastName: shortText().optional(),
  position: shortText().optional(),
  locations: nameList().optional(),
  industries: nameList().optional(),
  schools: nameList().optional(),
});

export const ST_COMPANIES = {
  'st.openCompanyPage': defineAction({
    actionType: 'st.openCompanyPage',
    summary: 'Open a company page and run company-scoped child actions.',
    rootStart: 'withTarget',
    targets: [COMPANY],
    parents: ['st.doForCompanies', 'nv.openCompanyPage'],
    children: [
      'st.retrieveCompanyEmployees',
      'st.retrieveCompanyDMs',
      'st.retrieveCompanyPosts',
      'nv.openCompanyPage',
    ],
    consumes: ['company', 'salesCompany'],
    produces: 'company',
    shape: 'single',
    params: z.strictObject({ companyUrl: companyUrl.optional(), basicInfo }),
    rules: [],
    notes: [
      'nv.openCompanyPage as parent and child derived from nv.openCompanyPage (docs page not captured).',
    ],
  }),
  'st.retrieveCompanyEmployees': defineAction({
    actionType: 'st.retrieveCompanyEmployees',
    summary: 'List employees of the company opened by the parent.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openCompanyPage'],
    children: ['st.doForPeople'],
    consumes: ['company'],
    produces: 'person',
    shape: 'list',
    params: z.strictObject({
      limit: count({ default: 500, max: 500 }),
      filter: employeesFilter.optional(),
    }),
    rules: [],
  }),
  'st.retrieveCompanyDMs': defineAction({
    actionType: 'st.retrieveCompanyDMs',
    summary: "List the company's decision makers.",
    rootStart: 'never',
    targets: [],
    parents: ['st.openCompanyPage'],
    children: ['st.doForPeople'],
    consumes: ['company'],
    produces: 'person',
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 20 }) }),
    rules: [],
  }),
  'st.retrieveCompanyPosts': defineAction({
    actionType: 'st.retrieveCompanyPosts',
    summary: 'List recent posts of the company opened by the parent.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openCompanyPage'],
    children: ['st.doForPosts'],
    consumes: ['company'],
    produces: 'post',
    shape: 'list',
    params: z.strictObject({
      limit: count({ default: 20, max: 20 }),
      since: isoDateSchema.optional(),
    }),
    rules: [],
    notes: [
      'Children UNCONFIRMED ("possibly st.doForPosts"): st.doForPosts allowed, as for every post list.',
    ],
  }),
};
