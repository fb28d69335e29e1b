// Hand-built PageSignals for the classifier unit tests: a blank signed-in page plus overrides.
import type {
  ControlSignal,
  DialogSignal,
  MenuSignals,
  PageSignals,
  TopCardSignals,
} from '../../../selectors/linkedin/signals.ts';
import { EMPTY_SESSION_SIGNALS } from '../../../selectors/linkedin/session-state.ts';

export function control(o: Partial<ControlSignal> = {}): ControlSignal {
  return {
    tag: 'button',
    role: null,
    href: null,
    ariaLabel: null,
    text: '',
    visible: true,
    ariaHidden: false,
    componentKey: null,
    icons: [],
    ariaExpanded: null,
    ariaDisabled: null,
    disabled: false,
    id: null,
    classes: [],
    dataViewName: null,
    dataControlName: null,
    owns: [],
    ...o,
  };
}

export function topCard(o: Partial<TopCardSignals> = {}): TopCardSignals {
  return {
    key: 'sdui.section-componentkey-topcard',
    flavour: 'sdui',
    visible: true,
    candidates: 1,
    name: 'Avery Quinn',
    headline: 'Head of Platform',
    location: 'Lisbon',
    vanities: ['avery-quinn'],
    profileId: null,
    memberId: null,
    rowFound: true,
    row: [],
    other: [],
    degrees: [],
    self: { editIntroLink: false, isSelfProfileLinks: 0, selfComponentKeys: 0, analyticsLink: false },
    ...o,
  };
}

export function menu(o: Partial<MenuSignals> = {}): MenuSignals {
  return { kind: 'sdui.portal', ownedByTopCard: true, open: true, items: [], ...o };
}

export function dialog(o: Partial<DialogSignal> = {}): DialogSignal {
  return {
    tag: 'div',
    role: 'dialog',
    where: 'light',
    interop: false,
    visible: true,
    open: null,
    id: null,
    ariaLabelledBy: null,
    ariaLabel: null,
    heading: '',
    text: '',
    classes: [],
    dataTestModal: false,
    dataTestModalId: null,
    buttons: [],
    textarea: null,
    counters: [],
    emailInput: false,
    textInput: false,
    premiumLink: false,
    links: [],
    ...o,
  };
}

type Overrides = Partial<Omit<PageSignals, 'markers' | 'session' | 'lists' | 'salesNav'>> & {
  markers?: Partial<PageSignals['markers']>;
  session?: Partial<PageSignals['session']>;
  lists?: Partial<PageSignals['lists']>;
  salesNav?: Partial<PageSignals['salesNav']>;
};

/** A signed-in SDUI page at `url` (English unless overridden). */
export function signals(o: Overrides = {}): PageSignals {
  const base: PageSignals = {
    v: 1,
    url: 'https://www.linkedin.com/in/avery-quinn/',
    documentUrl: 'about:blank',
    htmlLang: 'en',
    declaredLangs: [],
    title: '',
    canonical: null,
    ogUrl: null,
    markers: {
      bodyRehydrated: true,
      sduiRoot: true,
      workspaceMain: true,
      sduiScreens: [],
      emberApp: false,
      emberViews: 0,
      artdeco: false,
      memberIdSections: 0,
      mainPresent: true,
      mainEmpty: false,
      mainTextLength: 2000,
      signedInNav: true,
      interopOutlet: true,
      interopIframe: true,
      publicTracking: 0,
      loginForm: false,
      notFoundHeadline: false,
      captchaFrame: false,
      captchaFrameVisible: false,
      challengeForm: false,
      rehab: false,
      metaRefresh: null,
      messagingForm: false,
      messagingList: false,
      feedMarkers: 0,
      invitationManagerMarkers: 0,
      connectionsMarkers: 0,
      cookieBanner: false,
      toasts: [],
    },
    salesNav: {
      leadActionsBar: false,
      leadOverflow: false,
      searchResultLeads: 0,
      searchResultAccounts: 0,
      searchResultRows: 0,
      accountTopCard: false,
      anonymize: 0,
      hueApp: false,
      inbox: false,
      upsell: false,
    },
    topCard: null,
    menus: [],
    preloadLinks: [],
    dialogs: [],
    lists: {
      searchCards: 0,
      searchPromos: 0,
      sentCards: 0,
      receivedCards: 0,
      connectionCards: 0,
      profileListItems: 0,
      sentWithdrawButtons: 0,
      paginationButtons: 0,
    },
    uiTexts: [],
    bodyTextLength: 3000,
    bodyTextExcerpt: '',
    session: {
      ...EMPTY_SESSION_SIGNALS,
      htmlLang: 'en',
      signedInNav: true,
      mainPresent: true,
      bodyTextLength: 3000,
    },
  };
  return {
    ...base,
    ...o,
    markers: { ...base.markers, ...(o.markers ?? {}) },
    session: { ...base.session, ...(o.session ?? {}) },
    lists: { ...base.lists, ...(o.lists ?? {}) },
    salesNav: { ...base.salesNav, ...(o.salesNav ?? {}) },
  } as PageSignals;
}

/** An Ember page (body.ember-application, section[data-member-id] top card). */
export function emberSignals(o: Overrides = {}): PageSignals {
  return signals({
    ...o,
    markers: {
      bodyRehydrated: false,
      sduiRoot: false,
      workspaceMain: false,
      emberApp: true,
      emberViews: 400,
      artdeco: true,
      memberIdSections: 1,
      interopOutlet: false,
      interopIframe: false,
      ...(o.markers ?? {}),
    },
  });
}

// Typical controls -------------------------------------------------------------------------------
export const sduiConnect = (vanity = 'avery-quinn', name = 'Avery Quinn') =>
  control({
    tag: 'a',
    href: `/preload/custom-invite/?vanityName=${vanity}`,
    ariaLabel: `Invite ${name} to connect`,
    text: 'Connect',
    icons: ['connect-small'],
  });
export const sduiMessage = () =>
  control({
    tag: 'a',
    href: '/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAX&recipient=ACoAAX&screenContext=NON_SELF_PROFILE_VIEW&interop=msgOverlay',
    text: 'Message',
    icons: ['send-privately-medium'],
  });
export const sduiMore = (expanded = false) =>
  control({
    tag: 'button',
    text: 'More',
    ariaExpanded: expanded ? 'true' : 'false',
    owns: expanded ? [':r1a:'] : [],
  });
export const sduiFollow = (name = 'Avery Quinn') =>
  control({ tag: 'button', ariaLabel: `Follow ${name}`, text: 'Follow', icons: ['add-small'] });
export const sduiPending = (name = 'Avery Quinn') =>
  control({
    tag: 'a',
    href: 'https://www.linkedin.com/in/avery-quinn/',
    ariaLabel: `Pending, click to withdraw invitation sent to ${name}`,
    text: 'Pending',
  });
export const emberMore = () =>
  control({
    tag: 'button',
    id: 'ember67-profile-overflow-action',
    ariaLabel: 'More actions',
    text: 'More',
    icons: ['overflow-web-ios-small'],
    classes: ['artdeco-dropdown__trigger'],
    ariaExpanded: 'false',
  });
