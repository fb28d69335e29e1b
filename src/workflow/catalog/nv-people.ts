// Sales Navigator person actions.
// Field for field from ../shared/spec/linkedapi-actions.md §10 (one section per action); where the
// catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { linkedInUrl } from '../param-schemas.ts';
import { basicInfo } from './shared-schemas.ts';

export const NV_PEOPLE = {
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
};
