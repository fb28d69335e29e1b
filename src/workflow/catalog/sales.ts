// Every Sales Navigator (`nv.*`) action, one file per family, listed in the order of
// ../shared/spec/linkedapi-actions.md §10 (the order of the exported JSON Schema).
import { inCatalogOrder } from './catalog-order.ts';
import { NV_COMPANIES } from './nv-companies.ts';
import { NV_ITERATORS } from './nv-iterators.ts';
import { NV_MESSAGING } from './nv-messaging.ts';
import { NV_PEOPLE } from './nv-people.ts';
import { NV_SEARCH } from './nv-search.ts';

export const SALES_ACTIONS = inCatalogOrder(
  'nv',
  { ...NV_MESSAGING, ...NV_SEARCH, ...NV_COMPANIES, ...NV_PEOPLE, ...NV_ITERATORS },
  [
    'nv.sendMessage',
    'nv.syncConversation',
    'nv.syncInbox',
    'nv.manageConversation',
    'nv.searchCompanies',
    'nv.searchPeople',
    'nv.openCompanyPage',
    'nv.retrieveCompanyEmployees',
    'nv.retrieveCompanyDMs',
    'nv.openPersonPage',
    'nv.doForPeople',
    'nv.doForCompanies',
  ],
);
