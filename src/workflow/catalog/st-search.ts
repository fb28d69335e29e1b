// Standard search actions over people, companies and posts (jobs: st-jobs.ts).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, enumList, linkedInUrl, nameList, shortText, urnSchema } from '../param-schemas.ts';
import { COMPANY_SIZES, peopleFilter } from './shared-schemas.ts';

const companiesFilter = z.strictObject({
  sizes: enumList(COMPANY_SIZES).optional(),
  locations: nameList().optional(),
  industries: nameList().optional(),
});

/** st.searchPosts filter entries: a name, or a name with an identifier picking among namesakes. */
const memberRef = z.union([
  shortText(100),
  z.strictObject({
    name: shortText(100),
    urn: urnSchema.optional(),
    personHashedUrl: linkedInUrl('person', 'salesPerson').optional(),
  }),
]);
const companyRef = z.union([
  shortText(100),
  z.strictObject({
    name: shortText(100),
    urn: urnSchema.optional(),
    companyHashedUrl: linkedInUrl('companyNumeric', 'salesCompany').optional(),
  }),
]);
const refList = <T extends z.ZodType>(item: T) => z.array(item).max(50, { error: 'at most 50 items' });

const postsFilter = z.strictObject({
  sort: z.enum(['topMatch', 'latest']).optional(),
  datePosted: z.enum(['past24Hours', 'pastWeek', 'pastMonth']).optional(),
  contentType: z.enum(['videos', 'images', 'jobPosts', 'liveVideos', 'documents']).optional(),
  postedBy: enumList(['me', 'firstConnections', 'peopleYouFollow']).optional(),
  fromMembers: refList(memberRef).optional(),
  mentioningMembers: refList(memberRef).optional(),
  fromCompanies: refList(companyRef).optional(),
  mentioningCompanies: refList(companyRef).optional(),
  authorCompanies: refList(companyRef).optional(),
  authorIndustries: nameList().optional(),
});

export const ST_SEARCH = {
  'st.searchCompanies': defineAction({
    actionType: 'st.searchCompanies',
    summary: 'Search companies by keyword and filters.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['st.doForCompanies'],
    consumes: [],
    produces: 'company',
    shape: 'list',
    params: z.strictObject({
      term: shortText().optional(),
      // CONFLICT in the catalog (max 10 old docs vs 1000 newest MCP): newest source wins.
      limit: count({ default: 10, max: 1000 }),
      filter: companiesFilter.optional(),
      customSearchUrl: linkedInUrl('companySearch').optional(),
    }),
    rules: [],
  }),
  'st.searchPeople': defineAction({
    actionType: 'st.searchPeople',
    summary: 'Search members by keyword and filters.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['st.doForPeople'],
    consumes: [],
    produces: 'person',
    shape: 'list',
    params: z.strictObject({
      term: shortText().optional(),
      limit: count({ default: 10, max: 1000 }),
      filter: peopleFilter.optional(),
      customSearchUrl: linkedInUrl('peopleSearch').optional(),
    }),
    rules: [],
  }),
  'st.searchPosts': defineAction({
    actionType: 'st.searchPosts',
    summary: 'Search posts by keyword and filters.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['st.doForPosts'],
    consumes: [],
    produces: 'post',
    shape: 'list',
    params: z.strictObject({
      term: shortText(50).optional(),
      limit: count({ default: 10, max: 100 }),
      filter: postsFilter.optional(),
      customSearchUrl: linkedInUrl('contentSearch').optional(),
    }),
    rules: [
      { kind: 'oneOfRequired', params: ['term', 'customSearchUrl'] },
      { kind: 'maxWithChildren', param: 'limit', max: 20 },
    ],
    notes: ['Children UNCONFIRMED ("child actions are allowed"): st.doForPosts.'],
  }),
};
