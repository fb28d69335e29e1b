// The baseline: what a person would hand-write with plain Playwright to do the same page work as the
// action, on an already-open page. Same fixtures, same events on the page (the note is typed key by
// key, as linkwright types it, because LinkedIn's forms listen to key events); none of linkwright's
// checks, journal, limits, capture or classification.
import type { Page } from 'playwright';

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

/** Open the profile, Connect under More, add the note, Send, and wait until the top card shows Pending. */
export async function bareSendWithNote(
  page: Page,
  origin: string,
  vanity: string,
  name: string,
  note: string,
): Promise<void> {
  await page.goto(`${origin}/in/${vanity}/`, { waitUntil: 'domcontentloaded' });
  const main = page.locator('main');
  await main.getByRole('button', { name: 'More actions' }).filter({ visible: true }).first().click();
  await page
    .getByRole('button', { name: `Invite ${name} to connect` })
    .filter({ visible: true })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add a note' }).click();
  const field = page.getByRole('dialog').getByRole('textbox');
  await field.pressSequentially(note);
  await page.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await main
    .getByRole('button', { name: `Pending, click to withdraw invitation sent to ${name}` })
    .filter({ visible: true })
    .first()
    .waitFor();
}
