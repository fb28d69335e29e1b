// Limit uses several actions share.
import type { LimitUse } from '../../engine/action-rules.ts';
import type { LimitCategory } from '../../engine/policy/limit-catalog.ts';

/**
 * A person action started at the root with `personUrl` opens the profile itself (under
 * st.openPersonPage the parent already opened and counted it): LinkedIn sees a profile view, so it
 * counts toward the profile-view budget too. A reply by `threadId` visits no profile.
 */
export function profileViewAtRoot(category: LimitCategory): LimitUse {
  return {
    category,
    when: {
      test: (p) => typeof p.personUrl === 'string' && p.threadId === undefined,
      description: 'root, with personUrl',
    },
  };
}
