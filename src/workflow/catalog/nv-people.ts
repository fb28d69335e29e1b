// Sales Navigator person actions.
// Field for field from ../shared/spec/linkedapi-actions.md §10 (one section per action); where the
// catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { salesPersonUrl } from '../param-schemas.ts';
import { basicInfo } from './shared-schemas.ts';

export const NV_PEOPLE = {
  'nv.openPersonPage': defineAction({
    actionType: 'nv.openPersonPage',
    summary: "Open a person's Sales Navigator profile and run SN person child actions.",
    rootStart: 'withTarget',
    // A hashed profile URL (`/in/ACoAA…`) or a Sales Navigator lead URL; a public /in/<vanity> URL is
    // refused (under st.openPersonPage the parent hands the person over instead).
    targets: [{ param: 'personHashedUrl', subject: 'salesPerson' }],
    parents: ['nv.doForPeople', 'st.openPersonPage'],
    children: ['nv.sendMessage', 'nv.syncConversation', 'st.openPersonPage'],
    consumes: ['salesPerson', 'person'],
    produces: 'salesPerson',
    shape: 'single',
    params: z.strictObject({
      personHashedUrl: salesPersonUrl().optional(),
      basicInfo,
    }),
    rules: [],
  }),
};
