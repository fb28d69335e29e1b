// The profile top card and its action row (../shared/spec/linkedin-dom.md A1–A5). Every control is scoped to
// the top card (SDUI `[componentkey$="Topcard"]` section; Ember `section[data-member-id]` / `.pv-top-card`),
// never to sidebar "People you may know" cards, which carry other people's Connect controls.
import type { Descriptor } from '../descriptor.ts';
import { vanityHrefCss } from '../descriptor.ts';
import { escapeRegExp } from '../text.ts';
import { exact, pattern } from './names.ts';

/** Excludes Ember's pre-rendered overflow dropdown (its items duplicate row labels). */
const NOT_IN_DROPDOWN = ':not(.artdeco-dropdown__content *)';
const CONTROL = 'a, button, [role="button"]';

export const topCard: Descriptor = {
  id: 'profile.topCard',
  description: "The profile owner's top card",
  candidates: [
    {
      key: 'topCard.sdui.section-componentkey',
      css: 'section[componentkey$="Topcard"]',
      note: 'A1 SDUI: section[componentkey=…ref<ProfileId>Topcard]',
    },
    { key: 'topCard.sdui.componentkey', css: '[componentkey$="Topcard"]' },
    { key: 'topCard.ember.section-member-id', css: 'section[data-member-id]', has: 'h1', note: 'A1 Ember' },
    { key: 'topCard.ember.pv-top-card', css: 'section:has(> div.pv-top-card), .pv-top-card' },
  ],
};

export const name: Descriptor = {
  id: 'profile.name',
  description: "Owner's name (SDUI h2 inside the profile link; Ember h1)",
  parent: topCard,
  candidates: [
    { key: 'name.sdui.profile-link-h2', css: 'a[href*="/in/"] h2' },
    { key: 'name.sdui.h2', css: 'h2' },
    { key: 'name.ember.h1', css: 'h1' },
  ],
};

export const headline: Descriptor = {
  id: 'profile.headline',
  description: 'Headline: SDUI first <p> after the name block; Ember .text-body-medium',
  parent: topCard,
  candidates: [
    { key: 'headline.ember.text-body-medium', css: '.text-body-medium' },
    {
      key: 'headline.sdui.p-after-name',
      // First <p> after the name that is neither the degree line ("· 2nd") nor pronouns ("She/Her").
      css: "xpath=(.//h2/following::p[normalize-space()][not(starts-with(normalize-space(), '·'))][not(starts-with(normalize-space(), '•'))][not(contains(normalize-space(), '/') and not(contains(normalize-space(), ' ')))])[1]",
    },
  ],
};

export const location: Descriptor = {
  id: 'profile.location',
  description: 'Location: the line that holds the Contact info link',
  parent: topCard,
  candidates: [
    { key: 'location.ember.text-body-small', css: 'span.text-body-small.inline' },
    {
      key: 'location.sdui.contact-info-line',
      css: 'xpath=.//a[contains(@href,"/overlay/contact-info/")]/ancestor::p[1]/parent::*/p[1]',
    },
  ],
};

export const contactInfo: Descriptor = {
  id: 'profile.contactInfo',
  description: 'Contact info overlay link',
  parent: topCard,
  candidates: [{ key: 'contactInfo.overlay-link', css: 'a[href*="/overlay/contact-info/"]' }],
};

export const degree: Descriptor = {
  id: 'profile.degree',
  description: 'Degree line ("· 2nd"); hidden duplicates exist — read visible ones only',
  parent: topCard,
  candidates: [
    { key: 'degree.ember.dist-value', css: '.dist-value' },
    { key: 'degree.sdui.dot-line', css: 'p', text: () => /^\s*[·•]\s*\S{1,14}\s*$/u },
  ],
};

export const connect: Descriptor = {
  id: 'profile.actionRow.connect',
  description: 'Connect in the top card action row',
  parent: topCard,
  candidates: [
    {
      key: 'connect.sdui.preload-link',
      css: (c) => (c.vanity ? vanityHrefCss('/preload/custom-invite/', c.vanity) : null),
      note: 'A1/C.2: locale-free, pinned to the owner vanity',
    },
    {
      key: 'connect.sdui.preload-link-any',
      css: `a[href*="/preload/custom-invite/?vanityName="]${NOT_IN_DROPDOWN}`,
    },
    {
      key: 'connect.componentkey',
      css: '[componentkey^="ConnectButton"][componentkey$="_connect"]',
      note: '2026-06+ builds',
    },
    { key: 'connect.ember.icon', css: `button:has(svg[data-test-icon^="connect-"])${NOT_IN_DROPDOWN}` },
    {
      key: 'connect.label',
      roles: ['button', 'link'],
      name: pattern((p) => p.inviteLabel),
      within: NOT_IN_DROPDOWN,
    },
    { key: 'connect.text', css: `:is(${CONTROL})${NOT_IN_DROPDOWN}`, text: exact((p) => p.connect) },
  ],
};

export const pending: Descriptor = {
  id: 'profile.actionRow.pending',
  description: 'Pending (click to withdraw) in the action row',
  parent: topCard,
  candidates: [
    { key: 'pending.componentkey', css: '[componentkey^="ConnectButton"][componentkey$="_pending"]' },
    { key: 'pending.withdraw-link', css: 'a[href*="/preload/withdraw-invite/"]' },
    { key: 'pending.ember.clock-icon', css: `button:has(svg[data-test-icon^="clock"])${NOT_IN_DROPDOWN}` },
    {
      key: 'pending.label',
      roles: ['button', 'link'],
      name: pattern((p) => p.pendingLabel),
      within: NOT_IN_DROPDOWN,
    },
    { key: 'pending.text', css: `:is(${CONTROL})${NOT_IN_DROPDOWN}`, text: exact((p) => p.pending) },
  ],
};

export const message: Descriptor = {
  id: 'profile.actionRow.message',
  description: 'Message (SDUI compose link without aria-label; Ember button "Message <First>")',
  parent: topCard,
  candidates: [
    { key: 'message.sdui.compose-link', css: 'a[href*="/messaging/compose/"]:not([href*="body="])' },
    { key: 'message.ember.icon', css: `button:has(svg[data-test-icon^="send-privately"])${NOT_IN_DROPDOWN}` },
    {
      key: 'message.label',
      roles: ['button', 'link'],
      name: pattern((p) => p.messageLabel),
      within: NOT_IN_DROPDOWN,
    },
    { key: 'message.text', css: `:is(${CONTROL})${NOT_IN_DROPDOWN}`, text: exact((p) => p.message) },
  ],
};

export const follow: Descriptor = {
  id: 'profile.actionRow.follow',
  description: 'Follow (primary for creators / 3rd degree)',
  parent: topCard,
  candidates: [
    { key: 'follow.componentkey', css: '[componentkey^="FollowButton"]:not([componentkey$="_following"])' },
    {
      key: 'follow.icon',
      css: `button:is(:has(svg#add-small), :has(svg[data-test-icon="add-small"]))${NOT_IN_DROPDOWN}`,
    },
    { key: 'follow.label', roles: ['button'], name: pattern((p) => p.followLabel), within: NOT_IN_DROPDOWN },
    { key: 'follow.text', css: `:is(${CONTROL})${NOT_IN_DROPDOWN}`, text: exact((p) => p.follow) },
  ],
};

export const following: Descriptor = {
  id: 'profile.actionRow.following',
  description: 'Following (already followed; click to unfollow)',
  parent: topCard,
  candidates: [
    { key: 'following.componentkey', css: '[componentkey^="FollowButton"][componentkey$="_following"]' },
    {
      key: 'following.label',
      roles: ['button'],
      name: pattern((p) => p.followingLabel),
      within: NOT_IN_DROPDOWN,
    },
    { key: 'following.text', css: `:is(${CONTROL})${NOT_IN_DROPDOWN}`, text: exact((p) => p.following) },
  ],
};

export const more: Descriptor = {
  id: 'profile.actionRow.more',
  description: 'The overflow ("More") trigger of the top card',
  parent: topCard,
  candidates: [
    { key: 'more.ember.overflow-id', css: 'button[id$="-profile-overflow-action"]' },
    { key: 'more.ember.dropdown-trigger', css: `button.artdeco-dropdown__trigger${NOT_IN_DROPDOWN}` },
    {
      key: 'more.sdui.aria-expanded',
      css: 'button[aria-expanded]:not([aria-label]):not([aria-haspopup="dialog"]):not(:has(h1, h2))',
    },
    { key: 'more.label', roles: ['button'], name: exact((p) => p.moreLabel), within: NOT_IN_DROPDOWN },
    { key: 'more.text', css: `button${NOT_IN_DROPDOWN}`, text: exact((p) => p.more) },
  ],
};

/** Own-profile markers (A5): edit-intro link, self componentkeys. */
export const selfMarkers: Descriptor = {
  id: 'profile.self',
  description: 'Own profile: edit intro link / Open to button',
  candidates: [
    { key: 'self.edit-intro-link', css: 'main a[href*="/edit/intro/"]' },
    { key: 'self.componentkey-open-to', css: '[componentkey$="_openToButton"]' },
    { key: 'self.is-self-profile-link', css: 'a[href*="isSelfProfile=true"]' },
  ],
};

/** The About section's text (SDUI About card; Ember #about section). */
export const about: Descriptor = {
  id: 'profile.about',
  description: 'About section text',
  candidates: [
    { key: 'about.sdui.expandable', css: '[componentkey$="About"] [data-testid="expandable-text-box"]' },
    {
      key: 'about.ember.visible-span',
      css: 'section:has(> #about) [class*="inline-show-more-text"] > span[aria-hidden="true"]',
    },
    { key: 'about.ember.show-more-text', css: 'section:has(> #about) [class*="inline-show-more-text"]' },
  ],
};

/**
 * The owner's current company as the top card shows it: SDUI company-logo button; Ember right-panel
 * button whose aria-label is `currentCompanyLabel` ("Current company: <Name>. Click to skip …").
 */
export const topCardCompany: Descriptor = {
  id: 'profile.topCard.company',
  description: "The owner's current company as the top card shows it",
  candidates: [
    {
      key: 'company.sdui.logo-button',
      css: 'section[componentkey$="Topcard"] [role="button"]:has(svg[id^="company-"]) p',
    },
    {
      key: 'company.ember.current-company-label',
      css: 'section[data-member-id] .pv-text-details__right-panel button[aria-label]',
      text: () => /\S/,
    },
  ],
};

/** A /company/<id>/ link in the top card (hashed company URL). */
export const topCardCompanyLink: Descriptor = {
  id: 'profile.topCard.companyLink',
  description: 'Link to the current company page from the top card',
  candidates: [
    {
      key: 'companyLink.topcard',
      css: 'section[componentkey$="Topcard"] a[href*="/company/"], section[data-member-id] a[href*="/company/"]',
    },
  ],
};

/** "<n> followers" line of the top card (the unit from `followers`). */
export const topCardFollowers: Descriptor = {
  id: 'profile.topCard.followers',
  description: 'Followers count line',
  candidates: [
    {
      key: 'followers.topcard-text',
      css: 'section[componentkey$="Topcard"] p, section[data-member-id] li, section[data-member-id] span',
      text: (p) =>
        p.followers.length
          ? new RegExp(
              `^\\s*[\\d.,\\s\\u00a0\\u202f]+\\s*(?:${p.followers.map(escapeRegExp).join('|')})\\s*$`,
              'iu',
            )
          : null,
    },
  ],
};

/**
 * The Experience card (Ember, real aeroleads 2025 and scoutr 2024 pages): the profile-card section that
 * holds the `#experience` anchor. SDUI loads its Experience card lazily and its inner structure is not
 * captured, so there is deliberately no SDUI candidate.
 */
export const experienceCard: Descriptor = {
  id: 'profile.experience.card',
  description: 'The Experience card',
  candidates: [
    {
      key: 'experience.ember.profile-card-anchor',
      css: 'section[data-view-name="profile-card"]:has(> #experience)',
      note: 'aeroleads/riteshagar.html: section[data-view-name=profile-card] > div#experience.pv-profile-card__anchor',
    },
    { key: 'experience.ember.anchor', css: 'section:has(> #experience.pv-profile-card__anchor)' },
  ],
};

/**
 * Top-level entries of the Experience card, in page order (newest first): one company each, a single
 * role or a group of roles. Nested roles of a group are not matched (their `li` has no
 * `artdeco-list__item`). Resolving a child descriptor on the page scopes it to the FIRST entry.
 */
export const experienceEntry: Descriptor = {
  id: 'profile.experience.entry',
  description: 'Top-level Experience entries (one per company)',
  parent: experienceCard,
  candidates: [
    {
      key: 'experienceEntry.ember.list-item',
      css: 'li.artdeco-list__item:has(> [data-view-name="profile-component-entity"])',
    },
  ],
};

/**
 * Role titles of one Experience entry, first role first. A company with several roles shows the company
 * name in the entry's own `.t-bold` and the roles as nested entities in `.pvs-entity__sub-components`
 * (scoutr profile2), so the nested roles are tried first; a single-role entry's title is its own
 * `.t-bold` outside the sub-components (which may hold a description or media with bold titles).
 * Structure only: the title is whatever the entry shows, in any language.
 */
export const experienceRoleTitle: Descriptor = {
  id: 'profile.experience.roleTitle',
  description: "Role title(s) of the first Experience entry (a group's nested roles, else the entry's own)",
  parent: experienceEntry,
  candidates: [
    {
      key: 'experienceRole.ember.grouped-nested-title',
      css: '.pvs-entity__sub-components [data-view-name="profile-component-entity"] .t-bold > span[aria-hidden="true"]',
      note: 'scoutr profile2: company with several roles',
    },
    {
      key: 'experienceRole.ember.entity-title',
      css: '[data-view-name="profile-component-entity"] .t-bold > span[aria-hidden="true"]:not(.pvs-entity__sub-components *)',
      note: 'aeroleads/riteshagar.html: title in .t-bold above the "<Company> · Full-time" line',
    },
  ],
};

/**
 * The profile surface as drivers address it (`sel.profile`). The one registration of these descriptors:
 * doctor's list (`ALL_DESCRIPTORS`) is derived from the tree, in this order.
 */
export const profileSelectors = {
  topCard,
  name,
  headline,
  location,
  contactInfo,
  degree,
  actionRow: { connect, pending, message, follow, following, more },
  self: selfMarkers,
  about,
  company: topCardCompany,
  companyLink: topCardCompanyLink,
  followers: topCardFollowers,
  experience: { card: experienceCard, entry: experienceEntry, roleTitle: experienceRoleTitle },
} as const;
