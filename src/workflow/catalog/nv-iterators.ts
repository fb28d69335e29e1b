// Sales Navigator `doFor*` iterators.
// Field for field from ../shared/spec/linkedapi-actions.md §10 (one section per action); where the
// catalog marks a rule UNCONFIRMED, inferred or CONFLICT, `notes` records the reading we took.
import { z } from 'zod';
import { defineAction } from '../action-spec.ts';

export const NV_ITERATORS = {
  'nv.doForPeople': defineAction({
    actionType: 'nv.doForPeople',
    summary: 'Iterator: runs its children once per SN person of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: ['nv.searchPeople', 'nv.retrieveCompanyEmployees', 'nv.retrieveCompanyDMs'],
    children: ['nv.openPersonPage'],
    consumes: ['salesPerson'],
    produces: 'salesPerson',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
    notes: ['Parent nv.retrieveCompanyDMs UNCONFIRMED: allowed.'],
  }),
  'nv.doForCompanies': defineAction({
    actionType: 'nv.doForCompanies',
    summary: 'Iterator: runs its children once per SN company of the parent list.',
    rootStart: 'never',
    targets: [],
    parents: ['nv.searchCompanies'],
    children: ['nv.openCompanyPage'],
    consumes: ['salesCompany'],
    produces: 'salesCompany',
    shape: 'iterator',
    params: z.strictObject({}),
    rules: [],
    notes: ['Parent nv.searchCompanies UNCONFIRMED: allowed.'],
  }),
};
