import { describe, expect, it } from 'vitest';
import { connectedTimeLine } from '../../../drivers/linkedin/connections-page.ts';
import { phraseTableFor } from '../../../selectors/linkedin/locales/index.ts';

const en = phraseTableFor('en');
const de = phraseTableFor('de');

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
