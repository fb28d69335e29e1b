// Standard actions about the account itself (profile viewers, SSI, analytics).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, isoDateSchema } from '../param-schemas.ts';

export const ST_ACCOUNT = {
  'st.retrieveProfileViewers': defineAction({
    actionType: 'st.retrieveProfileViewers',
    summary: "List people who recently viewed the account's profile.",
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 300 }), since: isoDateSchema.optional() }),
    rules: [],
    notes: ['Root start UNCONFIRMED (single root action).'],
  }),
  'st.retrieveSSI': defineAction({
    actionType: 'st.retrieveSSI',
    summary: "Read the account's Social Selling Index.",
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({}),
    rules: [],
  }),
  'st.retrievePerformance': defineAction({
    actionType: 'st.retrievePerformance',
    summary: "Read the account's dashboard analytics.",
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({}),
    rules: [],
    notes: ['Root start "allowed" inferred (no parameters).'],
  }),
};
