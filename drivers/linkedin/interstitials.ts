// LinkedIn's blockers (../shared/spec/linkedin-dom.md A12, A20): the cookie banner, Premium upsells, "You're
// growing your network!", notification prompts, the messaging overlay. Each is recognised by the selectors'
// descriptors (`sel.interstitials`) and closed with its own control,
// never by a page-wide "Dismiss". Run only right after a page loads (or after our Send closed the invite
// dialog): at those moments no dialog of ours is open, so an upsell is an interstitial, not an outcome.
import type { Locator } from 'playwright';
import { sel, type Descriptor, type ResolveContext } from '../../selectors/linkedin/index.ts';
import { runBlockers, type Blocker } from '../shared/interstitials.ts';
import { findIn } from './linkedin-page.ts';
import { readState, type Reading } from './page-state.ts';
import type { LinkedInSession } from './session.ts';

export interface DismissReport {
  dismissed: string[];
}

/** A blocker's part, or null; a lookup that fails (page changing) reads as absent. */
async function first(s: LinkedInSession, d: Descriptor, ctx: ResolveContext): Promise<Locator | null> {
  return (await findIn(s, d, ctx).catch(() => null))?.first ?? null;
}

/** Overlays the dialog classifier does not name (upsells, prompts, notices) show as unrecognised dialogs. */
function unrecognisedDialog(r: Reading): boolean {
  return r.state.dialogs.unrecognised > 0;
}

function blockers(s: LinkedInSession, ctx: ResolveContext): Blocker<Reading>[] {
  return [
    {
      name: 'cookieBanner',
      maybe: (r) => r.signals.markers.cookieBanner,
      closer: async () =>
        (await first(s, sel.interstitials.cookieReject, ctx)) ??
        first(s, sel.interstitials.cookieAccept, ctx),
      container: () => first(s, sel.interstitials.cookieBanner, ctx),
    },
    {
      name: 'growingNetwork',
      maybe: unrecognisedDialog,
      closer: () => first(s, sel.interstitials.growingNetwork.gotIt, ctx),
      container: () => first(s, sel.interstitials.growingNetwork.dialog, ctx),
    },
    {
      name: 'premiumUpsell',
      // At page load an upsell in the invite shell classifies as the note quota; nothing of ours is open yet.
      maybe: (r) => unrecognisedDialog(r) || r.state.dialog === 'noteQuota',
      closer: () => first(s, sel.interstitials.premiumUpsell.dismiss, ctx),
      container: () => first(s, sel.interstitials.premiumUpsell.dialog, ctx),
    },
    {
      name: 'notificationPrompt',
      maybe: unrecognisedDialog,
      closer: () => first(s, sel.interstitials.notificationPrompt.dismiss, ctx),
      container: () => first(s, sel.interstitials.notificationPrompt.dialog, ctx),
    },
    {
      name: 'messagingOverlay',
      maybe: (r) => r.signals.markers.messagingForm || r.signals.markers.messagingList,
      closer: () => first(s, sel.interstitials.messagingOverlayClose, ctx),
      container: () => first(s, sel.interstitials.messagingOverlay, ctx),
    },
  ];
}

/**
 * Closes every known blocker that is showing (bounded passes). Blockers that cannot be closed are left
 * for the state read that follows; nothing here decides about the action.
 */
export async function dismissInterstitials(s: LinkedInSession, reading: Reading): Promise<DismissReport> {
  const dismissed = await runBlockers(reading, blockers(s, reading.ctx), {
    reread: () => readState(s),
    timeoutMs: s.timeouts.actionMs,
    onDismissed: (name) => s.log?.info({ interstitial: name }, 'dismissed an interstitial'),
    onStuck: (name) => s.log?.debug({ interstitial: name }, 'interstitial could not be closed'),
    ...(s.signal ? { signal: s.signal } : {}),
  });
  return { dismissed };
}
