// Parameter schemas and target parameters used by more than one action family. A building block
// used by one family only lives in that family's file.
import { z } from 'zod';
import type { TargetSpec } from '../action-spec.ts';
import { boolWithDefault, linkedInUrl, nameList, shortText } from '../param-schemas.ts';

export const PERSON: TargetSpec = { param: 'personUrl', subject: 'person' };
export const THREAD: TargetSpec = { param: 'threadId', subject: 'conversation' };
export const COMPANY: TargetSpec = { param: 'companyUrl', subject: 'company' };
export const POST_URL: TargetSpec = { param: 'postUrl', subject: 'post' };
export const POST_URN: TargetSpec = { param: 'postUrn', subject: 'post' };
export const JOB: TargetSpec = { param: 'jobUrl', subject: 'job' };
export const COMMENT: TargetSpec = { param: 'commentUrl', subject: null };

export const personUrl = linkedInUrl('person');
export const companyUrl = linkedInUrl('company');
export const postUrl = linkedInUrl('post');
export const basicInfo = boolWithDefault(false);

export const COMPANY_SIZES = [
  '1-10',
  '11-50',
  '51-200',
  '201-500',
  '501-1000',
  '1001-5000',
  '5001-10000',
  '10001+',
] as const;

/** Sales Navigator lead filters (nv.searchPeople, nv.retrieveCompanyEmployees). */
export const YEARS_OF_EXPERIENCE = [
  'lessThanOne',
  'oneToTwo',
  'threeToFive',
  'sixToTen',
  'moreThanTen',
] as const;

/** People filter of st.searchPeople / st.retrieveConnections (AND-combined; lists are any-of). */
export const peopleFilter = z.strictObject({
  firstName: shortText().optional(),
  lastName: shortText().optional(),
  position: shortText().optional(),
  locations: nameList().optional(),
  industries: nameList().optional(),
  currentCompanies: nameList().optional(),
  previousCompanies: nameList().optional(),
  schools: nameList().optional(),
});
