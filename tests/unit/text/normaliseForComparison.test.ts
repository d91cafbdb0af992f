import { describe, expect, it } from 'vitest';
import { normaliseForComparison } from '../../../src/core/text/normaliseForComparison';

describe('normaliseForComparison', () => {
  it('makes the same words in different typography compare equal', () => {
    const curly = 'He said: “It’s over” — and left…';
    const straight = "he said \"it's over\" - and left.";
    expect(normaliseForComparison(curly)).toBe(normaliseForComparison(straight));
    expect(normaliseForComparison(curly)).toBe('he said its over and left');
  });

  it('keeps full stops, commas and colons inside numbers only', () => {
    expect(normaliseForComparison('Up 3.5% to 120,000, at 10:30. Then 7.')).toBe('up 3.5% to 120,000 at 10:30 then 7');
  });

  it('keeps currency signs and per cent signs', () => {
    expect(normaliseForComparison('$1.2bn (£900m), 40%!')).toBe('$1.2bn £900m 40%');
  });

  it('closes up dotted initialisms', () => {
    expect(normaliseForComparison('The U.S. and U.K. at 9 a.m.')).toBe('the us and uk at 9 am');
  });

  it('splits hyphenated words and collapses white space', () => {
    expect(normaliseForComparison('  A  well-known\n\tex–minister  ')).toBe('a well known ex minister');
  });

  it('folds compatibility characters', () => {
    expect(normaliseForComparison('Ｔｏｋｙｏ １２')).toBe('tokyo 12');
  });
});
