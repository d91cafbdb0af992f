import { describe, expect, it } from 'vitest';
import { cleanText, linesOf } from '../../../src/core/ingest/cleanText';
import { detectWrapWidth } from '../../../src/core/ingest/joinParagraphs';
import { ingestText, paragraphsOf } from './ingestTestHelpers';

function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const first =
  'The city council voted on Thursday to close the old harbour bridge to heavy traffic after engineers found cracks in two of its supporting piers, a decision that will divert lorries through the town centre for at least six months.';
const second =
  'Residents of the eastern districts, who have complained for years about congestion, said the council had ignored their warnings and should have planned a bypass long before the bridge became unsafe.';
const quote = '"We will not let the town grind to a halt while the repairs are carried out, and we will publish a full timetable next week," she added.';

describe('cleanText joins hard-wrapped lines', () => {
  it('finds the wrap width from the document and rebuilds whole paragraphs', () => {
    const lines = [...wrap(first, 60), ...wrap(second, 60), 'The mayor said:', ...wrap(quote, 60)];
    expect(detectWrapWidth(lines)).toBeGreaterThanOrEqual(50);
    const document = ingestText(lines.join('\n'), 'wrapped.txt');
    expect(paragraphsOf(document)).toEqual([first, second, 'The mayor said:', quote]);
  });

  it('keeps one line per paragraph when lines are not wrapped', () => {
    const document = ingestText(`${first}\n${second}\nShort line on its own\n${quote}`);
    expect(paragraphsOf(document)).toEqual([first, second, 'Short line on its own', quote]);
  });

  it('mends a word hyphenated at the break only when the document spells it whole', () => {
    const body = [
      'The agreement was signed after a long negoti-',
      'ation between the two governments and their advisers, and the',
      'negotiation itself was described as difficult but well-',
      'known diplomats from both sides praised the outcome of the talks.',
      'Officials said the text would be published within days, and that',
      'parliament would be asked to ratify the agreement before summer.',
    ];
    const [paragraph] = paragraphsOf(ingestText(body.join('\n')));
    expect(paragraph).toContain('long negotiation between');
    expect(paragraph).toContain('well-known diplomats');
  });
});

describe('cleanText normalises text', () => {
  it('turns odd spaces into plain spaces, drops invisible characters and CRLF', () => {
    const document = ingestText('Talks\u00a0on 18\u202fMarch\u2009were\u3000held\u200b in Lon\u00addon.\r\n\r\nSecond\u2002paragraph.\r\n');
    expect(document.text).toBe('Talks on 18 March were held in London.\n\nSecond paragraph.');
    expect(document.paragraphs).toEqual([
      { start: 0, end: 38 },
      { start: 40, end: 57 },
    ]);
  });
});

describe('cleanText removes page furniture, keeping it with line numbers and reasons', () => {
  const page = [
    'News › Europe › Politics › Ministers agree energy deal', // 1
    'Ministers agree energy deal after all-night talks', // 2
    'By Maria Lopez and Tom Reed', // 3
    'Published: 12 June 2024, 08:15 BST', // 4
    'Share on Facebook Share on Twitter Email', // 5
    'Energy ministers agreed early on Wednesday to cap wholesale prices for the coming winter.', // 6
    'Related Stories', // 7
    'Gas prices hit a two-year low', // 8
    'Why the grid struggles in cold snaps', // 9
    'The deal still needs the approval of national parliaments, officials said.', // 10
    'Follow us on Instagram', // 11
    'Tags: energy, Europe, prices', // 12
    'Advertisement', // 13
    '© 2024 The Daily Courier. All rights reserved.', // 14
  ];
  const document = ingestText(page.join('\n'), 'courier.txt');

  it('keeps the article and only the article', () => {
    expect(paragraphsOf(document)).toEqual([
      'Ministers agree energy deal after all-night talks',
      'Energy ministers agreed early on Wednesday to cap wholesale prices for the coming winter.',
      'The deal still needs the approval of national parliaments, officials said.',
    ]);
  });

  it('records every removed line with its number and reason', () => {
    expect(document.removed.map((line) => [line.line, line.reason])).toEqual([
      [1, 'navigation'],
      [3, 'byline'],
      [4, 'date line'],
      [5, 'share buttons'],
      [7, 'link list'],
      [8, 'link list'],
      [9, 'link list'],
      [11, 'social prompt'],
      [12, 'topic list'],
      [13, 'advertisement'],
      [14, 'copyright'],
    ]);
    expect(document.removed[0]?.text).toBe(page[0]);
  });

  it('uses removed furniture as metadata evidence', () => {
    expect(document.metadata.byline.value).toBe('Maria Lopez and Tom Reed');
    expect(document.metadata.publishedAt).toEqual({
      value: '2024-06-12T08:15:00+01:00',
      origin: 'line 4 "Published: 12 June 2024, 08:15 BST"',
      isInferred: false,
    });
    expect(document.metadata.outlet.value).toBe('The Daily Courier');
  });

  it('does not mistake article sentences for furniture', () => {
    const prose = [
      'By the end of the year, the company expects to double its workforce.',
      'Follow the money, investigators were told, and the trail leads abroad.',
      'Related problems surfaced in the audit of the regional office.',
      'Home secretaries have rarely faced such criticism from their own party.',
      'The photo agency said its images were used without permission.',
      'Sales rose 5% / 7% / 9% in the three quarters, the report said.',
    ];
    const cleaned = cleanText(linesOf(prose.join('\n')), 'lines');
    expect(cleaned.removed).toEqual([]);
    expect(cleaned.text.split('\n\n')).toEqual(prose);
  });
});
