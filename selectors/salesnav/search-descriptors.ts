// Sales Navigator lead and account search (../shared/spec/linkedin-dom.md A19; pagination as A18's
// artdeco one). Structure only: the result container, its rows (rendered or still empty placeholders),
// the `data-anonymize` field hooks, the numbered pagination's `aria-label`s and the teaching bubble's test
// hook. Never hashed `_…_1igybl` classes or `emberNN` ids.
import type { Descriptor } from '../linkedin/descriptor.ts';

export const salesResultsContainer: Descriptor = {
  id: 'salesnav.search.container',
  description: 'Search: the results list container (present also when it holds no rows)',
  candidates: [{ key: 'salesnav.search.container.id', css: '#search-results-container' }],
};

export const salesResultRows: Descriptor = {
  id: 'salesnav.search.rows',
  description: 'Search: every result row of the list, rendered or still an empty placeholder',
  candidates: [
    { key: 'salesnav.search.rows.container', css: '#search-results-container li.artdeco-list__item' },
  ],
};

export const salesAccountResults: Descriptor = {
  id: 'salesnav.search.accounts',
  description: 'Account search: rendered account result rows',
  candidates: [{ key: 'salesnav.search.result.account', css: '[data-x-search-result="ACCOUNT"]' }],
};

export const salesNextPage: Descriptor = {
  id: 'salesnav.search.next',
  description: 'Search: the pagination Next button (disabled by class artdeco-button--disabled)',
  candidates: [
    { key: 'salesnav.search.next.aria', css: 'button[aria-label="Next"]' },
    { key: 'salesnav.search.next.class', css: 'button.artdeco-pagination__button--next' },
  ],
};

export const salesCurrentPage: Descriptor = {
  id: 'salesnav.search.current-page',
  description: 'Search: the current page number button',
  candidates: [
    { key: 'salesnav.search.page.current', css: 'button[aria-label^="Page "][aria-current="true"]' },
  ],
};

export const salesTeachingBubbleDismiss: Descriptor = {
  id: 'salesnav.teaching-bubble.dismiss',
  description: 'A teaching bubble over the page: its dismiss button',
  candidates: [
    {
      key: 'salesnav.teaching-bubble.dismiss.test-hook',
      css: '[data-test-enterprise-teaching-bubble-dismiss-btn]',
    },
  ],
};

/** Sales Navigator search (`sel.salesLists.search`). */
export const salesSearchSelectors = {
  container: salesResultsContainer,
  rows: salesResultRows,
  accounts: salesAccountResults,
  next: salesNextPage,
  currentPage: salesCurrentPage,
  teachingBubbleDismiss: salesTeachingBubbleDismiss,
} as const;
