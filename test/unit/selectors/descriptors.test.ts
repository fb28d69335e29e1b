// Descriptor hygiene: stable keys are unique (doctor and logs name candidates by key), every
// descriptor has candidates, every declared descriptor is registered in its surface's tree (doctor's
// list derives from `sel`), and parents are descriptors of the index too.
import { describe, expect, it } from 'vitest';
import * as dialogs from '../../../selectors/linkedin/descriptors/dialogs.ts';
import * as interstitials from '../../../selectors/linkedin/descriptors/interstitials.ts';
import * as lists from '../../../selectors/linkedin/descriptors/lists.ts';
import * as menu from '../../../selectors/linkedin/descriptors/menu.ts';
import * as messaging from '../../../selectors/linkedin/descriptors/messaging.ts';
import * as profile from '../../../selectors/linkedin/descriptors/profile.ts';
import { ALL_DESCRIPTORS, descriptorsIn, sel, type Descriptor } from '../../../selectors/linkedin/index.ts';
import * as salesNav from '../../../selectors/salesnav/descriptors.ts';

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
    for (const mod of [profile, menu, dialogs, lists, interstitials, messaging, salesNav])
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
