// nv.openPersonPage: open the person's Sales Navigator lead page, optionally return its basic info, and hand
// the person (as a lead) to the children (nv.sendMessage, nv.syncConversation find the page open). `urn` is
// always null: nothing documented on the lead page carries the member id (src/actions/README.md).
import type { ActionOutcome, Subject } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { driverEnv } from '../kit/person-context.ts';
import { success } from '../kit/outcomes.ts';
import { openLeadPage, salesPersonUrlOf } from '../support/sales-lead.ts';

export const ACTION_TYPE = 'nv.openPersonPage' as const;

export const nvOpenPersonPage = defineAction({
  actionType: ACTION_TYPE,
  limits: [{ category: 'nvPersonProfileViews' }],
  async run(ctx): Promise<ActionOutcome> {
    const who = salesPersonUrlOf(ctx);
    if (!who.ok) return who.outcome;
    const env = await driverEnv(ctx);
    const opened = await openLeadPage(ctx, env, who.personUrl);
    if (!opened.ok) return opened.outcome;
    const subject: Subject = { kind: 'salesPerson', personHashedUrl: who.personUrl };
    if (!ctx.params.basicInfo) return success(undefined, subject);
    const info = await opened.lead.basicInfo();
    return success({ ...info }, subject);
  },
});
