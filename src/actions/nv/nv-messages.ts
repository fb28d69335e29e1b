// Messages of the Sales Navigator errors the nv.* list actions report (short, in the user's terms, no
// page text). Kept beside the actions that use them; kit/outcomes.ts holds the standard ones.
export const NV_MESSAGES = {
  noSalesNavigator: 'The LinkedIn account has no Sales Navigator subscription.',
  searchingNotAllowed: 'Sales Navigator does not allow this account to search right now.',
  companyNotFound: 'The company was not found in Sales Navigator.',
  companyNeedsHashedUrl:
    'The company was not found in Sales Navigator: it needs a hashed company URL (https://www.linkedin.com/company/<number>).',
} as const;
