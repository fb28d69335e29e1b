// The baseline: what a person would hand-write with plain Playwright to do the same page work as the
// action, on an already-open page. Same fixtures, same events on the page (the note is typed key by
// key, as linkwright types it, because LinkedIn's forms listen to key events); none of linkwright's
// checks, journal, limits, capture or classification.
import type { Locator, Page } from 'playwright';
import { readPageState } from '../../selectors/linkedin/read-signals.ts';

export type BareStatus = 'pending' | 'notConnected';

/** Open the profile and read the top card's relationship (Pending or Connect). */
export async function bareCheckStatus(
  page: Page,
  origin: string,
  vanity: string,
  name: string,
): Promise<BareStatus> {
  await page.goto(`${origin}/in/${vanity}/`, { waitUntil: 'domcontentloaded' });
  const main = page.locator('main');
  const pending = main.getByRole('link', { name: `Pending, click to withdraw invitation sent to ${name}` });
  const connect = main.getByRole('button', { name: `Invite ${name} to connect` });
  await pending.or(connect).filter({ visible: true }).first().waitFor();
  return (await pending.filter({ visible: true }).count()) > 0 ? 'pending' : 'notConnected';
}

/** A page read the floor adds at the points linkwright's rules require one (see below). */
export type FloorRead = (page: Page) => Promise<unknown>;

/**
 * Open the profile, Connect under More, add the note, Send, and wait until the top card shows Pending.
 * With `reads` (the floor, below) the page is also read at each point linkwright's rules require, the
 * dialog and the note field awaited first so each read sees them, and the note read back. With
 * `lookups` each control is first counted once (what finding it by the first of its ordered candidates
 * costs at the least) and Send is checked enabled before it is clicked (linkwright writes its journal
 * entry between the two). `mark` is called after each step with its name (`probe/bare-phases.ts`).
 */
export async function bareSendWithNote(
  page: Page,
  origin: string,
  vanity: string,
  name: string,
  note: string,
  reads?: FloorRead,
  opts: { lookups?: boolean; mark?: (step: string) => void } = {},
): Promise<void> {
  const mark = opts.mark ?? ((): void => {});
  const lookup = async (l: Locator): Promise<Locator> => {
    if (opts.lookups && (await l.count()) === 0) throw new Error('a control of the bare send is missing');
    return l;
  };
  await page.goto(`${origin}/in/${vanity}/`, { waitUntil: 'domcontentloaded' });
  mark('goto');
  await reads?.(page);
  const main = page.locator('main');
  await (
    await lookup(main.getByRole('button', { name: 'More actions' }).filter({ visible: true }).first())
  ).click();
  mark('more');
  await (
    await lookup(
      page
        .getByRole('button', { name: `Invite ${name} to connect` })
        .filter({ visible: true })
        .first(),
    )
  ).click();
  mark('connect');
  const dialog = page.getByRole('dialog');
  if (reads) {
    await dialog.waitFor();
    await reads(page);
  }
  await (await lookup(dialog.getByRole('button', { name: 'Add a note' }))).click();
  mark('addNote');
  const field = dialog.getByRole('textbox');
  if (reads) {
    await field.waitFor();
    await reads(page);
  }
  await (await lookup(field)).pressSequentially(note);
  mark('typed');
  if (reads && (await field.inputValue()) !== note) throw new Error('the note did not read back');
  const send = await lookup(dialog.getByRole('button', { name: 'Send invitation' }));
  if (opts.lookups && !(await send.isEnabled())) throw new Error('Send is not enabled');
  await send.click();
  mark('send');
  await dialog.waitFor({ state: 'hidden' });
  mark('hidden');
  await main
    .getByRole('button', { name: `Pending, click to withdraw invitation sent to ${name}` })
    .filter({ visible: true })
    .first()
    .waitFor();
  mark('pending');
}

/**
 * The floor linkwright's own rules put under the send: the bare script plus the page reads those rules
 * require and nothing else — the profile's state before acting (check state before a side effect), the
 * dialog's step after Connect and after "Add a note" (each refusal LinkedIn shows there has a name), and
 * the read-back of the typed note. Each read is `readPageState`, the call linkwright makes; no journal,
 * limits, engine, descriptor chains or polling. Its ratio to the bare script is the least the action
 * can cost while it keeps them. A probe swaps in an empty evaluate to price the round trips alone.
 */
export function bareSendWithNoteAndReads(
  page: Page,
  origin: string,
  vanity: string,
  name: string,
  note: string,
  read: FloorRead = readPageState,
): Promise<void> {
  return bareSendWithNote(page, origin, vanity, name, note, read);
}
