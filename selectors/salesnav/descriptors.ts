// Sales Navigator lead page and search descriptors (../shared/spec/linkedin-dom.md A19). Structure-only hooks
// (data-x-*, data-anonymize): the hue app has no SDUI variant in any 2024–2026 source.
import type { Descriptor } from '../linkedin/descriptor.ts';
import { salesComposer, salesConnectForm, salesInbox, salesLeadFields } from './lead-descriptors.ts';

export const salesLeadName: Descriptor = {
  id: 'salesnav.lead.name',
  description: 'Lead page: the person name',
  candidates: [{ key: 'salesnav.lead.name.anonymize', css: '[data-anonymize="person-name"]' }],
};

export const salesLeadActions: Descriptor = {
  id: 'salesnav.lead.actions',
  description: 'Lead page: the actions bar (Save, Message, overflow)',
  candidates: [
    { key: 'salesnav.lead.actions.bar', css: 'section[data-x--lead-actions-bar]' },
    { key: 'salesnav.lead.actions.card', css: '[data-x--lead--profile-card-actions]' },
  ],
};

export const salesLeadOverflow: Descriptor = {
  id: 'salesnav.lead.overflow',
  description: 'Lead page: the actions overflow trigger (Connect lives in its menu)',
  candidates: [
    { key: 'salesnav.lead.overflow.data-x', css: 'button[data-x--lead-actions-bar-overflow-menu]' },
  ],
};

export const salesSearchResults: Descriptor = {
  id: 'salesnav.search.results',
  description: 'Search: lead result rows',
  candidates: [
    { key: 'salesnav.search.result.lead', css: '[data-x-search-result="LEAD"]' },
    { key: 'salesnav.search.result.row', css: '#search-results-container li.artdeco-list__item' },
  ],
};

/** Sales Navigator (`sel.salesNav`): the one registration of these descriptors. */
export const salesNavSelectors = {
  lead: { name: salesLeadName, actions: salesLeadActions, overflow: salesLeadOverflow, ...salesLeadFields },
  connectForm: salesConnectForm,
  composer: salesComposer,
  inbox: salesInbox,
  search: { results: salesSearchResults },
} as const;
