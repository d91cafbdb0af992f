import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../src/core/text/tokenizeWords';

const words = (text: string) => tokenizeWords(text).map((token) => token.word);

describe('tokenizeWords', () => {
  it('returns words with offsets that slice back to the word', () => {
    const text = '  “Prices rose,” said Ms Ngozi—twice!';
    const tokens = tokenizeWords(text);
    expect(tokens.map((token) => token.word)).toEqual(['Prices', 'rose', 'said', 'Ms', 'Ngozi', 'twice']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('keeps numbers with thousands separators, decimals and times whole', () => {
    expect(words('About 120,000 people, up 3.5% on 1,026.25, by 10:30.')).toEqual([
      'About',
      '120,000',
      'people',
      'up',
      '3.5',
      'on',
      '1,026.25',
      'by',
      '10:30',
    ]);
  });

  it('does not join a number to the next one across a comma and space', () => {
    expect(words('In 2019, 5 died.')).toEqual(['In', '2019', '5', 'died']);
  });

  it('keeps hyphenated words and apostrophes inside words', () => {
    expect(words("A well-known ex-minister's COVID-19 plan isn’t O’Brien's")).toEqual([
      'A',
      'well-known',
      "ex-minister's",
      'COVID-19',
      'plan',
      'isn’t',
      "O’Brien's",
    ]);
  });

  it('keeps dotted initialisms as one token', () => {
    expect(words('The U.S. team left at 9 a.m., e.g. early.')).toEqual(['The', 'U.S.', 'team', 'left', 'at', '9', 'a.m.', 'e.g.', 'early']);
  });

  it('handles letters beyond ASCII', () => {
    expect(words('Zürich: naïve café — Łódź, Αθήνα, Москва')).toEqual(['Zürich', 'naïve', 'café', 'Łódź', 'Αθήνα', 'Москва']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenizeWords(' — … !? ')).toEqual([]);
  });
});
