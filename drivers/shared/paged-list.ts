// One component for every list that reveals its rows in batches: a "Load more" button that appends, a
// numbered pagination's "Next" that replaces the page, or infinite scroll. It reads rows (plain data,
// through the caller's `rows()`), de-duplicates them across batches by key, advances to the next batch
// and waits (bounded) for the list to change. Every loop has a bound; progress is logged at debug.
import type { Locator } from 'playwright';
import { throwIfAborted } from './bounded.ts';
import { humanClick, pollFor, type PageEnv } from './page-object.ts';

export type Advance =
  /** A button that appends the next batch under the rows already shown ("Load more", "Show more"). */
  | { kind: 'loadMore'; control: () => Promise<Locator | null>; settleMs: number }
  /** A pagination control ("Next") that replaces the rows with the next page. */
  | { kind: 'numbered'; control: () => Promise<Locator | null>; settleMs: number }
  /** Scrolling to the end of the page loads more rows. */
  | { kind: 'infiniteScroll'; settleMs: number };

export interface PagedListSpec<Row> {
  /** For logs ("sentInvitations", "connections", …). */
  name: string;
  /** The rows the page shows now, in list order (plain data read in the page). */
  rows: () => Promise<Row[]>;
  /** A row's identity, to de-duplicate across batches and to notice that the list changed. */
  key: (row: Row) => string;
  /** How the next batch is revealed; the first button-style advance the page offers is used. */
  advance: readonly Advance[];
  /** At most this many advances per walk (the list's bound). */
  maxBatches: number;
  /** Pause between probes while waiting for the next batch (default 150 ms). */
  intervalMs?: number;
  /** True when a found control must not be clicked (default: not enabled). */
  disabled?: (control: Locator) => Promise<boolean>;
  /** Runs before each batch is read (e.g. expanding truncated notes). */
  beforeRead?: () => Promise<void>;
  /** Runs after an advance brought new rows (e.g. re-reading the page state). */
  afterAdvance?: () => Promise<void>;
}

/** A row with its position among the rows shown now (valid until the list changes). */
export interface ShownRow<Row> {
  row: Row;
  index: number;
}

export class PagedList<Row> {
  constructor(
    private readonly env: PageEnv,
    private readonly spec: PagedListSpec<Row>,
  ) {}

  /**
   * Walks the list: yields, batch by batch, the rows not seen before (with their index among the rows
   * shown), advancing until the list ends or the bound is reached. Breaking out of the loop stops it.
   */
  async *batches(maxBatches = this.spec.maxBatches): AsyncGenerator<ShownRow<Row>[], void, undefined> {
    const seen = new Set<string>();
    for (let batch = 0; ; batch++) {
      throwIfAborted(this.env.signal);
      await this.spec.beforeRead?.();
      const rows = await this.spec.rows();
      const fresh: ShownRow<Row>[] = [];
      rows.forEach((row, index) => {
        const k = this.spec.key(row);
        if (seen.has(k)) return;
        seen.add(k);
        fresh.push({ row, index });
      });
      this.env.log?.debug(
        { list: this.spec.name, batch, shown: rows.length, fresh: fresh.length, total: seen.size },
        'list batch read',
      );
      yield fresh;
      if (batch >= maxBatches) {
        this.env.log?.warn({ list: this.spec.name, batches: batch }, 'list read stopped at its bound');
        return;
      }
      if (!(await this.next())) return;
    }
  }

  /** Every row of the list, in order (bounded). */
  async all(maxBatches = this.spec.maxBatches): Promise<ShownRow<Row>[]> {
    const out: ShownRow<Row>[] = [];
    for await (const fresh of this.batches(maxBatches)) out.push(...fresh);
    return out;
  }

  /**
   * The first shown row that `match` accepts, advancing batch by batch until found (bounded); its
   * index is among the rows shown when it was found. `maxBatches: 0` looks at the shown rows only.
   */
  async find(match: (row: Row) => boolean, maxBatches = this.spec.maxBatches): Promise<ShownRow<Row> | null> {
    for (let batch = 0; ; batch++) {
      throwIfAborted(this.env.signal);
      const rows = await this.spec.rows();
      const index = rows.findIndex(match);
      if (index >= 0) return { row: rows[index]!, index };
      if (batch >= maxBatches || !(await this.next())) return null;
    }
  }

  /** Reveals the next batch; true when the list changed within the advance's budget. */
  async next(): Promise<boolean> {
    const before = await this.signature();
    for (const a of this.spec.advance) {
      if (a.kind === 'infiniteScroll') {
        throwIfAborted(this.env.signal);
        await this.env.pacing.pause('step');
        await this.env.page.mouse.wheel(0, 4000).catch(() => undefined);
        await this.env.page.evaluate('window.scrollTo(0, document.body.scrollHeight)').catch(() => undefined);
      } else {
        const found = await a.control();
        if (!found) continue;
        // The control the page offers decides: a disabled one means the end, not "try the next kind".
        const control = found.last();
        const disabled = this.spec.disabled ?? (async (c) => !(await c.isEnabled().catch(() => false)));
        if (await disabled(control)) return false;
        await humanClick(this.env, control);
      }
      const changed = await pollFor(
        this.env,
        async () => ((await this.signature()) !== before ? true : undefined),
        a.settleMs,
        this.spec.intervalMs ?? 150,
      );
      this.env.log?.debug(
        { list: this.spec.name, advance: a.kind, changed: changed === true },
        'list advanced',
      );
      if (changed) await this.spec.afterAdvance?.();
      return changed === true;
    }
    return false;
  }

  /** Changes whenever the list shows other or more rows. */
  private async signature(): Promise<string> {
    const rows = await this.spec.rows().catch(() => [] as Row[]);
    const first = rows[0];
    const last = rows[rows.length - 1];
    return `${rows.length}:${first === undefined ? '' : this.spec.key(first)}:${last === undefined ? '' : this.spec.key(last)}`;
  }
}
