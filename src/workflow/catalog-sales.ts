// Sales Navigator (`nv.*`) actions, field for field from spec/linkedapi-actions.md §10.
// Where the catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction, type TargetSpec } from './action-spec.ts';
import { COMPANY_SIZES } from './catalog-standard.ts';
import {
  boolWithDefault,
  count,
  enumList,
  linkedInUrl,
  nameList,
  shortText,
  text,
  threadIdSchema,
} from './param-schemas.ts';

const PERSON: TargetSpec = { param: 'personUrl', subject: 'person' };
const THREAD: TargetSpec = { param: 'threadId', subject: 'conversation' };

const YEARS_OF_EXPERIENCE = ['lessThanOne', 'oneToTwo', 'threeToFive', 'sixToTen', 'moreThanTen'] as const;
const REVENUE_MIN = ['0', '0.5', '1', '2.5', '5', '10', '20', '50', '100', '500', '1000'] as const;
const REVENUE_MAX = ['0.5', '1', '2.5', '5', '10', '20', '50', '100', '500', '1000', '1000+'] as const;

const basicInfo = boolWithDefault(false);

export const SALES_ACTIONS = {
  'nv.sendMessage': defineAction({
    actionType: 'nv.sendMessage',
    summary: 'Send a Sales Navigator message (with subject), or reply into a thread by threadId.',
    rootStart: 'withTarget',
    targets: [PERSON, THREAD],
    parents: ['nv.openPersonPage'],
    children: [],
    consumes: ['salesPerson'],
    shape: 'single',
    params: z.strictObject({
      personUrl: linkedInUrl('person').optional(),
      threadId: threadIdSchema.optional(),
      text: text(1900, { nonBlank: true }),
      subject: text(80, { nonBlank: true }).optional(),
    }),
    rules: [{ kind: 'requiredUnless', param: 'subject', unless: 'threadId' }],
    notes: [
      'CONFLICT on subject (docs: required; MCP: optional): required when starting a conversation, optional when replying by threadId.',
    ],
  }),
  'nv.syncConversation': defineAction({
    actionType: 'nv.syncConversation',
    summary: 'Register a Sales Navigator conversation for syncing.',
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.openPersonPage', 'nv.openPersonPage'],
    children: [],
    consumes: ['person', 'salesPerson'],
    shape: 'single',
    params: z.strictObject({
      personUrl: linkedInUrl('person').optional(),
      days: count({ default: 30, max: 90 }),
    }),
    rules: [],
  }),
  'nv.syncInbox': defineAction({
    actionType: 'nv.syncInbox',
    summary: 'Enable whole-inbox monitoring of Sales Navigator messages.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({}),
    rules: [],
    notes: ['Root start UNCONFIRMED (no parameters).'],
  }),
  'nv.manageConversation': defineAction({
    actionType: 'nv.manageConversation',
    summary: 'Archive or unarchive a Sales Navigator thread.',
    rootStart: 'withTarget',
    targets: [THREAD],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      threadId: threadIdSchema.optional(),
      operation: z.enum(['archive', 'unarchive']),
    }),
    rules: [],
    notes: ['Root start with threadId inferred.'],
  }),
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
  'nv.openPersonPage': defineAction({
    actionType: 'nv.openPersonPage',
    summary: "Open a person's Sales Navigator profile and run SN person child actions.",
    rootStart: 'withTarget',
    // A hashed profile URL cannot be told apart from a public one by its shape; any /in/ URL or a
    // Sales Navigator lead URL is accepted.
    targets: [{ param: 'personHashedUrl', subject: 'salesPerson' }],
    parents: ['nv.doForPeople', 'st.openPersonPage'],
    children: ['nv.sendMessage', 'nv.syncConversation', 'st.openPersonPage'],
    consumes: ['salesPerson', 'person'],
    produces: 'salesPerson',
    shape: 'single',
    params: z.strictObject({
      personHashedUrl: linkedInUrl('person', 'salesPerson').optional(),
      basicInfo,
    }),
    rules: [],
  }),
  'nv.doForPeople': defineAction({
    actionType: 'nv.doForPeople',
    summary: 'Iterator: runs its children once per SN person of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: ['nv.searchPeople', 'nv.retrieveCompanyEmployees', 'nv.retrieveCompanyDMs'],
    children: ['nv.openPersonPage'],
    consumes: ['salesPerson'],
    produces: 'salesPerson',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
    notes: ['Parent nv.retrieveCompanyDMs UNCONFIRMED: allowed.'],
  }),
  'nv.doForCompanies': defineAction({
    actionType: 'nv.doForCompanies',
    summary: 'Iterator: runs its children once per SN company of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: ['nv.searchCompanies'],
    children: ['nv.openCompanyPage'],
    consumes: ['salesCompany'],
    produces: 'salesCompany',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
    notes: ['Parent nv.searchCompanies UNCONFIRMED: allowed.'],
  }),
};
