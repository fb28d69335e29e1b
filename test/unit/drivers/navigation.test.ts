import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { navigate } from '../../../drivers/shared/navigation.ts';

function fakePage(failures: string[]): { page: Page; calls: () => number } {
  let calls = 0;
  const page = {
    goto: async () => {
      calls++;
      const next = failures.shift();
      if (next) throw new Error(next);
      return { status: () => 200 };
    },
    url: () => 'https://www.linkedin.com/in/someone/',
  } as unknown as Page;
  return { page, calls: () => calls };
}

describe('navigate', () => {
  it('retries a page load after a transient network error', async () => {
    const { page, calls } = fakePage([
      'page.goto: net::ERR_CONNECTION_RESET at https://www.linkedin.com/in/someone/',
    ]);
    const r = await navigate(page, 'https://www.linkedin.com/in/someone/');
    expect(r).toEqual({ ok: true, finalUrl: 'https://www.linkedin.com/in/someone/', status: 200 });
    expect(calls()).toBe(2);
  });

  it('does not retry a refused request (the recorded LinkedIn fails unknown URLs closed)', async () => {
    const { page, calls } = fakePage(['page.goto: net::ERR_FAILED at https://www.linkedin.com/unknown/']);
    const r = await navigate(page, 'https://www.linkedin.com/unknown/');
    expect(r.ok).toBe(false);
    expect(calls()).toBe(1);
  });

  it('gives up after a bounded number of tries', async () => {
    const { page, calls } = fakePage(Array(5).fill('page.goto: Timeout 30000ms exceeded.'));
    const r = await navigate(page, 'https://www.linkedin.com/in/someone/');
    expect(r.ok).toBe(false);
    expect(calls()).toBe(3);
  });
});
