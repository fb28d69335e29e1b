// st.retrieveConnections: the account's 1st-degree connections from the connections list, newest first,
// up to `limit`, optionally filtered; each item hands its person to st.doForPeople's children.
//
// Filters: firstName / lastName / position are applied to what the list shows (name, headline). The
// list shows no location, industry, company history or school: those filters fail with
// `filterNotApplied` rather than return unfiltered people. `since` (honoured only without a filter, as
// in the catalog) uses the card's "Connected <n> <unit> ago", so `connectedAt` is as precise as that text.
import type { ActionOutcome, JsonObject, ListItem } from '../../engine/types.ts';
import { defineAction } from '../kit/define-action.ts';
import { ConnectionsPage, type Connection } from '../../../drivers/linkedin/connections-page.ts';
import { driverEnv, unexpected } from '../kit/person-context.ts';
import { failure } from '../kit/outcomes.ts';
import { parseRelativeTime } from '../support/relative-time.ts';
import type { ActionParams } from '../../workflow/registry.ts';

export const ACTION_TYPE = 'st.retrieveConnections' as const;

const UNSUPPORTED = ['locations', 'industries', 'currentCompanies', 'previousCompanies', 'schools'] as const;

const lc = (s: string): string => s.normalize('NFC').toLowerCase().trim();

function matches(c: Connection, f: NonNullable<ActionParams<typeof ACTION_TYPE>['filter']>): boolean {
  const words = (c.name ?? '').split(/\s+/).filter(Boolean);
  if (f.firstName && lc(words[0] ?? '') !== lc(f.firstName)) return false;
  if (f.lastName && !lc(c.name ?? '').endsWith(` ${lc(f.lastName)}`)) return false;
  if (f.position && !lc(c.headline ?? '').includes(lc(f.position))) return false;
  return true;
}

export const retrieveConnections = defineAction({
  actionType: ACTION_TYPE,
  async run(ctx): Promise<ActionOutcome> {
    const params = ctx.params;
    const filter = params.filter;
    const hasFilter =
      filter !== undefined &&
      Object.values(filter).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
    const unsupported = filter ? UNSUPPORTED.filter((k) => (filter[k]?.length ?? 0) > 0) : [];
    if (unsupported.length > 0) {
      return failure(
        'filterNotApplied',
        `The connections list cannot be filtered by ${unsupported.join(', ')}.`,
      );
    }
    const since = !hasFilter && params.since ? new Date(params.since) : undefined;
    const now = new Date();

    const { browser, session } = await driverEnv(ctx);
    const list = new ConnectionsPage(session);
    const r = await list.open();
    if (r.state.page !== 'connections') {
      ctx.log.warn({ page: r.state.page }, 'the connections list did not open');
      return unexpected(ctx, browser, 'connections-not-shown');
    }
    if (since) {
      // `since` rests on "Connected 2 weeks ago": without this UI language's words for it, every card
      // would be left out and an empty list reported as success. Refuse by name instead.
      const p = list.phrases();
      if (!p || p.connectedWord.length === 0 || p.timeAgo.length === 0) {
        return failure(
          'filterNotApplied',
          `since cannot be applied: the connections list's relative times are not readable in this UI language (${p?.locale ?? 'unknown'}).`,
        );
      }
    }
    const picked: { c: Connection; at: Date | null }[] = [];
    // The list is "Recently added" first: a run of connections older than `since` ends the reading
    // (a run, not the first one, so a slightly out-of-order list does not cut it short).
    const OLDER_RUN = 5;
    let olderRun = 0;
    await list.read((sofar) => {
      const c = sofar[sofar.length - 1]!;
      const at = c.connectedAgo ? parseRelativeTime(c.connectedAgo, list.phrases(), now) : null;
      if (since) {
        if (at === null) {
          ctx.log.debug('a connection without a readable "connected" time is left out of a `since` list');
          return false;
        }
        if (at < since) return ++olderRun >= OLDER_RUN;
        olderRun = 0;
      }
      if (!hasFilter || matches(c, filter!)) picked.push({ c, at });
      return picked.length >= params.limit;
    });
    ctx.log.info({ count: picked.length }, 'connections read');
    const items: ListItem[] = picked.map(({ c, at }) => {
      const data: JsonObject = {
        name: c.name,
        publicUrl: c.publicUrl,
        headline: c.headline,
        location: null,
        urn: c.urn,
      };
      if (since) data.connectedAt = at ? at.toISOString() : null;
      return {
        data,
        ...(c.publicUrl ? { subject: { kind: 'person' as const, personUrl: c.publicUrl } } : {}),
      };
    });
    return { kind: 'list', items };
  },
});
