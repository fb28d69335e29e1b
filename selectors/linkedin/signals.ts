// The frozen signal object one `page.evaluate` collects from a LinkedIn page (see signals/expression.ts)
// and the pure classifiers read. Plain JSON: unit tests build these by hand.
//
// Texts are raw-ish (whitespace collapsed, otherwise as on the page); the classifier normalises and
// matches them against phrase tables. Nothing here is decided yet — it is what the page shows.
import type { SessionSignals } from './session-signals.ts';

/** One interactive element (a, button, [role=button], [role=menuitem], …). */
export interface ControlSignal {
  tag: string;
  role: string | null;
  /** Raw `href` attribute (relative or absolute, as in the DOM). */
  href: string | null;
  ariaLabel: string | null;
  /** Visible text (textContent, whitespace collapsed; visually-hidden helper spans excluded). */
  text: string;
  visible: boolean;
  /** Inside an element with aria-hidden="true" (e.g. a closed Ember dropdown). */
  ariaHidden: boolean;
  /** `componentkey` attribute (UUIDs carry no meaning; semantic suffixes like `_connect` do). */
  componentKey: string | null;
  /** Icon names: SDUI `svg[id]`, Ember `svg[data-test-icon]`, `li-icon[type]`. */
  icons: string[];
  ariaExpanded: string | null;
  ariaDisabled: string | null;
  disabled: boolean;
  id: string | null;
  /** Semantic (non-hashed) class names of interest, e.g. artdeco-button--primary. */
  classes: string[];
  dataViewName: string | null;
  dataControlName: string | null;
  /** Ids named by aria-controls / aria-owns on the control or its immediate wrapper. */
  owns: string[];
}

export interface DegreeSignal {
  text: string;
  visible: boolean;
  source: 'sdui-line' | 'ember-dist-value' | 'ember-hidden-label' | 'search-line';
}

export interface TopCardSignals {
  /** Which structure matched: `sdui.componentkey-topcard`, `ember.section-member-id`, … */
  key: string;
  flavour: 'sdui' | 'ember';
  visible: boolean;
  /** Number of elements the top-card candidates matched (several = suspicious). */
  candidates: number;
  name: string | null;
  headline: string | null;
  location: string | null;
  /** Vanity names found in the top card's own /in/<vanity>/ links (name, photo, contact-info). */
  vanities: string[];
  /** `urn:li:fsd_profile:<id>` / `ref<id>Topcard` profile id, when present. */
  profileId: string | null;
  /** Ember `data-member-id`. */
  memberId: string | null;
  /** The action row was located (around the overflow trigger); otherwise `row` holds all top-card controls. */
  rowFound: boolean;
  row: ControlSignal[];
  /** Controls elsewhere in the top card with an aria-label (notification bell, badges, …). */
  other: ControlSignal[];
  degrees: DegreeSignal[];
  self: SelfSignals;
}

export interface SelfSignals {
  /** `a[href*="/in/<vanity>/edit/intro/"]` in the top card or main. */
  editIntroLink: boolean;
  /** Links carrying `isSelfProfile=true`. */
  isSelfProfileLinks: number;
  /** componentkeys `<vanity>_openToButton` / `_cover_edit_button` / `_add_section`… */
  selfComponentKeys: number;
  /** `a[href*="/analytics/profile-views/"]` in main. */
  analyticsLink: boolean;
}

export interface MenuSignals {
  /** `ember.dropdown` (rendered with the top card, hidden until opened) or `sdui.portal` (open popover). */
  kind: 'ember.dropdown' | 'sdui.portal';
  /** The menu belongs to the top card's overflow trigger (by aria-owns/aria-controls or nesting). */
  ownedByTopCard: boolean;
  /** The menu is open (SDUI portal present; Ember trigger aria-expanded=true). */
  open: boolean;
  items: ControlSignal[];
}

export interface PreloadLinkSignal {
  /** `custom-invite` (profile), `search-custom-invite` (search), `withdraw-invite`. */
  kind: 'custom-invite' | 'search-custom-invite' | 'withdraw-invite';
  vanity: string | null;
  where: 'topCardRow' | 'topCard' | 'ownedMenu' | 'portal' | 'main' | 'elsewhere';
  visible: boolean;
}

export interface DialogButtonSignal {
  ariaLabel: string | null;
  text: string;
  disabled: boolean;
  classes: string[];
  dataTestModalCloseBtn: boolean;
  dataViewName: string | null;
  dataControlName: string | null;
  type: string | null;
  /**
   * Where the button sits in an artdeco modal: `actionbar` (`.artdeco-modal__actionbar` / `footer`),
   * `content` (`.artdeco-modal__content`), `header`; null elsewhere or when not extracted.
   */
  region?: 'actionbar' | 'content' | 'header' | null;
}

export interface DialogSignal {
  tag: string;
  role: string | null;
  /** Where it was found. */
  where: 'light' | 'shadow' | 'frame';
  /** Inside `#interop-outlet`'s shadow root. */
  interop: boolean;
  visible: boolean;
  /** `<dialog>` elements only: its `open` state. */
  open: boolean | null;
  id: string | null;
  ariaLabelledBy: string | null;
  ariaLabel: string | null;
  /** Heading text (the labelledby target, else the first h1–h3). */
  heading: string;
  /** All text, capped. */
  text: string;
  classes: string[];
  dataTestModal: boolean;
  dataTestModalId: string | null;
  buttons: DialogButtonSignal[];
  textarea: {
    id: string | null;
    name: string | null;
    maxLength: number | null;
    placeholder: string | null;
    valueLength: number;
  } | null;
  /** Texts shaped like a character counter: "0/200", "12 / 300". */
  counters: string[];
  emailInput: boolean;
  textInput: boolean;
  premiumLink: boolean;
  /** `a[href]`s of interest (learn-why, premium). */
  links: string[];
}

export interface ListSignals {
  /** SDUI `data-sdui-screen` of the main area. */
  searchCards: number;
  searchPromos: number;
  sentCards: number;
  receivedCards: number;
  connectionCards: number;
  /** Generic `[role=listitem]` in main that link to a /in/ profile. */
  profileListItems: number;
  sentWithdrawButtons: number;
  paginationButtons: number;
  /** Invitation-manager tab the page marks as current (`aria-current="page"` tab link); absent/null if none. */
  invitationTab?: 'sent' | 'received' | null;
}

export interface SalesNavSignals {
  leadActionsBar: boolean;
  leadOverflow: boolean;
  searchResultLeads: number;
  /** Account (company) search rows rendered (`[data-x-search-result="ACCOUNT"]`). */
  searchResultAccounts: number;
  /** Rows of `#search-results-container`, rendered or still empty placeholders (lazy rendering). */
  searchResultRows: number;
  /** The account (company) page's top card. */
  accountTopCard: boolean;
  anonymize: number;
  hueApp: boolean;
  /** Sales Navigator inbox: its conversation list or an open thread. */
  inbox: boolean;
  /** The seat upsell / sign-up page an account without Sales Navigator gets. */
  upsell: boolean;
}

export interface PageMarkers {
  bodyRehydrated: boolean;
  sduiRoot: boolean;
  workspaceMain: boolean;
  sduiScreens: string[];
  emberApp: boolean;
  emberViews: number;
  artdeco: boolean;
  memberIdSections: number;
  mainPresent: boolean;
  /** `main` exists but holds (almost) no text: SDUI before hydration. */
  mainEmpty: boolean;
  mainTextLength: number;
  /** Signed-in global navigation: SDUI primary-nav, Ember global-nav. */
  signedInNav: boolean;
  interopOutlet: boolean;
  interopIframe: boolean;
  /** Guest/public-page hooks (`public_profile_*` tracking names, sign-in/join CTAs). */
  publicTracking: number;
  loginForm: boolean;
  /** `h1.page-not-found__headline` or similar not-found markers. */
  notFoundHeadline: boolean;
  captchaFrame: boolean;
  /** A captcha frame with a real, on-screen box (the sensor iframe on normal pages is 0×0 off-screen). */
  captchaFrameVisible: boolean;
  challengeForm: boolean;
  rehab: boolean;
  metaRefresh: string | null;
  messagingForm: boolean;
  messagingList: boolean;
  feedMarkers: number;
  invitationManagerMarkers: number;
  connectionsMarkers: number;
  cookieBanner: boolean;
  toasts: { type: string | null; text: string }[];
}

export interface PageSignals {
  /** Schema version of this object. */
  v: 1;
  /** The page's address as the caller knows it (the live URL, or doctor's --url). */
  url: string;
  /** location.href as the browser sees it (about:blank for setContent). */
  documentUrl: string;
  htmlLang: string | null;
  declaredLangs: (string | null)[];
  title: string;
  canonical: string | null;
  ogUrl: string | null;
  markers: PageMarkers;
  salesNav: SalesNavSignals;
  topCard: TopCardSignals | null;
  menus: MenuSignals[];
  preloadLinks: PreloadLinkSignal[];
  dialogs: DialogSignal[];
  lists: ListSignals;
  /** Short UI texts (row/menu/dialog buttons, nav) for the locale fallback vote. */
  uiTexts: string[];
  /** Body text length and a capped excerpt for checkpoint phrases on short pages. */
  bodyTextLength: number;
  bodyTextExcerpt: string;
  /** The session layer's own signals (session-signals.ts), read in the same evaluate. */
  session: SessionSignals;
}
