import { describe, expect, it } from 'vitest';
import { inCatalogOrder } from '../../../src/workflow/catalog/catalog-order.ts';
import { ACTION_TYPES } from '../../../src/workflow/registry.ts';

describe('inCatalogOrder', () => {
  it('returns the entries in the listed order', () => {
    expect(Object.keys(inCatalogOrder('t', { b: 2, a: 1 }, ['a', 'b']))).toEqual(['a', 'b']);
  });

  it('refuses an order that misses, repeats or invents an entry', () => {
    expect(() => inCatalogOrder('t', { a: 1, b: 2 }, ['a'])).toThrow(/missing \[b\]/u);
    expect(() => inCatalogOrder('t', { a: 1 }, ['a', 'a'])).toThrow(/repeated \[a\]/u);
    expect(() => inCatalogOrder('t', { a: 1 }, ['a', 'c' as 'a'])).toThrow(/unknown \[c\]/u);
  });

  it('keeps the registry in catalog order: every st.* before every nv.*', () => {
    const firstSales = ACTION_TYPES.findIndex((t) => t.startsWith('nv.'));
    expect(ACTION_TYPES.slice(0, firstSales).every((t) => t.startsWith('st.'))).toBe(true);
    expect(ACTION_TYPES[0]).toBe('st.sendMessage');
    expect(ACTION_TYPES.at(-1)).toBe('nv.doForCompanies');
  });
});
