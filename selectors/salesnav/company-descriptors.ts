// Sales Navigator account (company) page. No capture and no documented hook exists for it
// (../shared/spec/linkedin-dom.md A19 covers the lead page and search only): the `data-x--account-*` hooks
// are modelled on the lead page's documented `data-x--lead-*` ones and the name on the documented
// `data-anonymize="company-name"`; all NOT VERIFIED. The employees link is found by its address (a lead
// search filtered by CURRENT_COMPANY), which does not depend on either.
import type { Descriptor } from '../linkedin/descriptor.ts';

export const salesAccountTopCard: Descriptor = {
  id: 'salesnav.account.top-card',
  description: 'Account page: the top card (name, industry, size, website)',
  candidates: [
    { key: 'salesnav.account.top-card.data-x', css: '[data-x--account-top-card]' },
    {
      key: 'salesnav.account.top-card.name-heading',
      css: 'main section',
      has: 'h1 [data-anonymize="company-name"]',
    },
  ],
};

export const salesAccountDecisionMakers: Descriptor = {
  id: 'salesnav.account.decision-makers',
  description: 'Account page: the Decision makers section (lead cards)',
  candidates: [{ key: 'salesnav.account.decision-makers.data-x', css: '[data-x--account-decision-makers]' }],
};

export const salesAccountDecisionMakerLeads: Descriptor = {
  id: 'salesnav.account.decision-maker-leads',
  description: 'Account page: the lead tiles of the Decision makers section',
  candidates: [
    { key: 'salesnav.account.decision-maker-leads.data-x', css: '[data-x--account-decision-makers] li' },
  ],
};

export const salesAccountEmployeesLink: Descriptor = {
  id: 'salesnav.account.all-employees',
  description: "Account page: the link to the account's employees (a lead search by current company)",
  candidates: [
    { key: 'salesnav.account.all-employees.data-x', css: 'a[data-x--account-all-employees]' },
    {
      key: 'salesnav.account.all-employees.href',
      css: 'a[href*="/sales/search/people"][href*="CURRENT_COMPANY"]',
    },
  ],
};

/** Sales Navigator account page (`sel.salesLists.account`). */
export const salesAccountSelectors = {
  topCard: salesAccountTopCard,
  decisionMakers: salesAccountDecisionMakers,
  decisionMakerLeads: salesAccountDecisionMakerLeads,
  allEmployees: salesAccountEmployeesLink,
} as const;
