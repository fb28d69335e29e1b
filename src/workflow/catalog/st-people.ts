// Standard person page actions (the profile and its sections).
// Field for field from ../shared/spec/linkedapi-actions.md §9 (one section per action); where the
// catalog marks a rule UNCONFIRMED or inferred, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';
import { count, isoDateSchema } from '../param-schemas.ts';
import { basicInfo, PERSON, personUrl } from './shared-schemas.ts';

export const ST_PEOPLE = {
  'st.openPersonPage': defineAction({
    actionType: 'st.openPersonPage',
    summary: "Open a person's profile and run person-scoped child actions.",
    rootStart: 'withTarget',
    targets: [PERSON],
    parents: ['st.doForPeople', 'nv.openPersonPage'],
    children: [
      'st.sendMessage',
      'st.syncConversation',
      'nv.syncConversation',
      'st.checkConnectionStatus',
      'st.sendConnectionRequest',
      'st.withdrawConnectionRequest',
      'st.removeConnection',
      'st.retrievePersonExperience',
      'st.retrievePersonEducation',
      'st.retrievePersonSkills',
      'st.retrievePersonLanguages',
      'st.retrievePersonPosts',
      'st.retrievePersonComments',
      'st.retrievePersonReactions',
      'nv.openPersonPage',
    ],
    consumes: ['person', 'salesPerson'],
    produces: 'person',
    shape: 'single',
    params: z.strictObject({ personUrl: personUrl.optional(), basicInfo }),
    rules: [],
  }),
  'st.retrievePersonExperience': personSection(
    'st.retrievePersonExperience',
    'Return the work history of the person.',
  ),
  'st.retrievePersonEducation': personSection(
    'st.retrievePersonEducation',
    'Return the education of the person.',
  ),
  'st.retrievePersonSkills': personSection('st.retrievePersonSkills', 'Return the skills of the person.'),
  'st.retrievePersonLanguages': personSection(
    'st.retrievePersonLanguages',
    'Return the languages of the person.',
  ),
  'st.retrievePersonPosts': defineAction({
    actionType: 'st.retrievePersonPosts',
    summary: 'Return recent posts published by the person.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openPersonPage'],
    children: ['st.doForPosts'],
    consumes: ['person'],
    produces: 'post',
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 20 }), since: isoDateSchema.optional() }),
    rules: [],
    notes: ['Children UNCONFIRMED ("possibly st.doForPosts"): st.doForPosts allowed.'],
  }),
  'st.retrievePersonComments': defineAction({
    actionType: 'st.retrievePersonComments',
    summary: 'Return recent comments the person left on posts.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 20 }), since: isoDateSchema.optional() }),
    rules: [],
  }),
  'st.retrievePersonReactions': defineAction({
    actionType: 'st.retrievePersonReactions',
    summary: 'Return recent reactions the person left on posts.',
    rootStart: 'never',
    targets: [],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'list',
    params: z.strictObject({ limit: count({ default: 20, max: 20 }), since: isoDateSchema.optional() }),
    rules: [],
  }),
};

/** The four parameterless profile-section lists under st.openPersonPage. */
function personSection<T extends string>(actionType: T, summary: string) {
  return defineAction({
    actionType,
    summary,
    rootStart: 'never',
    targets: [],
    parents: ['st.openPersonPage'],
    children: [],
    consumes: ['person'],
    shape: 'list',
    params: z.strictObject({}),
    rules: [],
  });
}
