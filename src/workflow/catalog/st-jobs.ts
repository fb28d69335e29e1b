// Standard job actions (search and open a posting).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { boolWithDefault, count, enumList, linkedInUrl, nameList, shortText } from '../param-schemas.ts';
import { basicInfo, JOB } from './shared-schemas.ts';

const DATE_POSTED = ['anyTime', 'past24Hours', 'pastWeek', 'pastMonth'] as const;

const jobsFilter = z.strictObject({
  /** Deprecated in favour of the top-level `location`; still accepted. */
  location: shortText().optional(),
  datePosted: z.enum(DATE_POSTED).optional(),
  experienceLevels: enumList([
    'internship',
    'entryLevel',
    'associate',
    'midSeniorLevel',
    'director',
    'executive',
  ]).optional(),
  employmentTypes: enumList([
    'fullTime',
    'partTime',
    'contract',
    'temporary',
    'volunteer',
    'internship',
    'other',
  ]).optional(),
  workplaceTypes: enumList(['onSite', 'remote', 'hybrid']).optional(),
  companies: nameList().optional(),
  industries: nameList().optional(),
  jobFunctions: nameList().optional(),
  easyApply: z.boolean().optional(),
  hasVerifications: z.boolean().optional(),
  under10Applicants: z.boolean().optional(),
  inYourNetwork: z.boolean().optional(),
  fairChanceEmployer: z.boolean().optional(),
});

const jobsPreferences = z.strictObject({
  datePosted: z.enum(DATE_POSTED).optional(),
  experienceLevels: enumList(['entryLevel', 'senior', 'manager', 'director', 'executive']).optional(),
  employmentTypes: enumList(['fullTime', 'partTime', 'contract', 'internship', 'volunteer']).optional(),
  companies: nameList().optional(),
  remote: z.boolean().optional(),
  easyApply: z.boolean().optional(),
  under10Applicants: z.boolean().optional(),
  inYourNetwork: z.boolean().optional(),
  keywords: nameList().optional(),
});

export const ST_JOBS = {
  'st.searchJobs': defineAction({
    actionType: 'st.searchJobs',
    summary: 'Search job postings (classic filter or AI-search preferences, never both).',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['st.doForJobs'],
    consumes: [],
    produces: 'job',
    shape: 'list',
    params: z.strictObject({
      term: shortText().optional(),
      limit: count({ default: 10, max: 1000 }),
      location: shortText().optional(),
      allowSimilarResults: boolWithDefault(true),
      filter: jobsFilter.optional(),
      preferences: jobsPreferences.optional(),
      customSearchUrl: linkedInUrl('jobSearch').optional(),
    }),
    rules: [
      {
        kind: 'exclusive',
        params: ['filter', 'preferences'],
        why: 'filter targets the classic jobs search, preferences the AI-powered one',
      },
    ],
  }),
  'st.openJob': defineAction({
    actionType: 'st.openJob',
    summary: 'Open a job posting and optionally return its details.',
    rootStart: 'withTarget',
    targets: [JOB],
    parents: ['st.doForJobs'],
    children: [],
    consumes: ['job'],
    shape: 'single',
    params: z.strictObject({ jobUrl: linkedInUrl('job').optional(), basicInfo }),
    rules: [],
  }),
};
