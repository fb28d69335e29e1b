// st.acceptInvitation / st.ignoreInvitation: find the received invitation by the URL that matches its
// type (the inviter's profile, the company page, the newsletter), click Accept or Ignore once, and
// verify: an accepted connection by the profile (connected), otherwise by the received tab opened afresh
// and searched through every batch (the card no longer offers the control, or is gone). A missing
// invitation is `invitationNotFound`.
import type { ActionOutcome } from '../../engine/types.ts';
import {
  ReceivedInvitationsTab,
  type InvitationTarget,
  type ReceivedCard,
} from '../../../drivers/linkedin/invitation-manager.ts';
import { ProfilePage } from '../../../drivers/linkedin/profile-page.ts';
import { profileIdFromUrl, slugFromUrl } from '../../../selectors/url/linkedin-url.ts';
import { isSessionFailureError } from '../../errors/error-types.ts';
import type { ActionParams } from '../../workflow/registry.ts';
import type { ActionContext } from '../kit/action-context.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { failure, MESSAGES, success } from '../kit/outcomes.ts';
import { runEffect, type ActStep } from '../kit/side-effect.ts';

type RespondType = 'st.acceptInvitation' | 'st.ignoreInvitation';

function targetOf(p: ActionParams<RespondType>): InvitationTarget | undefined {
  switch (p.invitationType) {
    case 'connect': {
      const id = p.personUrl ? profileIdFromUrl(p.personUrl) : undefined;
      return id ? { invitationType: 'connect', id } : undefined;
    }
    case 'companyFollow': {
      const id = p.companyUrl ? slugFromUrl(p.companyUrl, 'company') : null;
      return id ? { invitationType: 'companyFollow', id } : undefined;
    }
    case 'newsletterSubscribe': {
      const id = p.newsletterUrl ? slugFromUrl(p.newsletterUrl, 'newsletters') : null;
      return id ? { invitationType: 'newsletterSubscribe', id } : undefined;
    }
  }
}

export async function respondToInvitation(
  ctx: ActionContext<RespondType>,
  which: 'accept' | 'ignore',
): Promise<ActionOutcome> {
  const params = ctx.params;
  const target = targetOf(params);
  if (!target) return failure('invitationNotFound', MESSAGES.invitationNotFound);
  const { browser, session } = await driverEnv(ctx);
  const tab = new ReceivedInvitationsTab(session);
  const outcome = (o: ActionOutcome): ActStep => ({ kind: 'outcome', outcome: o });

  /**
   * The target's card on the received tab, searched through every batch (Load more / Next). Opens the
   * tab itself; `tabShown` is false when the page is not a hydrated received tab (then "no card" means
   * nothing).
   */
  const search = async (): Promise<{ tabShown: boolean; card: ReceivedCard | null }> => {
    const r = await tab.open();
    if (r.state.page !== 'invitationManager' || !r.state.ready) return { tabShown: false, card: null };
    return { tabShown: true, card: await tab.findCard(target) };
  };

  return runEffect(ctx, {
    verify: async () => {
      // A received connection invitation that was accepted shows on the person's profile as connected:
      // the strongest evidence, and independent of whatever page a fresh session starts on.
      if (which === 'accept' && target.invitationType === 'connect' && params.personUrl) {
        const view = await new ProfilePage(session).open(params.personUrl).catch((e: unknown) => {
          if (isSessionFailureError(e)) throw e;
          return null;
        });
        if (view?.status.kind === 'connected') return 'done';
      }
      // Otherwise the received tab decides, opened here (never the page as it happens to be — after a
      // crash that is a fresh session's page, where "no card" proves nothing): an offered card is not
      // done; an acknowledgement card without the control, or no card in any batch of a hydrated tab,
      // is done.
      const { tabShown, card } = await search();
      if (!tabShown) return 'unknown';
      if (!card) return 'done';
      return (await card.control(which)) === null ? 'done' : 'notDone';
    },
    act: async (commit) => {
      const { tabShown, card } = await search();
      if (!tabShown) return outcome(await unexpected(ctx, browser, 'received-tab-not-shown'));
      if (!card) return outcome(failure('invitationNotFound', MESSAGES.invitationNotFound));
      const control = await card.control(which);
      if (!control) return outcome(await unexpected(ctx, browser, `${which}-control-missing`));
      await commit();
      await control.click();
      // Let the page finish what the click started before verification navigates: leaving at once can
      // cancel the request that carries the accept/ignore. "Take care when connecting"
      // (../shared/spec/linkedin-dom.md A15) can stand between Accept and the acceptance: watched in the
      // same bounded wait, not waited out. Verification decides anyway.
      let settled = await card.waitSettled(which, { takeCare: which === 'accept' });
      if (settled.kind === 'takeCare') {
        ctx.log.info('"Take care when connecting" shown; accepting the invite');
        await settled.accept.click();
        settled = await card.waitSettled(which);
      }
      if (settled.kind === 'timeout') ctx.log.debug(`${which}: the card still offers it; verifying`);
      return { kind: 'effect' };
    },
    succeeded: () => success(),
    unverified: (reason) => {
      ctx.log.warn({ reason }, `${which} not confirmed by the invitation manager`);
      return unexpected(ctx, browser, `${which}-not-confirmed`);
    },
  });
}
