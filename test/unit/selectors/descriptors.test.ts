/// <reference types="vite/client" />
// Descriptor hygiene: stable keys are unique (doctor and logs name candidates by key), every
// descriptor has candidates, every declared descriptor is registered in its surface's tree (doctor's
// list derives from `sel`), and parents are descriptors of the index too.
import { describe, expect, it } from 'vitest';
import { ALL_DESCRIPTORS, descriptorsIn, sel, type Descriptor } from '../../../selectors/linkedin/index.ts';

// Every descriptor file of every surface, found rather than listed: a new surface cannot be forgotten here.
const DESCRIPTOR_MODULES: readonly Record<string, unknown>[] = Object.values(
  import.meta.glob<Record<string, unknown>>(
    ['../../../selectors/linkedin/descriptors/*.ts', '../../../selectors/*/descriptors.ts'],
    { eager: true },
  ),
);

const isDescriptor = (v: unknown): v is Descriptor =>
  typeof v === 'object' && v !== null && 'id' in v && 'candidates' in v;

describe('descriptors', () => {
  it('candidate keys are unique across all descriptors', () => {
    const keys = ALL_DESCRIPTORS.flatMap((d) => d.candidates.map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('descriptor ids are unique and every descriptor has candidates', () => {
    const ids = ALL_DESCRIPTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of ALL_DESCRIPTORS) expect(d.candidates.length, d.id).toBeGreaterThan(0);
  });
  it('every declared descriptor is registered once, in the tree doctor lists', () => {
    // profile, menu, dialogs, lists, interstitials, messaging, salesnav at least: the glob found them.
    expect(DESCRIPTOR_MODULES.length).toBeGreaterThanOrEqual(7);
    for (const mod of DESCRIPTOR_MODULES)
      for (const [name, v] of Object.entries(mod))
        if (isDescriptor(v)) expect(ALL_DESCRIPTORS, name).toContain(v);
    expect(ALL_DESCRIPTORS).toEqual(descriptorsIn(sel));
  });
  it('parents are listed descriptors (doctor counts them too)', () => {
    for (const d of ALL_DESCRIPTORS) if (d.parent) expect(ALL_DESCRIPTORS).toContain(d.parent);
  });
  it('top-card controls are scoped to the top card', () => {
    for (const d of Object.values(sel.profile.actionRow)) expect(d.parent).toBe(sel.profile.topCard);
  });
  it('the Experience position is read by structure only, from the first entry of the card', () => {
    const { card, entry, roleTitle } = sel.profile.experience;
    expect(roleTitle.parent).toBe(entry);
    expect(entry.parent).toBe(card);
    for (const d of [card, entry, roleTitle])
      for (const c of d.candidates) {
        // No phrase-table text or accessible name: the title is whatever the entry shows, in any language.
        expect('css' in c && typeof c.css === 'string' && !('text' in c && c.text), c.key).toBe(true);
      }
    // A company with several roles: its nested roles come before the entry's own (bold company) title.
    expect(roleTitle.candidates.map((c) => c.key)).toEqual([
      'experienceRole.ember.grouped-nested-title',
      'experienceRole.ember.entity-title',
    ]);
  });
  it('the owner-pinned Connect link needs the vanity and escapes it', () => {
    const c = sel.profile.actionRow.connect.candidates[0]!;
    expect('css' in c && typeof c.css === 'function').toBe(true);
    if ('css' in c && typeof c.css === 'function') {
      expect(c.css({ phrases: null })).toBeNull();
      expect(c.css({ phrases: null, vanity: 'szymon-nędza' })).toContain('szymon-n%C4%99dza');
    }
  });
});
