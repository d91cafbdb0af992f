import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/core/language/sentences/segmentSentences';

// Hand-made sentences in the style of wire copy, one rule each.
const sentences = (text: string) => segmentSentences(text).map((span) => text.slice(span.start, span.end));

describe('segmentSentences on news text', () => {
  it('keeps a place abbreviation joined to a name by a hyphen', () => {
    expect(sentences('The climbers died in Aoraki-Mt. Cook National Park on Friday. Rescuers reached them later.')).toEqual([
      'The climbers died in Aoraki-Mt. Cook National Park on Friday.',
      'Rescuers reached them later.',
    ]);
  });

  it('keeps place and rank abbreviations with the name after them', () => {
    expect(sentences('Troops left Ft. Bragg with Lt. Gen. Hall and Sgt. Maj. Ortiz. They flew east.')).toEqual([
      'Troops left Ft. Bragg with Lt. Gen. Hall and Sgt. Maj. Ortiz.',
      'They flew east.',
    ]);
    expect(sentences('Rep. Ann Kuster and Sen. Jeanne Shaheen visited St. Louis on Tuesday.')).toHaveLength(1);
  });

  it('reads "No." before a number as an abbreviation', () => {
    expect(sentences('He lives at No. 10 Downing Street. The house is old.')).toEqual([
      'He lives at No. 10 Downing Street.',
      'The house is old.',
    ]);
  });

  it('ends a sentence after a state abbreviation only before an opener', () => {
    expect(sentences('The fire began near Redding, Calif. The town was evacuated.')).toEqual([
      'The fire began near Redding, Calif.',
      'The town was evacuated.',
    ]);
    expect(sentences('The fire began near Redding, Calif. on Monday.')).toHaveLength(1);
  });

  it('keeps a clock time with its a.m. or p.m. and ends after it before an opener', () => {
    expect(sentences('The quake struck at 3 p.m. local time. It was felt in Lima.')).toEqual([
      'The quake struck at 3 p.m. local time.',
      'It was felt in Lima.',
    ]);
    expect(sentences('Polls close at 8 p.m. The count starts at once.')).toEqual(['Polls close at 8 p.m.', 'The count starts at once.']);
  });

  it('keeps initials and decimals inside a sentence', () => {
    expect(sentences('J. K. Rowling sold 2.5 million copies. Sales rose 3.4 per cent.')).toEqual([
      'J. K. Rowling sold 2.5 million copies.',
      'Sales rose 3.4 per cent.',
    ]);
  });

  it('keeps a quotation of several sentences with the attribution after it', () => {
    expect(sentences('"We heard a bang. Then the lights went out," said Maria Lopez. Police arrived soon after.')).toEqual([
      '"We heard a bang. Then the lights went out," said Maria Lopez.',
      'Police arrived soon after.',
    ]);
  });

  it('ends a headline that has no final punctuation at its line break', () => {
    expect(sentences('Strong quake hits northern Chile\nA magnitude 6.1 earthquake struck on Tuesday.')).toEqual([
      'Strong quake hits northern Chile',
      'A magnitude 6.1 earthquake struck on Tuesday.',
    ]);
  });

  it('keeps a hard-wrapped line that breaks before a name inside its sentence', () => {
    expect(sentences('The report was sent to the\nUnited Nations on Monday.')).toHaveLength(1);
  });

  it('splits at an ellipsis before a capital and not inside a sentence', () => {
    expect(sentences('He paused... Then he spoke again. We waited … and waited.')).toEqual([
      'He paused...',
      'Then he spoke again.',
      'We waited … and waited.',
    ]);
  });
});

describe('segmentSentences on quotations and lettered lists', () => {
  it('splits a quotation that ends its own sentence at each of its sentences', () => {
    expect(sentences('Ms. Lee said: "We lost. We will be back." Fans cheered.')).toEqual([
      'Ms. Lee said: "We lost.',
      'We will be back."',
      'Fans cheered.',
    ]);
  });

  it('keeps a capital letter that opens a list item with the item', () => {
    expect(sentences('A. Cut the rope. B. Climb down.')).toEqual(['A. Cut the rope.', 'B. Climb down.']);
    expect(sentences('A. The rope broke. B. The climbers fell.')).toEqual(['A. The rope broke.', 'B. The climbers fell.']);
  });
});
