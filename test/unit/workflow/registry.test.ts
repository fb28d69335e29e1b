import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { ActionSpec } from '../../../src/workflow/action-spec.ts';
import {
  ACTION_SPECS,
  ACTION_TYPES,
  DEPRECATED_ACTIONS,
  getActionSpec,
  rootSubject,
  type ActionParams,
} from '../../../src/workflow/registry.ts';

// The 60 current action types of ../shared/spec/linkedapi-actions.md (§9: 48 `st.`, §10: 12 `nv.`).
const CATALOG = [
  'st.sendMessage',
  'st.syncConversation',
  'st.syncInbox',
  'st.syncNetwork',
  'st.manageConversation',
  'st.checkConnectionStatus',
  'st.sendConnectionRequest',
  'st.withdrawConnectionRequest',
  'st.retrievePendingRequests',
  'st.retrieveInvitations',
  'st.acceptInvitation',
  'st.ignoreInvitation',
  'st.retrieveConnections',
  'st.removeConnection',
  'st.searchCompanies',
  'st.searchPeople',
  'st.searchJobs',
  'st.doForJobs',
  'st.openJob',
  'st.openCompanyPage',
  'st.retrieveCompanyEmployees',
  'st.retrieveCompanyDMs',
  'st.retrieveCompanyPosts',
  'st.openPersonPage',
  'st.retrievePersonExperience',
  'st.retrievePersonEducation',
  'st.retrievePersonSkills',
  'st.retrievePersonLanguages',
  'st.retrievePersonPosts',
  'st.retrievePersonComments',
  'st.retrievePersonReactions',
  'st.openPost',
  'st.retrievePostComments',
  'st.retrievePostReactions',
  'st.reactToPost',
  'st.commentOnPost',
  'st.reactToComment',
  'st.replyToComment',
  'st.createPost',
  'st.createRepost',
  'st.searchPosts',
  'st.retrieveFeed',
  'st.retrieveProfileViewers',
  'st.doForPeople',
  'st.doForCompanies',
  'st.doForPosts',
  'st.retrieveSSI',
  'st.retrievePerformance',
  'nv.sendMessage',
  'nv.syncConversation',
  'nv.syncInbox',
  'nv.manageConversation',
  'nv.searchCompanies',
  'nv.searchPeople',
  'nv.openCompanyPage',
  'nv.retrieveCompanyEmployees',
  'nv.retrieveCompanyDMs',
  'nv.openPersonPage',
  'nv.doForPeople',
  'nv.doForCompanies',
];

const specs = Object.values(ACTION_SPECS) as ActionSpec[];
const spec = (t: string): ActionSpec => {
  const s = getActionSpec(t);
  if (!s) throw new Error(`no spec for ${t}`);
  return s;
};

describe('coverage', () => {
  it('holds exactly the 60 catalog actions, keyed by their own actionType', () => {
    expect(CATALOG).toHaveLength(60);
    expect([...ACTION_TYPES].sort()).toEqual([...CATALOG].sort());
    for (const [key, s] of Object.entries(ACTION_SPECS)) expect(s.actionType).toBe(key);
  });

  it('knows the 3 renamed action types and their replacements, none of them runnable', () => {
    expect([...DEPRECATED_ACTIONS.keys()]).toEqual([
      'st.acceptConnectionRequest',
      'st.ignoreConnectionRequest',
      'st.retrieveConnectionRequests',
    ]);
    for (const [name, { replacement }] of DEPRECATED_ACTIONS) {
      expect(getActionSpec(name)).toBeUndefined();
      expect(getActionSpec(replacement)).toBeDefined();
    }
  });
});

describe('structural rules of the catalog', () => {
  it('parents and children are known actions and mirror each other', () => {
    for (const s of specs) {
      for (const c of s.children)
        expect(spec(c).parents, `${c} should list ${s.actionType} as parent`).toContain(s.actionType);
      for (const p of s.parents)
        expect(spec(p).children, `${p} should list ${s.actionType} as child`).toContain(s.actionType);
    }
  });

  it('root-start rules are coherent', () => {
    for (const s of specs) {
      if (s.rootStart === 'never') expect(s.parents.length, s.actionType).toBeGreaterThan(0);
      if (s.rootStart === 'withTarget') expect(s.targets.length, s.actionType).toBeGreaterThan(0);
      // An action with parents gets its subject from them; as a root it needs a target (or cannot start).
      if (s.parents.length > 0) expect(s.rootStart, s.actionType).not.toBe('always');
    }
  });

  it('iterators sit between a list action and a per-item action', () => {
    for (const s of specs) {
      if (s.shape === 'iterator') {
        expect(s.actionType).toMatch(/^(st|nv)\.doFor/);
        expect(s.rootStart).toBe('never');
        expect(s.children.length).toBeGreaterThan(0);
        for (const p of s.parents) expect(spec(p).shape, `${p} → ${s.actionType}`).toBe('list');
      }
      if (s.shape === 'list') {
        for (const c of s.children) expect(spec(c).shape, `${s.actionType} → ${c}`).toBe('iterator');
      }
    }
  });

  it('every parent hands its children a subject kind they accept', () => {
    for (const s of specs) {
      expect(s.consumes.length > 0, `${s.actionType} consumes iff it has parents`).toBe(s.parents.length > 0);
      for (const c of s.children) {
        expect(s.produces, `${s.actionType} must produce a subject`).toBeDefined();
        expect(spec(c).consumes, `${s.actionType} → ${c}`).toContain(s.produces);
      }
    }
  });

  it('target parameters are optional parameters of the action; parameter objects are strict', () => {
    for (const s of specs) {
      const shape = s.params.shape;
      for (const t of s.targets) {
        expect(shape, `${s.actionType}.${t.param}`).toHaveProperty(t.param);
        const schema = shape[t.param];
        expect(schema && z.safeParse(schema, undefined).success, `${s.actionType}.${t.param} optional`).toBe(
          true,
        );
      }
      expect(shape).not.toHaveProperty('label');
      expect(shape).not.toHaveProperty('then');
      expect(shape).not.toHaveProperty('actionType');
      const r = s.params.safeParse({ definitelyNotAParameter: 1 });
      expect(r.success).toBe(false);
      expect(r.error?.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
    }
  });

  it('records the reading taken where the catalog is unconfirmed', () => {
    for (const t of [
      'st.doForPosts',
      'st.retrieveFeed',
      'nv.sendMessage',
      'st.acceptInvitation',
      'nv.retrieveCompanyDMs',
    ]) {
      expect(spec(t).notes?.length ?? 0, t).toBeGreaterThan(0);
    }
  });
});

describe('catalog values', () => {
  it('applies documented defaults', () => {
    expect(spec('st.retrieveConnections').params.parse({})).toEqual({ limit: 10 });
    expect(spec('st.retrieveCompanyEmployees').params.parse({})).toEqual({ limit: 500 });
    expect(spec('nv.searchPeople').params.parse({})).toEqual({ limit: 25 });
    expect(spec('st.withdrawConnectionRequest').params.parse({})).toEqual({ unfollow: true });
    expect(spec('st.openPersonPage').params.parse({})).toEqual({ basicInfo: false });
    expect(spec('st.reactToComment').params.parse({})).toEqual({ type: 'like' });
    expect(spec('st.syncConversation').params.parse({})).toEqual({ days: 30 });
    expect(spec('st.searchJobs').params.parse({})).toEqual({ limit: 10, allowSimilarResults: true });
    expect(spec('st.retrieveProfileViewers').params.parse({})).toEqual({ limit: 20 });
  });

  it.each<[string, number]>([
    ['st.retrieveConnections', 1000],
    ['st.searchPeople', 1000],
    ['st.searchCompanies', 1000],
    ['st.searchJobs', 1000],
    ['st.searchPosts', 100],
    ['st.retrieveCompanyEmployees', 500],
    ['st.retrieveCompanyDMs', 20],
    ['st.retrieveCompanyPosts', 20],
    ['st.retrievePersonPosts', 20],
    ['st.retrievePostComments', 500],
    ['st.retrievePostReactions', 1000],
    ['st.retrieveFeed', 100],
    ['st.retrieveProfileViewers', 300],
    ['nv.searchPeople', 2500],
    ['nv.searchCompanies', 1000],
    ['nv.retrieveCompanyEmployees', 2500],
    ['nv.retrieveCompanyDMs', 20],
  ])('%s limit ranges 1..%i', (t, max) => {
    const p = spec(t).params;
    expect(p.safeParse({ limit: max }).success).toBe(true);
    expect(p.safeParse({ limit: max + 1 }).success).toBe(false);
    expect(p.safeParse({ limit: 0 }).success).toBe(false);
  });
});

describe('rootSubject', () => {
  it('builds the subject from the target parameter, normalised', () => {
    expect(
      rootSubject('st.sendConnectionRequest', { personUrl: 'http://uk.linkedin.com/in/person1/?x=1' }),
    ).toEqual({
      kind: 'person',
      personUrl: 'https://www.linkedin.com/in/person1',
    });
    expect(rootSubject('st.openCompanyPage', { companyUrl: 'https://linkedin.com/company/acme/' })).toEqual({
      kind: 'company',
      companyUrl: 'https://www.linkedin.com/company/acme',
    });
    expect(
      rootSubject('nv.openPersonPage', {
        personHashedUrl: 'https://www.linkedin.com/sales/lead/ACwAAB,NAME_SEARCH,x/',
      }),
    ).toEqual({
      kind: 'salesPerson',
      personHashedUrl: 'https://www.linkedin.com/sales/lead/ACwAAB,NAME_SEARCH,x',
    });
    expect(
      rootSubject('nv.openCompanyPage', { companyHashedUrl: 'https://www.linkedin.com/sales/company/123' }),
    ).toEqual({
      kind: 'salesCompany',
      companyHashedUrl: 'https://www.linkedin.com/sales/company/123',
    });
    expect(rootSubject('st.openJob', { jobUrl: 'https://www.linkedin.com/jobs/view/3812345678/' })).toEqual({
      kind: 'job',
      jobUrl: 'https://www.linkedin.com/jobs/view/3812345678',
    });
    expect(rootSubject('st.openPost', { postUrn: 'urn:li:activity:7212345678901234567' })).toEqual({
      kind: 'post',
      postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567',
    });
  });

  it('prefers a thread id over a person URL (catalog: threadId wins)', () => {
    expect(
      rootSubject('st.sendMessage', {
        personUrl: 'https://www.linkedin.com/in/person1',
        threadId: 't-1',
        text: 'x',
      }),
    ).toEqual({
      kind: 'conversation',
      threadId: 't-1',
    });
  });

  it('maps invitations by invitationType; no subject where no engine kind fits', () => {
    expect(
      rootSubject('st.acceptInvitation', {
        invitationType: 'connect',
        personUrl: 'https://www.linkedin.com/in/p1',
      }),
    ).toEqual({
      kind: 'person',
      personUrl: 'https://www.linkedin.com/in/p1',
    });
    expect(
      rootSubject('st.ignoreInvitation', {
        invitationType: 'newsletterSubscribe',
        newsletterUrl: 'https://www.linkedin.com/newsletters/x-1',
      }),
    ).toBeUndefined();
    expect(
      rootSubject('st.reactToComment', {
        commentUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1',
      }),
    ).toBeUndefined();
    expect(rootSubject('st.retrievePendingRequests', {})).toBeUndefined();
    expect(rootSubject('st.nope', {})).toBeUndefined();
  });
});

describe('types', () => {
  it('exposes typed parameters per action', () => {
    expectTypeOf<ActionParams<'st.sendConnectionRequest'>>().toEqualTypeOf<{
      personUrl?: string | undefined;
      note?: string | undefined;
      email?: string | undefined;
    }>();
    expectTypeOf<ActionParams<'st.withdrawConnectionRequest'>['unfollow']>().toEqualTypeOf<boolean>();
  });
});
