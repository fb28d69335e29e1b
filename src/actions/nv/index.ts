// The Sales Navigator action modules, one registration for src/actions/index.ts. Each nv.* module is
// listed here (the list side's modules too), so the family's wiring stays in one place.
import type { ActionModule } from '../kit/define-action.ts';
import { nvOpenPersonPage } from './open-person-page.ts';
import { nvSendMessage } from './send-message.ts';
import { nvSyncConversation } from './sync-conversation.ts';
import { nvSyncInbox } from './sync-inbox.ts';
import { nvManageConversation } from './manage-conversation.ts';
import { searchPeople as nvSearchPeople } from './search-people.ts';
import { searchCompanies as nvSearchCompanies } from './search-companies.ts';
import { openCompanyPage as nvOpenCompanyPage } from './open-company-page.ts';
import { retrieveCompanyEmployees as nvRetrieveCompanyEmployees } from './retrieve-company-employees.ts';
import { retrieveCompanyDMs as nvRetrieveCompanyDMs } from './retrieve-company-dms.ts';

export const NV_MODULES: readonly ActionModule[] = [
  nvOpenPersonPage,
  nvSendMessage,
  nvSyncConversation,
  nvSyncInbox,
  nvManageConversation,
  nvSearchPeople,
  nvSearchCompanies,
  nvOpenCompanyPage,
  nvRetrieveCompanyEmployees,
  nvRetrieveCompanyDMs,
];
