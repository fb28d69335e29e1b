// The page classifier on hand-built signals: both front ends, every relationship, connectVia
// primary/more/none, self, not found, hydrating, decoys, hidden duplicates, non-English pages and an
// unknown locale (no text-based guessing).
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../selectors/linkedin/classify-page.ts';
import { en } from '../../../selectors/linkedin/locales/en.ts';
import {
  control,
  dialog,
  emberMore,
  emberSignals,
  menu,
  sduiConnect,
  sduiFollow,
  sduiMessage,
  sduiMore,
  sduiPending,
  signals,
  topCard,
} from './build-signals.ts';

const fields = (s: ReturnType<typeof signals>) => {
  const r = classifyPage(s);
  return { page: r.page, frontEnd: r.frontEnd, relationship: r.relationship, connectVia: r.connectVia };
};

describe('SDUI profiles', () => {
  it('primary Connect (preload link pinned to the owner vanity)', () => {
    const s = signals({
      topCard: topCard({
        row: [sduiConnect(), sduiMessage(), sduiMore()],
        degrees: [{ text: '· 2nd', visible: true, source: 'sdui-line' }],
      }),
    });
    expect(fields(s)).toEqual({
      page: 'profile',
      frontEnd: 'sdui',
      relationship: 'notConnected',
      connectVia: 'primary',
    });
    expect(classifyPage(s).profile?.degree).toBe(2);
  });

  it('Follow primary with the More menu closed → more (inferred: Connect can only be in the menu)', () => {
    const s = signals({
      topCard: topCard({
        row: [sduiFollow(), sduiMessage(), sduiMore()],
        degrees: [{ text: '· 3rd', visible: true, source: 'sdui-line' }],
      }),
    });
    const r = classifyPage(s);
    expect(r.relationship).toBe('notConnected');
    expect(r.connectVia).toBe('more');
    expect(r.profile?.connectViaSource).toBe('inferred');
  });

  it('Follow primary with the menu open showing Connect → more (menu)', () => {
    const s = signals({
      topCard: topCard({ row: [sduiFollow(), sduiMessage(), sduiMore(true)] }),
      menus: [
        menu({
          items: [
            control({
              tag: 'a',
              role: 'menuitem',
              href: '/preload/custom-invite/?vanityName=avery-quinn',
              text: 'Connect',
            }),
          ],
        }),
      ],
      preloadLinks: [{ kind: 'custom-invite', vanity: 'avery-quinn', where: 'ownedMenu', visible: true }],
    });
    const r = classifyPage(s);
    expect(r.connectVia).toBe('more');
    expect(r.profile?.connectViaSource).toBe('menu');
  });

  it('follow-only: the open menu has no Connect → none', () => {
    const s = signals({
      topCard: topCard({ row: [sduiFollow(), sduiMessage(), sduiMore(true)] }),
      menus: [
        menu({
          items: [
            control({ tag: 'div', role: 'menuitem', text: 'Save to PDF', icons: ['download-medium'] }),
            control({
              tag: 'a',
              role: 'menuitem',
              href: 'https://www.linkedin.com/preload/report-in-modal/?entityUrn=x',
              text: 'Report / Block',
              icons: ['report-medium'],
            }),
          ],
        }),
      ],
    });
    expect(fields(s)).toMatchObject({ relationship: 'notConnected', connectVia: 'none' });
  });

  it('pending (aria-label phrase) → pending / none', () => {
    const s = signals({ topCard: topCard({ row: [sduiPending(), sduiMessage(), sduiMore()] }) });
    expect(fields(s)).toMatchObject({ relationship: 'pending', connectVia: 'none' });
  });

  it('pending by componentkey suffix, language-free', () => {
    const s = signals({
      htmlLang: 'ja',
      topCard: topCard({
        row: [
          control({
            tag: 'a',
            componentKey: 'ConnectButtonstate:invitation:urn:li:member:42_pending',
            text: '保留中',
          }),
          sduiMessage(),
          sduiMore(),
        ],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'pending', connectVia: 'none' });
  });

  it('1st degree with a hidden "· 2nd" duplicate → connected (visible lines only)', () => {
    const s = signals({
      topCard: topCard({
        row: [sduiMessage(), sduiMore()],
        degrees: [
          { text: '· 1st', visible: true, source: 'sdui-line' },
          { text: '· 2nd', visible: false, source: 'sdui-line' },
        ],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'connected', connectVia: 'none' });
    expect(classifyPage(s).profile?.degree).toBe(1);
  });

  it('1st degree with both degree lines reading visible (saved page, no CSS) → connected from the Message-only row', () => {
    const s = signals({
      topCard: topCard({
        row: [sduiMessage(), sduiMore()],
        degrees: [
          { text: '· 1st', visible: true, source: 'sdui-line' },
          { text: '· 2nd', visible: true, source: 'sdui-line' },
        ],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'connected', connectVia: 'none' });
    expect(classifyPage(s).profile?.degree).toBeNull();
  });

  it('Message primary but 2nd degree (InMail / open profile) is not connected', () => {
    const s = signals({
      topCard: topCard({
        row: [sduiMessage(), sduiMore()],
        degrees: [{ text: '· 2nd', visible: true, source: 'sdui-line' }],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'notConnected', connectVia: 'more' });
  });

  it('own profile (edit-intro link) → self / none', () => {
    const s = signals({
      topCard: topCard({
        row: [control({ text: 'Open to' }), sduiMore()],
        self: { editIntroLink: true, isSelfProfileLinks: 3, selfComponentKeys: 1, analyticsLink: true },
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'self', connectVia: 'none' });
  });
});

describe('Ember profiles', () => {
  const emberConnect = control({
    tag: 'button',
    ariaLabel: 'Invite Avery Quinn to connect',
    text: 'Connect',
    icons: ['connect-small'],
    classes: ['artdeco-button--primary', 'pvs-profile-actions__action'],
  });
  const emberMessage = control({
    tag: 'button',
    ariaLabel: 'Message Avery',
    text: 'Message',
    icons: ['send-privately-small'],
  });
  const emberFollow = control({
    tag: 'button',
    ariaLabel: 'Follow Avery Quinn',
    text: 'Follow',
    icons: ['add-small'],
    classes: ['artdeco-button--primary'],
  });
  const dd = (items: ReturnType<typeof control>[]) => menu({ kind: 'ember.dropdown', open: false, items });
  const ember = (row: ReturnType<typeof control>[], menus: ReturnType<typeof menu>[] = [], degree = '2nd') =>
    emberSignals({
      topCard: topCard({
        key: 'ember.section-member-id',
        flavour: 'ember',
        memberId: '123',
        row,
        degrees: [{ text: degree, visible: true, source: 'ember-dist-value' }],
      }),
      menus,
    });

  it('primary Connect → primary', () => {
    expect(fields(ember([emberConnect, emberMessage, emberMore()]))).toEqual({
      page: 'profile',
      frontEnd: 'ember',
      relationship: 'notConnected',
      connectVia: 'primary',
    });
  });

  it('Connect only in the pre-rendered (hidden) dropdown → more', () => {
    const s = ember(
      [emberFollow, emberMessage, emberMore()],
      [
        dd([
          control({
            tag: 'div',
            role: 'button',
            ariaLabel: 'Invite Avery Quinn to connect',
            text: 'Connect',
            icons: ['connect-medium'],
            visible: false,
            ariaHidden: true,
          }),
        ]),
      ],
      '3rd',
    );
    expect(fields(s)).toMatchObject({ relationship: 'notConnected', connectVia: 'more' });
  });

  it('follow-only: dropdown rendered without Connect → none', () => {
    const s = ember(
      [emberFollow, emberMessage, emberMore()],
      [
        dd([
          control({
            tag: 'div',
            role: 'button',
            ariaLabel: 'Save to PDF',
            text: 'Save to PDF',
            icons: ['download-medium'],
          }),
        ]),
      ],
      '3rd',
    );
    expect(fields(s)).toMatchObject({ relationship: 'notConnected', connectVia: 'none' });
  });

  it('1st degree: Remove connection in the dropdown → connected', () => {
    const s = ember(
      [control({ ...emberMessage, classes: ['artdeco-button--primary'] }), emberMore()],
      [
        dd([
          control({
            tag: 'div',
            role: 'button',
            ariaLabel: 'Remove your connection to Avery Quinn',
            text: 'Remove Connection',
          }),
        ]),
      ],
      '1st',
    );
    expect(fields(s)).toMatchObject({ relationship: 'connected', connectVia: 'none' });
  });

  it('pending: clock icon button → pending', () => {
    const s = ember([
      control({
        tag: 'button',
        ariaLabel: 'Pending, click to withdraw invitation sent to Avery Quinn',
        text: 'Pending',
        icons: ['clock-small'],
      }),
      emberMessage,
      emberMore(),
    ]);
    expect(fields(s)).toMatchObject({ relationship: 'pending', connectVia: 'none' });
  });
});

describe('decoys and duplicates', () => {
  it('rail Connect links of other people never make the owner connectable', () => {
    const s = signals({
      topCard: topCard({ row: [sduiFollow(), sduiMessage()] }),
      preloadLinks: [
        { kind: 'custom-invite', vanity: 'someone-else', where: 'main', visible: true },
        { kind: 'custom-invite', vanity: 'another-person', where: 'main', visible: true },
      ],
    });
    const r = classifyPage(s);
    expect(r.relationship).toBe('notConnected');
    expect(r.connectVia).toBe('none');
    expect(r.profile?.connectViaSource).toBe('no-overflow');
  });

  it("the owner's own /preload/custom-invite/ link outside the row (portal) → more", () => {
    const s = signals({
      topCard: topCard({ row: [sduiFollow(), sduiMessage(), sduiMore()] }),
      preloadLinks: [
        { kind: 'custom-invite', vanity: 'someone-else', where: 'main', visible: true },
        { kind: 'custom-invite', vanity: 'avery-quinn', where: 'portal', visible: false },
      ],
    });
    expect(classifyPage(s).profile?.connectViaSource).toBe('preload-link');
  });

  it('a hidden stale Connect next to the visible Pending → pending', () => {
    const s = signals({
      topCard: topCard({
        row: [{ ...sduiConnect(), visible: false }, sduiPending(), sduiMessage(), sduiMore()],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'pending', connectVia: 'none' });
  });

  it('a hidden duplicate Connect does not make a 1st-degree person connectable', () => {
    const s = signals({
      topCard: topCard({
        row: [{ ...sduiConnect(), visible: false }, sduiMessage(), sduiMore()],
        degrees: [{ text: '· 1st', visible: true, source: 'sdui-line' }],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'connected', connectVia: 'none' });
  });

  it('the notification bell (labelled profile link, icon only) is not read as Pending', () => {
    const bell = control({
      tag: 'a',
      href: 'https://www.linkedin.com/in/avery-quinn/',
      ariaLabel: 'Manage notifications about Avery Quinn',
      icons: ['bell-fill-medium'],
    });
    const s = signals({
      htmlLang: null,
      topCard: topCard({
        row: [bell, sduiMessage(), sduiMore()],
        degrees: [{ text: '· 1st', visible: true, source: 'sdui-line' }],
      }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'connected' });
  });
});

describe('page kinds', () => {
  it('not found: /in/unavailable/', () => {
    expect(classifyPage(signals({ url: 'https://www.linkedin.com/in/unavailable/' })).page).toBe('notFound');
  });

  it('hydrating: a profile URL with an empty <main> → profile, not ready, nothing decided', () => {
    const r = classifyPage(signals({ markers: { mainEmpty: true, mainTextLength: 0 } }));
    expect(r).toMatchObject({ page: 'profile', relationship: null, connectVia: null, ready: false });
    expect(r.evidence).toContain('profile:hydrating');
  });

  it('without any URL the structure decides (top card → profile)', () => {
    const s = signals({ url: '', topCard: topCard({ row: [sduiConnect(), sduiMessage(), sduiMore()] }) });
    expect(fields(s)).toMatchObject({ page: 'profile', relationship: 'notConnected', connectVia: 'primary' });
  });

  it('guest pages are signedOut (session layer), a login URL too', () => {
    const guest = signals({
      markers: { bodyRehydrated: false, sduiRoot: false, workspaceMain: false, signedInNav: false },
      session: { signedInNav: false, guestNav: true, publicTracking: 12 },
    });
    expect(classifyPage(guest).page).toBe('signedOut');
    expect(
      classifyPage(
        signals({
          url: 'https://www.linkedin.com/login?session_redirect=x',
          session: { signedInNav: false, loginPageForm: true },
        }),
      ).page,
    ).toBe('signedOut');
  });

  it('checkpoint URL → checkpoint', () => {
    expect(
      classifyPage(
        signals({
          url: 'https://www.linkedin.com/checkpoint/challenge/AgE',
          session: { signedInNav: false, challengeForm: true },
        }),
      ).page,
    ).toBe('checkpoint');
  });

  it("HUMAN's zero-size sensor iframe on a signed-in page is not a captcha", () => {
    const s = emberSignals({
      topCard: topCard({ flavour: 'ember', row: [emberMore()] }),
      session: { captchaFrame: true },
      markers: { captchaFrame: true, captchaFrameVisible: false },
    });
    expect(classifyPage(s).page).toBe('profile');
    const shown = emberSignals({
      session: { captchaFrame: true },
      markers: { captchaFrame: true, captchaFrameVisible: true },
    });
    expect(classifyPage(shown).page).toBe('checkpoint');
  });

  it('search: people = real result cards (promos excluded upstream)', () => {
    const r = classifyPage(
      signals({
        url: 'https://www.linkedin.com/search/results/people/?keywords=x',
        lists: { searchCards: 10, searchPromos: 2 },
      }),
    );
    expect(r).toMatchObject({ page: 'search', people: 10, relationship: null, connectVia: null });
  });

  it('invitation manager tabs count their own cards', () => {
    expect(
      classifyPage(
        signals({
          url: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
          lists: { sentCards: 3, receivedCards: 0 },
        }),
      ).people,
    ).toBe(3);
    expect(
      classifyPage(
        signals({
          url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
          lists: { sentCards: 0, receivedCards: 2 },
        }),
      ).people,
    ).toBe(2);
  });

  it('a LinkedIn surface outside the vocabulary stays unknown (My Network "Grow" shows invitation previews)', () => {
    const r = classifyPage(
      signals({
        url: 'https://www.linkedin.com/mynetwork/grow/',
        markers: { invitationManagerMarkers: 3 },
        lists: { receivedCards: 3 },
      }),
    );
    expect(r).toMatchObject({ page: 'unknown', people: null });
  });

  it('Sales Navigator lead and search pages', () => {
    const lead = classifyPage(
      signals({
        url: 'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x',
        markers: { bodyRehydrated: false },
        salesNav: { leadActionsBar: true },
      }),
    );
    expect(lead).toMatchObject({ page: 'salesLead', frontEnd: 'salesnav' });
    const search = classifyPage(
      signals({
        url: '',
        markers: { bodyRehydrated: false, sduiRoot: false, workspaceMain: false },
        salesNav: { searchResultLeads: 25, anonymize: 100 },
      }),
    );
    expect(search).toMatchObject({ page: 'salesSearch', frontEnd: 'salesnav', people: 25 });
  });

  it('dialog: the most blocking recognised dialog wins; closed ones are ignored', () => {
    const s = signals({
      topCard: topCard({ row: [sduiConnect(), sduiMessage(), sduiMore()] }),
      dialogs: [
        dialog({ tag: 'dialog', open: false, visible: false, ariaLabel: 'Caption Settings Dialog' }),
        dialog({
          where: 'shadow',
          interop: true,
          ariaLabelledBy: 'send-invite-modal',
          classes: ['artdeco-modal', 'send-invite'],
          emailInput: true,
        }),
      ],
    });
    expect(classifyPage(s).dialog).toBe('emailGate');
  });
});

describe('locales', () => {
  const plRow = () => [
    control({
      tag: 'a',
      href: '/preload/custom-invite/?vanityName=avery-quinn',
      ariaLabel: 'Zaproś użytkownika Avery Quinn do nawiązania kontaktu',
      text: 'Połącz',
    }),
    sduiMessage(),
    control({ tag: 'button', ariaLabel: 'Więcej', text: 'Więcej', ariaExpanded: 'false' }),
  ];

  it('Polish page: structure decides even where English labels fail', () => {
    const s = signals({
      htmlLang: 'pl',
      topCard: topCard({ row: plRow(), degrees: [{ text: '· 2.', visible: true, source: 'sdui-line' }] }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'notConnected', connectVia: 'primary' });
    expect(classifyPage(s).locale).toBe('pl');
    // Forcing the English table: its labels match nothing here, the preload link still does.
    expect(classifyPage(s, { phrases: en }).connectVia).toBe('primary');
  });

  it('Polish text-only controls are read with the PL table and not with the EN one', () => {
    const textOnlyPending = control({ tag: 'button', text: 'W toku' });
    const s = signals({
      htmlLang: 'pl',
      topCard: topCard({ rowFound: false, row: [textOnlyPending, sduiMessage(), sduiMore()] }),
    });
    expect(classifyPage(s).relationship).toBe('pending');
    expect(classifyPage(s, { phrases: en }).relationship).not.toBe('pending');
  });

  it('German Ember page: the dropdown Connect item is found by its icon, German labels by the DE table', () => {
    const s = emberSignals({
      htmlLang: 'de-DE',
      topCard: topCard({
        flavour: 'ember',
        row: [
          control({ ariaLabel: 'Avery Quinn folgen', text: 'Folgen', icons: ['add-small'] }),
          emberMore(),
        ],
        degrees: [{ text: '3.', visible: true, source: 'ember-dist-value' }],
      }),
      menus: [
        menu({
          kind: 'ember.dropdown',
          open: false,
          items: [
            control({
              tag: 'div',
              role: 'button',
              ariaLabel: 'Avery Quinn als Kontakt einladen',
              text: 'Vernetzen',
              icons: ['connect-medium'],
            }),
          ],
        }),
      ],
    });
    const r = classifyPage(s);
    expect(r.locale).toBe('de');
    expect(r.profile?.degree).toBe(3);
    expect([r.relationship, r.connectVia]).toEqual(['notConnected', 'more']);
  });

  it('French degree "1er" and a saved page without <html lang> (locale from its own texts)', () => {
    const s = signals({
      htmlLang: null,
      uiTexts: ['Se connecter', 'Plus', 'En attente', 'Envoyer sans note'],
      topCard: topCard({
        row: [sduiMessage(), control({ tag: 'button', text: 'Plus', ariaExpanded: 'false' })],
        degrees: [{ text: '· 1er', visible: true, source: 'sdui-line' }],
      }),
    });
    const r = classifyPage(s);
    expect(r.locale).toBe('fr');
    expect(r.localeSource).toBe('ui-texts');
    expect(r.relationship).toBe('connected');
  });

  it('unknown locale: text-only controls are not guessed (no English fallback)', () => {
    const textOnly = [
      control({ tag: 'button', text: 'Connect' }),
      control({ tag: 'button', text: 'Message' }),
    ];
    const s = signals({ htmlLang: 'ja', topCard: topCard({ rowFound: false, row: textOnly }) });
    const r = classifyPage(s);
    expect(r.locale).toBe('ja');
    expect(r.phrasesAvailable).toBe(false);
    expect(r.relationship).toBeNull();
    expect(r.connectVia).toBeNull();
  });

  it('unknown locale: a labelled More (aria-expanded) is still the overflow trigger', () => {
    const more = control({ tag: 'button', ariaLabel: 'その他', text: 'その他', ariaExpanded: 'false' });
    const s = signals({
      htmlLang: 'ja',
      topCard: topCard({
        row: [sduiFollow('x'), sduiMessage(), more],
        degrees: [{ text: '· 3', visible: true, source: 'sdui-line' }],
      }),
    });
    const r = classifyPage(s);
    expect([r.relationship, r.connectVia, r.profile?.connectViaSource]).toEqual([
      'notConnected',
      'more',
      'inferred',
    ]);
  });

  it('unknown locale: structure still decides', () => {
    const s = signals({
      htmlLang: 'ja',
      topCard: topCard({ row: [sduiConnect(), sduiMessage(), sduiMore()] }),
    });
    expect(fields(s)).toMatchObject({ relationship: 'notConnected', connectVia: 'primary' });
  });
});
