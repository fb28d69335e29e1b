// typeLikeHuman on a real Chromium page: a field the page already focused is typed into without a click
// (as a person would), any other is clicked first; a field holding text is cleared; the read-back holds.
import { describe, expect, it } from 'vitest';
import { typeLikeHuman } from '../../../drivers/shared/typing.ts';
import { ZERO_PACING } from '../../../drivers/shared/pacing.ts';
import { pagePerFile } from '../../support/page-per-file.ts';

const file = pagePerFile();

/** A light-DOM textarea and one in an open shadow root; every mousedown is counted per field. */
async function load(opts: { focus?: 'light' | 'shadow'; value?: string }): Promise<void> {
  await file.page.setContent(`<textarea id="light"></textarea><div id="host"></div>`);
  await file.page.evaluate(({ focus, value }) => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="shadow"></textarea>';
    const w = window as unknown as { downs: Record<string, number> };
    w.downs = { light: 0, shadow: 0 };
    const light = document.getElementById('light') as HTMLTextAreaElement;
    const shadow = root.getElementById('shadow') as HTMLTextAreaElement;
    for (const el of [light, shadow]) el.addEventListener('mousedown', () => w.downs[el.id]!++);
    if (value !== undefined) light.value = value;
    if (focus) (focus === 'light' ? light : shadow).focus();
  }, opts);
}

const downs = (): Promise<Record<string, number>> =>
  file.page.evaluate(() => (window as unknown as { downs: Record<string, number> }).downs);

describe('typeLikeHuman', () => {
  it('types into a field that already has the focus without clicking it', async () => {
    await load({ focus: 'light' });
    const field = file.page.locator('#light');
    expect(await typeLikeHuman(field, 'Hello there', ZERO_PACING)).toEqual({ ok: true });
    expect(await field.inputValue()).toBe('Hello there');
    expect(await downs()).toEqual({ light: 0, shadow: 0 });
  });

  it('clicks a field without the focus first', async () => {
    await load({ focus: 'shadow' });
    const field = file.page.locator('#light');
    expect(await typeLikeHuman(field, 'Hi', ZERO_PACING)).toEqual({ ok: true });
    expect(await downs()).toEqual({ light: 1, shadow: 0 });
  });

  it('sees the focus inside a shadow root', async () => {
    await load({ focus: 'shadow' });
    const field = file.page.locator('#shadow');
    expect(await typeLikeHuman(field, 'In the outlet', ZERO_PACING)).toEqual({ ok: true });
    expect(await field.inputValue()).toBe('In the outlet');
    expect(await downs()).toEqual({ light: 0, shadow: 0 });
  });

  it('clears a field that already holds text', async () => {
    await load({ focus: 'light', value: 'old draft' });
    const field = file.page.locator('#light');
    expect(await typeLikeHuman(field, 'New note', ZERO_PACING)).toEqual({ ok: true });
    expect(await field.inputValue()).toBe('New note');
  });
});
