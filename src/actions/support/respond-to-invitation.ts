// st.acceptInvitation / st.ignoreInvitation: find the received invitation by the URL that matches its
// type (the inviter's profile, the company page, the newsletter), click Accept or Ignore once, and
// verify the card no longer offers it. A missing invitation is `invitationNotFound`.
import { z } from 'zod';
import type { ActionContext, ActionOutcome } from '../../engine/types.ts';
import {
  ReceivedInvitationsTab,
  type InvitationTarget,
} from '../../../drivers/linkedin/invitation-manager.ts';
import { profileIdFromUrl } from '../../../drivers/linkedin/urls.ts';
import { driverEnv, unexpected } from './person-context.ts';
import { failure, MESSAGES, success } from './outcomes.ts';
import { runEffect, type ActStep } from './side-effect.ts';

const Params = z.object({
  invitationType: z.enum(['connect', 'companyFollow', 'newsletterSubscribe']),
  personUrl: z.string().optional(),
  companyUrl: z.string().optional(),
  newsletterUrl: z.string().optional(),
});

function segment(url: string | undefined, name: 'company' | 'newsletters'): string | undefined {
  if (!url) return undefined;
  try {
    const m = new RegExp(`^/${name}/([^/?#]+)`).exec(new URL(url).pathname);
    return m ? decodeURIComponent(m[1]!).toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

function targetOf(p: z.infer<typeof Params>): InvitationTarget | undefined {
  switch (p.invitationType) {
    case 'connect': {
      const id = p.personUrl ? profileIdFromUrl(p.personUrl) : undefined;
      return id ? { invitationType: 'connect', id } : undefined;
    }
    case 'companyFollow': {
      const id = segment(p.companyUrl, 'company');
      return id ? { invitationType: 'companyFollow', id } : undefined;
    }
    case 'newsletterSubscribe': {
      const id = segment(p.newsletterUrl, 'newsletters');
      return id ? { invitationType: 'newsletterSubscribe', id } : undefined;
    }
  }
}

export async function respondToInvitation(
  ctx: ActionContext,
  actionType: string,
  which: 'accept' | 'ignore',
): Promise<ActionOutcome> {
  const params = Params.parse(ctx.params);
  const target = targetOf(params);
  if (!target) return failure('invitationNotFound', MESSAGES.invitationNotFound);
  const { browser, session } = await driverEnv(ctx);
  const tab = new ReceivedInvitationsTab(session);
  const outcome = (o: ActionOutcome): ActStep => ({ kind: 'outcome', outcome: o });

  /** Does the tab (as it is now) still offer `which` on the target's card? */
  const stillOffered = async (): Promise<boolean | null> => {
    const card = await tab.findCard(target);
    if (!card) return false;
    return (await tab.control(card, which)) !== null;
  };

  return runEffect(ctx, actionType, {
    verify: async () => {
      // In place first: the card turns into an acknowledgement ("<Name> is now a connection") or goes.
      if ((await stillOffered().catch(() => null)) === false) return 'done';
      const r = await tab.open();
      if (r.state.page !== 'invitationManager') return 'unknown';
      const offered = await stillOffered();
      return offered === null ? 'unknown' : offered ? 'notDone' : 'done';
    },
    act: async (commit) => {
      const r = await tab.open();
      if (r.state.page !== 'invitationManager')
        return outcome(await unexpected(ctx, browser, 'received-tab-not-shown'));
      let card = await tab.findCard(target);
      while (!card && (await tab.nextBatch())) card = await tab.findCard(target);
      if (!card) return outcome(failure('invitationNotFound', MESSAGES.invitationNotFound));
      const control = await tab.control(card, which);
      if (!control) return outcome(await unexpected(ctx, browser, `${which}-control-missing`));
      await commit();
      await session.pacing.pause('step');
      await control.click({ timeout: session.timeouts.actionMs });
      if (which === 'accept') {
        // "Take care when connecting" (A15) can stand between Accept and the acceptance.
        const careful = await tab.takeCareAccept(2_000);
        if (careful) {
          ctx.log.info('"Take care when connecting" shown; accepting the invite');
          await session.pacing.pause('step');
          await careful.click({ timeout: session.timeouts.actionMs });
        }
      }
      return { kind: 'effect' };
    },
    succeeded: () => success(),
    unverified: (reason) => {
      ctx.log.warn({ reason }, `${which} not confirmed by the invitation manager`);
      return unexpected(ctx, browser, `${which}-not-confirmed`);
    },
  });
}
