// Standard `doFor*` iterators: run their children once per item of the parent list.
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';

export const ST_ITERATORS = {
  'st.doForJobs': defineAction({
    actionType: 'st.doForJobs',
    summary: 'Iterator: runs its children once per job of the parent search.',
    rootStart: 'never',
    targets: [],
    parents: ['st.searchJobs'],
    children: ['st.openJob'],
    consumes: ['job'],
    produces: 'job',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
  }),
  'st.doForPeople': defineAction({
    actionType: 'st.doForPeople',
    summary: 'Iterator: runs its children once per person of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: [
      'st.searchPeople',
      'st.retrieveConnections',
      'st.retrieveCompanyEmployees',
      'st.retrieveCompanyDMs',
    ],
    children: ['st.openPersonPage'],
    consumes: ['person'],
    produces: 'person',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
  }),
  'st.doForCompanies': defineAction({
    actionType: 'st.doForCompanies',
    summary: 'Iterator: runs its children once per company of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: ['st.searchCompanies'],
    children: ['st.openCompanyPage'],
    consumes: ['company'],
    produces: 'company',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
  }),
  'st.doForPosts': defineAction({
    actionType: 'st.doForPosts',
    summary: 'Iterator: runs its children once per post of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: ['st.retrievePersonPosts', 'st.retrieveCompanyPosts', 'st.searchPosts', 'st.retrieveFeed'],
    children: ['st.openPost'],
    consumes: ['post'],
    produces: 'post',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
    notes: ['Parents UNCONFIRMED: all four candidates of the catalog (every post list) are allowed.'],
  }),
};
