// Standard network actions (connection requests, invitations, connections).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { boolWithDefault, count, emailSchema, isoDateSchema, linkedInUrl, text } from '../param-schemas.ts';
import { companyUrl, peopleFilter, PERSON, personUrl } from './shared-schemas.ts';

/** A profile URL, or a Sales Navigator lead URL (connect and withdraw work on the lead page too). */
const personOrLeadUrl = linkedInUrl('person', 'salesPerson');

export const INVITATION_TYPES = ['connect', 'companyFollow', 'newsletterSubscribe'] as const;

export const ST_CONNECTIONS = {
  'st.syncNetwork': defineAction({
    actionType: 'st.syncNetwork',
    summary: 'Enable monitoring of network changes.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({}),
    rules: [],
    notes: ['Root start UNCONFIRMED; sent as a single root action by SDKs.'],
  }),
  'st.checkConnectionStatus': defineAction({
    actionType: 'st.checkConnectionStatus',
    summary: 'Report the relationship between the account and a person.',
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'single',
    params: z.strictObject({ personUrl: personUrl.optional() }),
    rules: [],
  }),
  'st.sendConnectionRequest': defineAction({
    actionType: 'st.sendConnectionRequest',
    summary: 'Send a connection invitation, optionally with a note and the e-mail some members require.',
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'single',
    // Beyond Linked API: a Sales Navigator lead URL works on the lead page (issue 11).
    params: z.strictObject({
      personUrl: personOrLeadUrl.optional(),
      note: text(300).optional(),
      email: emailSchema.optional(),
    }),
    rules: [],
  }),
  'st.withdrawConnectionRequest': defineAction({
    actionType: 'st.withdrawConnectionRequest',
    summary: 'Cancel a pending connection invitation, optionally unfollowing the person.',
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'single',
    params: z.strictObject({
      personUrl: personOrLeadUrl.optional(),
      unfollow: boolWithDefault(true),
    }),
    rules: [],
  }),
  'st.retrievePendingRequests': defineAction({
    actionType: 'st.retrievePendingRequests',
    summary: "List the account's outgoing connection invitations that are still pending.",
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'list',
    params: z.strictObject({}),
    rules: [],
  }),
  'st.retrieveInvitations': defineAction({
    actionType: 'st.retrieveInvitations',
    summary: 'List incoming invitations (connection, company follow, newsletter).',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'list',
    params: z.strictObject({}),
    rules: [],
    notes: ['Root start UNCONFIRMED; sent as a single root action by SDKs.'],
  }),
  'st.acceptInvitation': defineAction({
    actionType: 'st.acceptInvitation',
    summary: 'Accept an incoming invitation; exactly one URL matching invitationType.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      invitationType: z.enum(INVITATION_TYPES),
      personUrl: personUrl.optional(),
      companyUrl: companyUrl.optional(),
      newsletterUrl: linkedInUrl('newsletter').optional(),
    }),
    rules: [
      {
        kind: 'matchByEnum',
        by: 'invitationType',
        map: { connect: 'personUrl', companyFollow: 'companyUrl', newsletterSubscribe: 'newsletterUrl' },
      },
    ],
    notes: ['Root start UNCONFIRMED; SDKs send it as a single root action with the target URL.'],
  }),
  'st.ignoreInvitation': defineAction({
    actionType: 'st.ignoreInvitation',
    summary: 'Ignore an incoming invitation; exactly one URL matching invitationType.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({
      invitationType: z.enum(INVITATION_TYPES),
      personUrl: personUrl.optional(),
      companyUrl: companyUrl.optional(),
      newsletterUrl: linkedInUrl('newsletter').optional(),
    }),
    rules: [
      {
        kind: 'matchByEnum',
        by: 'invitationType',
        map: { connect: 'personUrl', companyFollow: 'companyUrl', newsletterSubscribe: 'newsletterUrl' },
      },
    ],
    notes: ['Root start UNCONFIRMED; SDKs send it as a single root action with the target URL.'],
  }),
  'st.retrieveConnections': defineAction({
    actionType: 'st.retrieveConnections',
    summary: "List the account's 1st-degree connections, optionally filtered.",
    rootStart: 'always',
    targets: [],
    parents: [],
    children: ['st.doForPeople'],
    consumes: [],
    produces: 'person',
    shape: 'list',
    params: z.strictObject({
      limit: count({ default: 10, max: 1000 }),
      since: isoDateSchema.optional(),
      filter: peopleFilter.optional(),
    }),
    rules: [],
  }),
  'st.removeConnection': defineAction({
    actionType: 'st.removeConnection',
    summary: "Remove a person from the account's connections.",
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'single',
    params: z.strictObject({ personUrl: personUrl.optional() }),
    rules: [],
    notes: ['Root start with personUrl and parent st.openPersonPage derived (docs page not captured).'],
  }),
};
