// Sales Navigator messaging actions.
// Field for field from ../shared/spec/linkedapi-actions.md §10 (one section per action); where the
// catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, linkedInUrl, text, threadIdSchema } from '../param-schemas.ts';
import { PERSON, THREAD } from './shared-schemas.ts';

export const NV_MESSAGING = {
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
};
