// Bench-only probe: prices the send floor's reads. Two arms on one bare browser, each paired against the
// bare send: the floor with an empty evaluate at each required read (the round trips and the page's own
// busy time alone, which no leaner extractor could go below), with linkwright's page read
// (readPageState), and with the page reads plus one lookup per control and Send's enabled check (the least
// that ordered candidates and the journal write before Send cost). Run: npx tsx bench/probe/floor-reads.ts [pairs]
import { bareSendWithNote, bareSendWithNoteAndReads } from '../lib/bare-page-work.ts';
import { withBareBrowser } from '../lib/bare-browser.ts';
import { readPageState } from '../../selectors/linkedin/read-signals.ts';
import { paired } from '../lib/stats.ts';
import { NOTE } from '../sections/action-overhead.ts';

const pairs = Number(process.argv[2] ?? 9);
await withBareBrowser(async ({ server, page }) => {
  const before = async (): Promise<void> => {
    server.replay.reset('demo');
    await page.goto('about:blank');
  };
  const send = (read?: (p: typeof page) => Promise<unknown>) => (): Promise<void> =>
    read
      ? bareSendWithNoteAndReads(page, server.url, 'person2', 'Tomas Lindqvist', NOTE, read)
      : bareSendWithNoteAndReads(page, server.url, 'person2', 'Tomas Lindqvist', NOTE);
  const bare = (): Promise<void> => bareSendWithNote(page, server.url, 'person2', 'Tomas Lindqvist', NOTE);
  const opts = { pairs, warmup: 1, before };
  const empty = await paired(
    'empty reads',
    send((p) => p.evaluate('0')),
    bare,
    opts,
  );
  const full = await paired('page reads', send(), bare, opts);
  const withLookups = await paired(
    'page reads and lookups',
    () =>
      bareSendWithNote(page, server.url, 'person2', 'Tomas Lindqvist', NOTE, readPageState, {
        lookups: true,
      }),
    bare,
    opts,
  );
  for (const [label, r] of [
    ['floor, empty evaluate at each read', empty],
    ['floor, readPageState at each read', full],
    ['floor, page reads + one lookup per control + Send enabled', withLookups],
  ] as const)
    console.log(`${label}: ${r.ratio}× (${r.medianAMs} vs ${r.medianBMs} ms, ${r.pairs} pairs)`);
});
