// resolve() tries candidates in order: the winner is the first candidate that matches — also when a
// later one, or a costlier candidate after it, matches too — and hidden matches only count with
// includeHidden. On a page whose front end the reading named, the other front end's candidates go last.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_DESCRIPTORS,
  candidateFlavour,
  candidatesInOrder,
  resolve,
  sel,
  type Descriptor,
  type ResolveContext,
} from '../../../selectors/linkedin/index.ts';
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

describe('front-end order', () => {
  // Both flavours match here on purpose: the order alone decides which wins.
  const d: Descriptor = {
    id: 't.flavoured',
    description: 'flavoured',
    candidates: [
      { key: 'f.sdui.b', css: 'button.b' },
      { key: 'f.generic', css: 'button.missing' },
      { key: 'f.ember.a', css: 'button.a' },
      { key: 'f.sdui.a', css: 'button.a' },
      { key: 'f.text', css: 'button', text: () => /One/ },
    ],
  };
  const keysFor = (desc: Descriptor, frontEnd: ResolveContext['frontEnd']): string[] =>
    candidatesInOrder(desc, { ...ctx, frontEnd }).map((c) => c.key);

  it("moves the other front end's candidates just behind the page's own, fallbacks staying last", () => {
    expect(keysFor(d, 'ember')).toEqual(['f.generic', 'f.ember.a', 'f.sdui.b', 'f.sdui.a', 'f.text']);
    expect(keysFor(d, 'sdui')).toEqual(['f.sdui.b', 'f.generic', 'f.sdui.a', 'f.ember.a', 'f.text']);
  });

  it('keeps the declared order when the front end is unknown or the page has no flavour of its own', () => {
    expect(keysFor(d, null)).toEqual(d.candidates.map((c) => c.key));
    expect(keysFor(d, undefined)).toEqual(d.candidates.map((c) => c.key));
    const emberOnly: Descriptor = {
      ...d,
      candidates: [
        { key: 'e.ember.a', css: 'a' },
        { key: 'e.b', css: 'b' },
      ],
    };
    expect(candidatesInOrder(emberOnly, { ...ctx, frontEnd: 'sdui' })).toBe(emberOnly.candidates);
  });

  it("on every descriptor, the fallbacks declared after a page's own candidates keep their place", () => {
    for (const desc of ALL_DESCRIPTORS) {
      for (const frontEnd of ['ember', 'sdui'] as const) {
        const order = keysFor(desc, frontEnd);
        const declared = desc.candidates.map((c) => c.key);
        expect([...order].sort(), desc.id).toEqual([...declared].sort());
        const lastOwn = desc.candidates.findLastIndex((c) => candidateFlavour(c) === frontEnd);
        for (let i = lastOwn + 1; i < declared.length; i++) expect(order[i], desc.id).toBe(declared[i]);
      }
    }
  });

  it('reads an explicit frontEnd like the flavour in a key', () => {
    const menuItem: Descriptor = {
      id: 't.menuItem',
      description: 'a menu item whose key names the item, not the front end',
      candidates: [
        { key: 'm.item.link', frontEnd: 'sdui', css: 'a' },
        { key: 'm.item.icon', frontEnd: 'ember', css: 'b' },
        { key: 'm.item.text', css: 'c', text: () => /x/ },
      ],
    };
    expect(keysFor(menuItem, 'ember')).toEqual(['m.item.icon', 'm.item.link', 'm.item.text']);
    expect(keysFor(menuItem, 'sdui')).toEqual(['m.item.link', 'm.item.icon', 'm.item.text']);
    expect(candidateFlavour(menuItem.candidates[0]!)).toBe('sdui');
    expect(candidateFlavour({ key: 'f.ember.a', css: 'a' })).toBe('ember');
  });

  it("tries Ember's dropdown item first for the menu's Connect on an Ember page, the links first on SDUI", () => {
    expect(keysFor(sel.profile.moreMenu.connect, 'ember').slice(0, 2)).toEqual([
      'moreMenu.connect.ember-icon',
      'moreMenu.connect.preload-link',
    ]);
    expect(keysFor(sel.profile.moreMenu.connect, 'sdui')[0]).toBe('moreMenu.connect.preload-link');
  });

  it('resolve follows it, and a misnamed page still finds its element', async () => {
    const key = async (frontEnd: ResolveContext['frontEnd']): Promise<string | null> =>
      (await resolve(file.page, d, { ...ctx, frontEnd }))?.key ?? null;
    expect(await key(null)).toBe('f.sdui.b');
    expect(await key('ember')).toBe('f.ember.a');
    const sduiOnly: Descriptor = {
      ...d,
      candidates: [
        { key: 'g.ember.x', css: 'button.missing' },
        { key: 'g.sdui.b', css: 'button.b' },
      ],
    };
    expect((await resolve(file.page, sduiOnly, { ...ctx, frontEnd: 'ember' }))?.key).toBe('g.sdui.b');
  });
});
