import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/exchange/anchorSelectors';

const text = 'Intro 😀 line. The minister said yes. Later, the minister said yes again.';
const quote = (exact: string, prefix?: string, suffix?: string) => ({ type: 'TextQuoteSelector' as const, exact, ...(prefix === undefined ? {} : { prefix }), ...(suffix === undefined ? {} : { suffix }) });
const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

describe('anchorSelectors', () => {
  const second = text.lastIndexOf('the minister said yes');

  it('takes a position in UTF-16 units when it holds the quote', () => {
    expect(anchorSelectors(text, quote('the minister said yes'), position(second, second + 21))).toMatchObject({ start: second, end: second + 21, anchoredBy: 'position' });
  });

  it('takes a position in code points (as the W3C model counts) when that is what holds the quote', () => {
    // The emoji is two UTF-16 units and one code point, so every later code-point offset is one less.
    const result = anchorSelectors(text, quote('the minister said yes'), position(second - 1, second + 20));
    expect(result).toMatchObject({ start: second, end: second + 21, anchoredBy: 'position' });
  });

  it('falls back to the quote when the position holds other text, and the context picks the occurrence', () => {
    expect(anchorSelectors(text, quote('minister said yes', 'Later, the ', ' again'), position(0, 17))).toMatchObject({ start: second + 4, anchoredBy: 'quote' });
    expect(anchorSelectors(text, quote('minister said yes', 'The ', '. Later'), undefined)).toMatchObject({ start: text.indexOf('minister'), anchoredBy: 'quote' });
  });

  it('refuses to guess between repeats when nothing says which', () => {
    expect(anchorSelectors(text, quote('minister said yes'), undefined)).toEqual({ reason: expect.stringContaining('occurs more than once') });
  });

  it('finds a quote whose line breaks and spaces differ from the clean text, when it occurs once', () => {
    const found = anchorSelectors(text, quote('Later,\n  the   minister'), undefined);
    expect(found).toMatchObject({ start: text.indexOf('Later'), end: text.indexOf('Later') + 'Later, the minister'.length, anchoredBy: 'quote' });
  });

  it('says why when nothing can be placed', () => {
    expect(anchorSelectors(text, quote('the minister said no'), undefined)).toEqual({ reason: 'its quote is not in the text of the source' });
    expect(anchorSelectors(text, undefined, position(5, 5000))).toEqual({ reason: 'its position selector 5–5000 is not inside the text, and it has no quote' });
    expect(anchorSelectors(text, undefined, undefined)).toEqual({ reason: 'it has neither a TextQuoteSelector nor a TextPositionSelector' });
  });
});
