// st.openPersonPage: open the profile, optionally return its basic info, and hand the person to the
// children (they find the profile already open).
import type { ActionOutcome, Subject } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { readBasicInfo } from '../../../drivers/linkedin/basic-info.ts';
import { driverEnv, personUrlOf, profileGate } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';

export const ACTION_TYPE = 'st.openPersonPage' as const;

export const openPersonPage = defineAction({
  actionType: ACTION_TYPE,
  limits: [{ category: 'stPersonProfileViews' }],
  async run(ctx): Promise<ActionOutcome> {
    const params = ctx.params;
    const who = personUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const { browser, session } = await driverEnv(ctx);
    const view = await new ProfilePage(session).open(who.personUrl);
    const subject: Subject =
      ctx.subject?.kind === 'person' ? ctx.subject : { kind: 'person', personUrl: who.personUrl };
    const stop = profileGate(ctx, browser, view.status, {});
    if (stop) return stop;
    if (!params.basicInfo) return success(undefined, subject);
    const info = await readBasicInfo(session, view.reading);
    return success({ ...info }, subject);
  },
});
