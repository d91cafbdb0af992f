import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/core/language/sentences/segmentSentences';

const sentences = (text: string, start?: number, end?: number) =>
  segmentSentences(text, start, end).map((span) => text.slice(span.start, span.end));

describe('segmentSentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(sentences('The talks ended. Did they agree? No! Officials left.')).toEqual([
      'The talks ended.',
      'Did they agree?',
      'No!',
      'Officials left.',
    ]);
  });

  it('keeps titles with the name they introduce', () => {
    expect(sentences('Mr. Jones met Dr. Patel and Gen. Mills. Sen. Warren and Gov. Hochul were absent.')).toEqual([
      'Mr. Jones met Dr. Patel and Gen. Mills.',
      'Sen. Warren and Gov. Hochul were absent.',
    ]);
    expect(sentences('Prof. Lee, Lt. Col. Ward and Sgt. Ray spoke at St. Paul’s.')).toHaveLength(1);
  });

  it('ends a sentence at a company or name suffix only before a sentence opener', () => {
    expect(sentences('Shares in Acme Inc. rose. The deal with Smith & Co. It closed.')).toEqual([
      'Shares in Acme Inc. rose.',
      'The deal with Smith & Co.',
      'It closed.',
    ]);
    expect(sentences('Apple Inc. Chief Executive Tim Cook spoke.')).toHaveLength(1);
    expect(sentences('Apples, pears, etc. The list goes on.')).toEqual(['Apples, pears, etc.', 'The list goes on.']);
    expect(sentences('He met Martin Luther King Jr. They talked for hours.')).toEqual([
      'He met Martin Luther King Jr.',
      'They talked for hours.',
    ]);
  });

  it('keeps never-final abbreviations inside the sentence', () => {
    expect(sentences('Cities, e.g. Paris, grew; i.e. They grew fast. Smith vs. Jones was heard.')).toEqual([
      'Cities, e.g. Paris, grew; i.e. They grew fast.',
      'Smith vs. Jones was heard.',
    ]);
  });

  it('treats dotted initialisms as ending a sentence only before an opener', () => {
    expect(sentences('Talks were held in the U.K. and the U.S. The EU was absent.')).toEqual([
      'Talks were held in the U.K. and the U.S.',
      'The EU was absent.',
    ]);
    expect(sentences('The U.S. Senate voted at 9 a.m. on Monday.')).toHaveLength(1);
    // A short prepositional opening is not a sentence of its own.
    expect(sentences('At 10 p.m. The Guardian reported it.')).toHaveLength(1);
    expect(sentences('The polls closed at 10 p.m. The count began at once.')).toEqual([
      'The polls closed at 10 p.m.',
      'The count began at once.',
    ]);
  });

  it('keeps initials with the surname', () => {
    expect(sentences('The book by J. R. R. Tolkien sold well. George W. Bush read it.')).toEqual([
      'The book by J. R. R. Tolkien sold well.',
      'George W. Bush read it.',
    ]);
  });

  it('ends a sentence at an acronym like any other word', () => {
    expect(sentences('The firm is based in the US. 50 Cent was not there.')).toEqual([
      'The firm is based in the US.',
      '50 Cent was not there.',
    ]);
  });

  it('keeps numbers, decimals and number abbreviations whole', () => {
    expect(sentences('Inflation rose 3.5% to $1.2bn. No. 10 said 120,000.5 was right. See pp. 4-6 and Fig. 2.')).toEqual([
      'Inflation rose 3.5% to $1.2bn.',
      'No. 10 said 120,000.5 was right.',
      'See pp. 4-6 and Fig. 2.',
    ]);
    expect(sentences('The vote is on Jan. 5 in No 10. Officials agreed.')).toEqual([
      'The vote is on Jan. 5 in No 10.',
      'Officials agreed.',
    ]);
    expect(sentences('Sales fell in 2019. 50 stores closed.')).toEqual(['Sales fell in 2019.', '50 stores closed.']);
  });

  it('keeps a closing quote or bracket with the sentence it closes', () => {
    expect(sentences('He said: "Stop." Then he left.')).toEqual(['He said: "Stop."', 'Then he left.']);
    expect(sentences('She wrote: “It is over.” Nobody replied.')).toEqual(['She wrote: “It is over.”', 'Nobody replied.']);
    expect(sentences('(The vote was close.) Both sides claimed victory.')).toEqual([
      '(The vote was close.)',
      'Both sides claimed victory.',
    ]);
  });

  it('does not split at a question or exclamation inside a quote that the sentence goes on from', () => {
    expect(sentences('"Why now?" she asked. "Enough!" he shouted, and left.')).toEqual([
      '"Why now?" she asked.',
      '"Enough!" he shouted, and left.',
    ]);
    expect(sentences('‘Is it true?’ asked the minister.')).toHaveLength(1);
  });

  it('starts a new sentence at an opening quote after a terminator', () => {
    expect(sentences('The crowd fell silent. "We will win," he said.')).toEqual([
      'The crowd fell silent.',
      '"We will win," he said.',
    ]);
  });

  it('handles ellipses inside and at the end of sentences', () => {
    expect(sentences('It was… well, strange. We waited... Then the lights went out.')).toEqual([
      'It was… well, strange.',
      'We waited...',
      'Then the lights went out.',
    ]);
    expect(sentences('He quoted "the report [...] was wrong" in full.')).toHaveLength(1);
  });

  it('keeps addresses whole', () => {
    expect(sentences('Write to press.office@gov.example.org. Or visit www.example.com/News.Html today.')).toEqual([
      'Write to press.office@gov.example.org.',
      'Or visit www.example.com/News.Html today.',
    ]);
  });

  it('splits sentences run together without a space', () => {
    expect(sentences('It rained.Then it stopped.')).toEqual(['It rained.', 'Then it stopped.']);
  });

  it('splits list items marked by bullets, dashes at line starts and counted enumerators', () => {
    expect(sentences('The plan:\n- cut taxes\n- raise spending')).toEqual(['The plan:', '- cut taxes', '- raise spending']);
    expect(sentences('• Schools reopen • Shops stay shut')).toEqual(['• Schools reopen', '• Shops stay shut']);
    expect(sentences('Demands: 1) A ceasefire 2) Aid access 3) Talks')).toEqual([
      'Demands:',
      '1) A ceasefire',
      '2) Aid access',
      '3) Talks',
    ]);
  });

  it('does not take a lone number before a full stop for a list', () => {
    expect(sentences('The home side won 3. The visitors scored 2 late on.')).toEqual([
      'The home side won 3.',
      'The visitors scored 2 late on.',
    ]);
    expect(sentences('The cost is 5 - 10 dollars, a fall of (1) prices and (2) wages.')).toHaveLength(1);
  });

  it('joins a sentence broken across lines but splits a block of unpunctuated lines', () => {
    expect(sentences('The minister said the plan\nwould go ahead.')).toEqual(['The minister said the plan\nwould go ahead.']);
    expect(sentences('Contact\nPress office\nLondon')).toEqual(['Contact', 'Press office', 'London']);
    expect(sentences('One paragraph ends here\n\nand another starts.')).toEqual(['One paragraph ends here', 'and another starts.']);
  });

  it('ends the last sentence at the end of the text without punctuation', () => {
    expect(sentences('Markets fell. Analysts expect more losses')).toEqual(['Markets fell.', 'Analysts expect more losses']);
  });

  it('returns spans that are exact trimmed slices of the input', () => {
    const text = '  \u00a0Dr. Smith arrived.\n  “Good,” he said!  Then — silence…   ';
    const spans = segmentSentences(text);
    expect(spans.length).toBe(3);
    for (const span of spans) {
      const slice = text.slice(span.start, span.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
    // Spans are in order, do not overlap, and leave out only white space.
    let covered = '';
    let previousEnd = 0;
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(text.slice(previousEnd, span.start).trim()).toBe('');
      covered += text.slice(span.start, span.end);
      previousEnd = span.end;
    }
    expect(text.slice(previousEnd).trim()).toBe('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('segments only the requested sub-range and returns offsets into the whole text', () => {
    const text = 'Title line. First one here. Second one here. Footer.';
    const start = text.indexOf('First');
    const end = text.indexOf(' Footer');
    const spans = segmentSentences(text, start, end);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['First one here.', 'Second one here.']);
    expect(spans[0]?.start).toBe(start);
    expect(spans[1]?.end).toBe(end);
  });

  it('does not look outside the sub-range when deciding a boundary', () => {
    // The range ends at "Inc." and the text after it would make it a mid-sentence abbreviation.
    const text = 'Shares in Acme Inc. rose sharply.';
    const end = text.indexOf(' rose');
    expect(segmentSentences(text, 0, end)).toEqual([{ start: 0, end }]);
  });

  it('returns nothing for an empty or blank range', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('   \n\t ')).toEqual([]);
    expect(segmentSentences('Some text.', 4, 4)).toEqual([]);
  });
});
