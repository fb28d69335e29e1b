// The pure card parsers (selectors/linkedin/cards/): literal RawCards as the drivers read them in the page,
// no browser. Shapes follow the recorded invitation manager and connections pages (SDUI and Ember).
import { describe, expect, it } from 'vitest';
import { connectedTimeLine, parseConnection } from '../../../selectors/linkedin/cards/connection.ts';
import { linksToVanity, toLinkedInUrl, vanityOf } from '../../../selectors/linkedin/cards/links.ts';
import type { CardContext, RawCard } from '../../../selectors/linkedin/cards/raw-card.ts';
import {
  matchesInvitation,
  parseReceivedInvitation,
  receivedInvitationKey,
} from '../../../selectors/linkedin/cards/received-invitation.ts';
import { parseSentInvitation, sentInvitationKey } from '../../../selectors/linkedin/cards/sent-invitation.ts';
import { phraseTableFor } from '../../../selectors/linkedin/locales/index.ts';

const en = phraseTableFor('en');
const de = phraseTableFor('de');
const ORIGIN = 'http://127.0.0.1:4321';
const enCtx: CardContext = { phrases: en, origin: ORIGIN };

function card(over: Partial<RawCard>): RawCard {
  return { links: [], lines: [], buttons: [], memberIds: [], ...over };
}

describe('connectedTimeLine', () => {
  it('finds the "Connected …" line of a card', () => {
    expect(connectedTimeLine(['Dana Whitfield', 'Senior Recruiter', 'Connected 3 months ago'], en)).toBe(
      'Connected 3 months ago',
    );
    expect(connectedTimeLine(['Dana Whitfield', 'Recruiter', 'Connected today'], en)).toBe('Connected today');
  });

  it('is not fooled by a headline holding the word', () => {
    const lines = ['Ana Ruiz', 'Connected Car Engineer at Example Motors', 'Connected 2 weeks ago'];
    expect(connectedTimeLine(lines, en)).toBe('Connected 2 weeks ago');
    // Even when the time line comes first, the one that reads as a time wins.
    expect(connectedTimeLine([lines[2]!, lines[1]!], en)).toBe('Connected 2 weeks ago');
  });

  it('reads the page language, and finds nothing without a table', () => {
    expect(connectedTimeLine(['Lena Vogt', 'Gut vernetzt in Berlin', 'Vernetzt vor 2 Wochen'], de)).toBe(
      'Vernetzt vor 2 Wochen',
    );
    expect(connectedTimeLine(['Ana Ruiz', 'Connected 2 weeks ago'], null)).toBeNull();
  });
});

describe('card links', () => {
  it('reports URLs on linkedin.com whatever origin served the page', () => {
    expect(toLinkedInUrl('/in/jane-smith/?miniProfileUrn=x', ORIGIN)).toBe(
      'https://www.linkedin.com/in/jane-smith',
    );
    expect(toLinkedInUrl(`${ORIGIN}/company/acme/`, ORIGIN)).toBe('https://www.linkedin.com/company/acme');
    expect(vanityOf('/in/j%C3%BCrgen/')).toBe('jürgen');
    expect(
      linksToVanity(card({ links: [{ href: '/in/JaneSmith/', text: '', imgAlt: null }] }), 'janesmith'),
    ).toBe(true);
  });
});

describe('parseSentInvitation', () => {
  it('reads name, headline and the time without the "Sent" word (SDUI: everything in the link)', () => {
    const raw = card({
      links: [{ href: '/in/johndoe/', text: 'John Doe Software Engineer Sent 2 weeks ago', imgAlt: null }],
      lines: ['John Doe', 'Software Engineer at Example', 'Sent 2 weeks ago'],
      memberIds: ['12345'],
    });
    const inv = parseSentInvitation(raw, enCtx);
    expect(inv).toEqual({
      name: 'John Doe',
      publicUrl: 'https://www.linkedin.com/in/johndoe',
      vanity: 'johndoe',
      headline: 'Software Engineer at Example',
      sentTime: '2 weeks ago',
      urn: 'urn:li:member:12345',
    });
    expect(sentInvitationKey(inv)).toBe('https://www.linkedin.com/in/johndoe');
  });

  it('makes no text decision without a phrase table', () => {
    const raw = card({
      links: [{ href: '/in/johndoe/', text: 'John Doe', imgAlt: null }],
      lines: ['John Doe', 'Engineer', 'Sent 2 weeks ago'],
    });
    expect(parseSentInvitation(raw, { phrases: null, origin: ORIGIN }).sentTime).toBeNull();
  });
});

describe('parseReceivedInvitation', () => {
  const connect = card({
    links: [{ href: '/in/maria-lopez/', text: 'Maria Lopez', imgAlt: 'Maria Lopez' }],
    lines: ['Maria Lopez', 'Product Manager at Example', 'Hi, we met at the conference…'],
    buttons: [
      { label: "Ignore Maria Lopez's invitation", text: 'Ignore' },
      { label: "Accept Maria Lopez's invitation", text: 'Accept' },
    ],
    memberIds: ['777'],
  });

  it('reads a connection request: name from the Accept/Ignore labels, the headline is not the note', () => {
    const inv = parseReceivedInvitation(connect, 'Hi, we met at the conference in Lisbon.', enCtx);
    expect(inv).toEqual({
      invitationType: 'connect',
      name: 'Maria Lopez',
      publicUrl: 'https://www.linkedin.com/in/maria-lopez',
      vanity: 'maria-lopez',
      urn: 'urn:li:member:777',
      headline: 'Product Manager at Example',
      note: 'Hi, we met at the conference in Lisbon.',
    });
    expect(receivedInvitationKey(inv)).toBe('connect|https://www.linkedin.com/in/maria-lopez||');
  });

  it('reads a page-follow invitation from its company link and "invited you to follow" line', () => {
    const raw = card({
      links: [
        { href: '/in/tom-baker/', text: '', imgAlt: 'Tom Baker' },
        { href: '/company/acme-robotics/', text: 'Acme Robotics', imgAlt: null },
      ],
      lines: ['Tom Baker invited you to follow Acme Robotics'],
    });
    expect(parseReceivedInvitation(raw, null, enCtx)).toMatchObject({
      invitationType: 'companyFollow',
      name: 'Tom Baker',
      companyUrl: 'https://www.linkedin.com/company/acme-robotics',
      companyName: 'Acme Robotics',
      companySlug: 'acme-robotics',
    });
    expect(matchesInvitation(raw, { invitationType: 'companyFollow', id: 'Acme-Robotics' })).toBe(true);
    // The sender's profile link does not make it a connection request.
    expect(matchesInvitation(raw, { invitationType: 'connect', id: 'tom-baker' })).toBe(false);
  });

  it('matches a connection request by vanity, case-insensitively', () => {
    expect(matchesInvitation(connect, { invitationType: 'connect', id: 'Maria-Lopez' })).toBe(true);
    expect(matchesInvitation(connect, { invitationType: 'newsletterSubscribe', id: 'maria-lopez' })).toBe(
      false,
    );
  });
});

describe('parseConnection', () => {
  it('reads name, headline and the relative time of a connection card', () => {
    const raw = card({
      links: [
        { href: '/in/dana-whitfield/', text: '', imgAlt: 'Dana Whitfield' },
        { href: '/in/dana-whitfield/', text: 'Dana Whitfield', imgAlt: null },
      ],
      lines: ['Dana Whitfield', 'Connected Car Engineer', 'Connected 3 months ago'],
      memberIds: ['42'],
    });
    expect(parseConnection(raw, enCtx)).toEqual({
      name: 'Dana Whitfield',
      publicUrl: 'https://www.linkedin.com/in/dana-whitfield',
      vanity: 'dana-whitfield',
      headline: 'Connected Car Engineer',
      connectedAgo: '3 months ago',
      urn: 'urn:li:member:42',
    });
  });
});
