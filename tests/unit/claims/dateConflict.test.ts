import { describe, expect, it } from 'vitest';
import { dateConflict } from '../../../src/core/language/dates/dateConflict';
import { findDateMentions as findDates } from '../../../src/core/language/dates/findDateMentions';

describe('dateConflict', () => {
  const text = 'The summit will take place on 19 May.';

  it('flags the same day in two different years when both years are known', () => {
    const [first] = findDates(text, 0, text.length, '2025-03-18');
    const [second] = findDates(text, 0, text.length, '2026-03-18');
    expect(first && second && dateConflict(first, second)).toBe('2025-05-19 vs 2026-05-19');
  });

  it('does not flag a year difference when one year was reasoned out from an undated page', () => {
    const [first] = findDates(text, 0, text.length, '2025-03-18');
    const [second] = findDates(text, 0, text.length, '2026-03-18', true);
    expect(second?.isYearInferred).toBe(true);
    expect(first && second && dateConflict(first, second)).toBeNull();
  });

  it('still flags a different day even when the year was inferred', () => {
    const other = 'The summit will take place on 21 May.';
    const [first] = findDates(text, 0, text.length, '2025-03-18');
    const [second] = findDates(other, 0, other.length, '2025-03-18', true);
    expect(first && second && dateConflict(first, second)).toMatch(/2025-05-19 vs 2025-05-21/);
  });
});
