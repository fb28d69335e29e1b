// Standard messaging actions (`st.sendMessage`, conversation sync and management).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, text, threadIdSchema } from '../param-schemas.ts';
import { PERSON, personUrl, THREAD } from './shared-schemas.ts';

export const CONVERSATION_OPERATIONS = ['archive', 'unarchive', 'star', 'unstar', 'mute', 'unmute'] as const;

export const ST_MESSAGING = {
  'st.sendMessage': defineAction({
    actionType: 'st.sendMessage',
    summary: 'Send a direct message to a person, or reply into a thread by threadId.',
    rootStart: 'withTarget',
    targets: [PERSON, THREAD],
    parents: ['st.openPersonPage'],
    children: ['st.manageConversation'],
    consumes: ['person'],
    produces: 'conversation',
    shape: 'single',
    params: z.strictObject({
      personUrl: personUrl.optional(),
      threadId: threadIdSchema.optional(),
      text: text(1900, { nonBlank: true }),
    }),
    rules: [],
  }),
  'st.syncConversation': defineAction({
    actionType: 'st.syncConversation',
    summary: 'Register a one-to-one conversation for background syncing.',
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'single',
    params: z.strictObject({
      personUrl: personUrl.optional(),
      days: count({ default: 30, max: 90 }),
    }),
    rules: [],
  }),
  'st.syncInbox': defineAction({
    actionType: 'st.syncInbox',
    summary: 'Enable whole-inbox monitoring of standard messages.',
    rootStart: 'always',
    targets: [],
    parents: [],
    children: [],
    consumes: [],
    shape: 'single',
    params: z.strictObject({}),
    rules: [],
    notes: ['Root start UNCONFIRMED; SDKs send it as a single root action, so roots are allowed.'],
  }),
  'st.manageConversation': defineAction({
    actionType: 'st.manageConversation',
    summary: 'Archive/unarchive, star/unstar or mute/unmute a conversation thread.',
    rootStart: 'withTarget',
    targets: [THREAD],
    parents: ['st.sendMessage'],
    children: [],
    consumes: ['conversation'],
    shape: 'single',
    params: z.strictObject({
      threadId: threadIdSchema.optional(),
      operation: z.enum(CONVERSATION_OPERATIONS),
    }),
    rules: [],
    notes: ['Root start with threadId inferred from SDK usage.'],
  }),
};
