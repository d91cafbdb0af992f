import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/language/dates/findCalendarDates';
import { resolveYear } from '../../../src/core/language/dates/findTodayDate';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { ingestText } from './ingestTestHelpers';

const body =
  'The minister will meet regional leaders to discuss flood defences and the funding needed to protect homes along the river.\n' +
  'Officials said the talks would also cover insurance for households that have already been flooded twice this decade.\n' +
  'A decision on the new barrier is expected before the autumn, according to people familiar with the plans.\n';

describe('publication dates', () => {
  it.each([
    ['Mar 18 2025 | 9:27 AM IST', '2025-03-18T09:27:00+05:30'],
    ['May 2, 2013 | 5:03pm', '2013-05-02'],
    ['PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM', '2013-05-02'],
    ['May 3, 2013 at 7:31 AM ET', '2013-05-03T07:31:00-04:00'],
    ['December 3, 2013 at 7:31 AM ET', '2013-12-03T07:31:00-05:00'],
    ['12:52 p.m. EDT May 2, 2013', '2013-05-02T12:52:00-04:00'],
    ['26 September 2013, 10:00 (GMT+05:00)', '2013-09-26T10:00:00+05:00'],
    ['Article posted on 08.07.2012', '2012-07-08'],
    ['2025-03-18', '2025-03-18'],
  ])('reads %s as %s', (written, expected) => {
    expect(findDates(written)[0]?.value).toBe(expected);
  });

  it('resolves "today (Tuesday 18 March)" to the latest year in which that date is a Tuesday', () => {
    const document = ingestText(`The minister will arrive in the capital today (Tuesday 18 March) for talks.\n${body}`);
    expect(document.metadata.publishedAt.value).toBe('2025-03-18');
    expect(document.metadata.publishedAt.isInferred).toBe(true);
    expect(document.metadata.publishedAt.origin).toMatch(/^line 1 "today \(Tuesday 18 March\)"; year 2025/);
  });

  it('goes back further when the import year does not fit the weekday', () => {
    // 18 March is a Tuesday in 2025 and 2014; importing in 2024 must give 2014.
    expect(resolveYear({ month: 3, day: 18, weekday: 2, matchedText: '' }, new Date('2024-12-31T00:00:00Z'))?.year).toBe(2014);
  });

  it('without a weekday takes the latest such date not after the import date', () => {
    const importedAt = new Date('2025-02-01T00:00:00Z');
    expect(resolveYear({ month: 3, day: 18, weekday: null, matchedText: '' }, importedAt)?.year).toBe(2024);
    expect(resolveYear({ month: 1, day: 5, weekday: null, matchedText: '' }, importedAt)?.year).toBe(2025);
  });

  it('reads an ECB+ style header: URL, title, date line', () => {
    const text = `http://www.example-news.com/2013/05/02/bridge-closed\nBridge closed after cracks found\nMay 2, 2013 | 5:03pm\n${body}`;
    const { metadata, removed, text: clean } = ingestText(text, '1_1ecbplus.txt');
    expect(metadata.outlet).toEqual({ value: 'example-news.com', origin: 'line 1, source URL "http://www.example-news.com/2013/05/02/bridge-closed"', isInferred: false });
    expect(metadata.title.value).toBe('Bridge closed after cracks found');
    expect(metadata.title.isInferred).toBe(false);
    expect(metadata.publishedAt.value).toBe('2013-05-02');
    expect(metadata.publishedAt.origin).toBe('line 3 "May 2, 2013 | 5:03pm"');
    expect(removed.map((line) => line.reason)).toEqual(['source URL', 'date line']);
    expect(clean).not.toContain('http');
  });

  it('says "not found" when there is no date', () => {
    expect(ingestText(`A headline\n${body}`).metadata.publishedAt).toEqual({ value: null, origin: 'not found', isInferred: false });
  });
});

describe('titles', () => {
  it('takes a headline-like first line', () => {
    const { title } = ingestText(`Flood talks set for spring\n${body}`).metadata;
    expect(title).toEqual({ value: 'Flood talks set for spring', origin: 'line 1, the headline "Flood talks set for spring"', isInferred: false });
  });

  it('falls back to the first sentence, shortened, and marks it inferred', () => {
    const { title } = ingestText(body).metadata;
    expect(title.isInferred).toBe(true);
    expect(title.value?.length).toBeLessThanOrEqual(101);
    expect(title.value).toMatch(/^The minister will meet regional leaders.*…$/);
  });
});

describe('kind', () => {
  it('calls a text with an agency dateline a wire story', () => {
    const { kind, byline } = ingestText(`Flood talks set for spring\nLONDON (Reuters) - ${body}`).metadata;
    expect(kind.value).toBe('wire');
    expect(kind.origin).toMatch(/wire dateline "LONDON \(Reuters\) -"/);
    expect(byline.value).toBe('Reuters');
  });

  it('calls a government-voice text with "said:" quote blocks a press release', () => {
    const release = [
      'The Environment Secretary will visit flood-hit towns today (Monday 3 March) to announce new funding.',
      'The package will pay for barriers, pumps and repairs to homes damaged in the winter storms.',
      'Environment Secretary said:',
      '"We are determined to protect every community at risk of flooding."',
      'Flood Minister said:',
      '"This funding will make a real difference to families across the country."',
      'Notes to editors',
      'The funding covers the next three financial years.',
    ].join('\n');
    const { kind } = ingestText(release).metadata;
    expect(kind.value).toBe('press-release');
    expect(kind.isInferred).toBe(true);
    expect(kind.origin).toMatch(/said:/);
  });

  it('calls reported prose a news article, and a list unknown', () => {
    expect(ingestText(`Flood talks set for spring\n${body}`).metadata.kind.value).toBe('news-article');
    expect(ingestText('Shopping list\nEggs\nMilk\nBread\nApples').metadata.kind.value).toBe('unknown');
  });
});

describe('language', () => {
  it('guesses English from common words and not for other languages', () => {
    expect(ingestText(body).metadata.language.value).toBe('en');
    const german = 'Die Regierung hat am Montag neue Mittel für den Hochwasserschutz angekündigt. Die Minister wollen die Dämme entlang des Flusses verstärken und betroffene Familien unterstützen, sagte ein Sprecher.';
    expect(ingestBytes(new TextEncoder().encode(german), 'de.txt', { importedAt: new Date(), maxBytes: 1e6 }).metadata.language.value).toBeNull();
  });
});
