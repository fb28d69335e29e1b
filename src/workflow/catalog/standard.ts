// Every standard LinkedIn (`st.*`) action, one file per family, listed in the order of
// ../shared/spec/linkedapi-actions.md §9 (the order of the exported JSON Schema).
import { inCatalogOrder } from './catalog-order.ts';
import { ST_ACCOUNT } from './st-account.ts';
import { ST_COMPANIES } from './st-companies.ts';
import { ST_CONNECTIONS } from './st-connections.ts';
import { ST_ITERATORS } from './st-iterators.ts';
import { ST_JOBS } from './st-jobs.ts';
import { ST_MESSAGING } from './st-messaging.ts';
import { ST_PEOPLE } from './st-people.ts';
import { ST_POSTS } from './st-posts.ts';
import { ST_SEARCH } from './st-search.ts';

export const STANDARD_ACTIONS = inCatalogOrder(
  'st',
  {
    ...ST_MESSAGING,
    ...ST_CONNECTIONS,
    ...ST_SEARCH,
    ...ST_JOBS,
    ...ST_COMPANIES,
    ...ST_PEOPLE,
    ...ST_POSTS,
    ...ST_ITERATORS,
    ...ST_ACCOUNT,
  },
  [
    'st.sendMessage',
    'st.syncConversation',
    'st.syncInbox',
    'st.syncNetwork',
    'st.manageConversation',
    'st.checkConnectionStatus',
    'st.sendConnectionRequest',
    'st.withdrawConnectionRequest',
    'st.retrievePendingRequests',
    'st.retrieveInvitations',
    'st.acceptInvitation',
    'st.ignoreInvitation',
    'st.retrieveConnections',
    'st.removeConnection',
    'st.searchCompanies',
    'st.searchPeople',
    'st.searchJobs',
    'st.doForJobs',
    'st.openJob',
    'st.openCompanyPage',
    'st.retrieveCompanyEmployees',
    'st.retrieveCompanyDMs',
    'st.retrieveCompanyPosts',
    'st.openPersonPage',
    'st.retrievePersonExperience',
    'st.retrievePersonEducation',
    'st.retrievePersonSkills',
    'st.retrievePersonLanguages',
    'st.retrievePersonPosts',
    'st.retrievePersonComments',
    'st.retrievePersonReactions',
    'st.openPost',
    'st.retrievePostComments',
    'st.retrievePostReactions',
    'st.reactToPost',
    'st.commentOnPost',
    'st.reactToComment',
    'st.replyToComment',
    'st.createPost',
    'st.createRepost',
    'st.searchPosts',
    'st.retrieveFeed',
    'st.retrieveProfileViewers',
    'st.doForPeople',
    'st.doForCompanies',
    'st.doForPosts',
    'st.retrieveSSI',
    'st.retrievePerformance',
  ],
);
