// LinkedIn's blockers (linkedin-dom.md A12, A20): the cookie banner, Premium upsells, "You're growing your
// network!", notification prompts, the messaging overlay. Each is recognised by the selectors'
// descriptors (`sel.interstitials`) and closed with its own control,
// never by a page-wide "Dismiss". Run only right after a page loads (or after our Send closed the invite
// dialog): at those moments no dialog of ours is open, so an upsell is an interstitial, not an outcome.
import type { Locator, Page } from 'playwright';
import { resolve, sel, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { runBlockers, type Blocker } from '../shared/interstitials.ts';
import { readState, type Reading } from './page-state.ts';
import type { LinkedInSession } from './session.ts';

export interface DismissReport {
  dismissed: string[];
}

async function first(page: Page, d: Descriptor, ctx: ResolveContext): Promise<Locator | null> {
  const hit = await resolve(page, d, ctx).catch(() => null);
  return hit ? hit.locator.first() : null;
}

/** Overlays the dialog classifier does not name (upsells, prompts, notices) show as unrecognised dialogs. */
function unrecognisedDialog(r: Reading): boolean {
  return r.state.dialogs.unrecognised > 0;
}

function blockers(page: Page, ctx: ResolveContext): Blocker<Reading>[] {
  return [
    {
      name: 'cookieBanner',
      maybe: (r) => r.signals.markers.cookieBanner,
      closer: async () =>
        (await first(page, sel.interstitials.cookieReject, ctx)) ??
        first(page, sel.interstitials.cookieAccept, ctx),
      container: () => first(page, sel.interstitials.cookieBanner, ctx),
    },
    {
      name: 'growingNetwork',
      maybe: unrecognisedDialog,
      closer: () => first(page, sel.interstitials.growingNetwork.gotIt, ctx),
      container: () => first(page, sel.interstitials.growingNetwork.dialog, ctx),
    },
    {
      name: 'premiumUpsell',
      // At page load an upsell in the invite shell classifies as the note quota; nothing of ours is open yet.
      maybe: (r) => unrecognisedDialog(r) || r.state.dialog === 'noteQuota',
      closer: () => first(page, sel.interstitials.premiumUpsell.dismiss, ctx),
      container: () => first(page, sel.interstitials.premiumUpsell.dialog, ctx),
    },
    {
      name: 'notificationPrompt',
      maybe: unrecognisedDialog,
      closer: () => first(page, sel.interstitials.notificationPrompt.dismiss, ctx),
      container: () => first(page, sel.interstitials.notificationPrompt.dialog, ctx),
    },
    {
      name: 'messagingOverlay',
      maybe: (r) => r.signals.markers.messagingForm || r.signals.markers.messagingList,
      closer: () => first(page, sel.interstitials.messagingOverlayClose, ctx),
      container: () => first(page, sel.interstitials.messagingOverlay, ctx),
    },
  ];
}

/**
 * Closes every known blocker that is showing (bounded passes). Blockers that cannot be closed are left
 * for the state read that follows; nothing here decides about the action.
 */
export async function dismissInterstitials(s: LinkedInSession, reading: Reading): Promise<DismissReport> {
  const dismissed = await runBlockers(reading, blockers(s.page, reading.ctx), {
    reread: () => readState(s),
    timeoutMs: s.timeouts.actionMs,
    onDismissed: (name) => s.log?.info({ interstitial: name }, 'dismissed an interstitial'),
    onStuck: (name) => s.log?.debug({ interstitial: name }, 'interstitial could not be closed'),
  });
  return { dismissed };
}
