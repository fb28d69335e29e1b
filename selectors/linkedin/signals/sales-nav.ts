// Sales Navigator markers (lead page action bar and overflow, lead search results, the hue app shell).
//
// Runs IN THE PAGE as a part of `pageSignalsExpression` (expression.ts): self-contained.
import type { SalesNavSignals } from '../signals.ts';

export function readSalesNav(): SalesNavSignals {
  return {
    leadActionsBar:
      document.querySelector('[data-x--lead-actions-bar], [data-x--lead--profile-card-actions]') !== null,
    leadOverflow: document.querySelector('[data-x--lead-actions-bar-overflow-menu]') !== null,
    searchResultLeads: document.querySelectorAll('[data-x-search-result="LEAD"]').length,
    searchResultAccounts: document.querySelectorAll('[data-x-search-result="ACCOUNT"]').length,
    searchResultRows: document.querySelectorAll('#search-results-container li.artdeco-list__item').length,
    accountTopCard: document.querySelector('[data-x--account-top-card]') !== null,
    anonymize: document.querySelectorAll('[data-anonymize]').length,
    hueApp: document.querySelector('#hue-web-menu-outlet, [id^="hue-menu-"]') !== null,
    inbox: document.querySelector('[data-x--inbox-conversation-list], [data-x--inbox-thread]') !== null,
    upsell: document.querySelector('[data-x--sales-upsell]') !== null,
  };
}
