// resolve() tries candidates in order: the winner is the first candidate that matches — also when a
// later one, or a costlier candidate after it, matches too — and hidden matches only count with
// includeHidden.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve, type Descriptor, type ResolveContext } from '../../../selectors/linkedin/index.ts';
import { phraseTableFor } from '../../../selectors/linkedin/locales/index.ts';
import { pagePerFile } from '../../support/page-per-file.ts';

const file = pagePerFile();
beforeAll(async () => {
  await file.page.setContent(
    `<main><section id="card"><button class="a">One</button><button class="b">Two</button>` +
      `<button class="c" hidden>Three</button></section></main>`,
  );
});

const ctx: ResolveContext = { phrases: phraseTableFor('en'), vanity: null, name: null };
const keyOf = async (d: Descriptor, includeHidden = false): Promise<string | null> =>
  (await resolve(file.page, d, ctx, { includeHidden }))?.key ?? null;

describe('resolve order', () => {
  it('takes the first matching candidate in order, not a later one that matches too', async () => {
    const d: Descriptor = {
      id: 't.run',
      description: 'run',
      candidates: [
        { key: 'x.none', css: 'button.missing' },
        { key: 'x.b', css: 'button.b' },
        { key: 'x.a', css: 'button.a' },
      ],
    };
    expect(await keyOf(d)).toBe('x.b');
  });

  it('lets a role candidate that matches win over a later CSS one', async () => {
    const d: Descriptor = {
      id: 't.mixed',
      description: 'mixed',
      candidates: [
        { key: 'y.none', css: 'button.missing' },
        { key: 'y.role', roles: ['button'], name: () => /^Two$/ },
        { key: 'y.a', css: 'button.a' },
      ],
    };
    expect(await keyOf(d)).toBe('y.role');
  });

  it('counts hidden matches only when asked', async () => {
    const d: Descriptor = {
      id: 't.hidden',
      description: 'hidden',
      candidates: [
        { key: 'z.c', css: 'button.c' },
        { key: 'z.a', css: 'button.a' },
      ],
    };
    expect(await keyOf(d)).toBe('z.a');
    expect(await keyOf(d, true)).toBe('z.c');
  });

  it('returns null when nothing matches', async () => {
    const d: Descriptor = {
      id: 't.nothing',
      description: 'nothing',
      candidates: [
        { key: 'n.one', css: 'button.missing' },
        { key: 'n.two', css: 'a.missing' },
      ],
    };
    expect(await keyOf(d)).toBeNull();
  });
});
