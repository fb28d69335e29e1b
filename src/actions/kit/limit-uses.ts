// Limit uses several actions share.
import type { LimitUse, Params } from '../../engine/action-rules.ts';
import type { LimitCategory } from '../../engine/policy/limit-catalog.ts';
import { parseSalesLeadUrl } from '../../../selectors/url/linkedin-url.ts';

const atRoot = (p: Params): boolean => typeof p.personUrl === 'string' && p.threadId === undefined;
const isLeadUrl = (p: Params): boolean =>
  typeof p.personUrl === 'string' && parseSalesLeadUrl(p.personUrl) !== undefined;

/**
 * A person action started at the root with `personUrl` opens the profile itself (under
 * st.openPersonPage the parent already opened and counted it): LinkedIn sees a profile view, so it
 * counts toward the profile-view budget too. A reply by `threadId` visits no profile.
 */
export function profileViewAtRoot(category: LimitCategory): LimitUse {
  return { category, when: { test: atRoot, description: 'root, with personUrl' } };
}

/**
 * The standard connection actions also take a Sales Navigator lead URL and then work on the lead page
 * (issue 11): that visit is a Sales Navigator profile view, not a standard one. `profileToo` names the
 * lead-page runs that still open the standard profile (the withdraw's unfollow step).
 */
export function profileOrLeadViewAtRoot(profileToo?: (p: Params) => boolean): LimitUse[] {
  return [
    {
      category: 'stPersonProfileViews',
      when: {
        test: (p) => atRoot(p) && (!isLeadUrl(p) || (profileToo?.(p) ?? false)),
        description: 'root, with personUrl',
      },
    },
    {
      category: 'nvPersonProfileViews',
      when: { test: (p) => atRoot(p) && isLeadUrl(p), description: 'root, with a lead URL as personUrl' },
    },
  ];
}
