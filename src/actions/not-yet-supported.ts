// Catalog actions deliberately not implemented yet. Validation rejects them with `invalidWorkflow`
// ("… is not supported yet") instead of running a stub. A test checks that every catalog action is
// either implemented (src/actions/index.ts) or listed here, never both: implementing one means adding
// its module and removing it from this list.
import type { ActionType } from '../workflow/registry.ts';

export const NOT_YET_SUPPORTED: readonly ActionType[] = [
  // Search, companies, jobs
  'st.searchCompanies',
  'st.searchPeople',
  'st.searchJobs',
  'st.doForJobs',
  'st.openJob',
  'st.openCompanyPage',
  'st.retrieveCompanyEmployees',
  'st.retrieveCompanyDMs',
  'st.retrieveCompanyPosts',
  'st.doForCompanies',
  // Person data
  'st.retrievePersonExperience',
  'st.retrievePersonEducation',
  'st.retrievePersonSkills',
  'st.retrievePersonLanguages',
  'st.retrievePersonPosts',
  'st.retrievePersonComments',
  'st.retrievePersonReactions',
  // Posts and feed
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
  'st.doForPosts',
  // Account statistics
  'st.retrieveProfileViewers',
  'st.retrieveSSI',
  'st.retrievePerformance',
];
