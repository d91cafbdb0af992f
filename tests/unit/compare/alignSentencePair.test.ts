import { describe, expect, it } from 'vitest';
import { alignSentencePair } from '../../../src/core/compare/alignSentencePair';

function changedWords(a: string, b: string): [string, string | null, string | null][] {
  return alignSentencePair(a, b)
    .diff.ops.filter((op) => op.op !== 'equal')
    .map((op) => [op.op, op.a ? a.slice(op.a.start, op.a.end) : null, op.b ? b.slice(op.b.start, op.b.end) : null]);
}

describe('alignSentencePair', () => {
  it('calls a pair verbatim when only case, quotes, punctuation and spacing differ', () => {
    const result = alignSentencePair(
      '“It’s vital we upgrade our partnership with the EU,” she said.',
      `"It's VITAL  we upgrade our partnership with the EU" -- she said`,
    );
    expect(result.label).toBe('verbatim');
    expect(result.score).toBe(1);
    expect(result.diff.ops.map((op) => op.op)).toEqual(['equal']);
  });

  it('calls a sentence with one word dropped near, and the diff shows the deletion', () => {
    const a = 'The prime minister will visit the northern city of Leeds on Friday morning.';
    const b = 'The prime minister will visit the city of Leeds on Friday morning.';
    expect(alignSentencePair(a, b).label).toBe('near');
    expect(changedWords(a, b)).toEqual([['delete', 'northern', null]]);
  });

  it('calls a sentence with one word changed near, not substituted', () => {
    const a = 'The minister will travel to Paris on Monday for talks with officials.';
    const b = 'The minister will travel to Berlin on Monday for talks with officials.';
    expect(alignSentencePair(a, b).label).toBe('near');
    expect(changedWords(a, b)).toEqual([['substitute', 'Paris', 'Berlin']]);
  });

  it('calls a sentence with its content words swapped for synonyms substituted', () => {
    const a = 'European Commission President Ursula von der Leyen said the move would help Europe protect our citizens, territories and assets.';
    const b = 'European Fee President Ursula von der Leyen mentioned the transfer would assist Europe shield our folks, territories and belongings.';
    const result = alignSentencePair(a, b);
    expect(result.label).toBe('substituted');
    expect(changedWords(a, b)).toContainEqual(['substitute', 'Commission', 'Fee']);
    expect(changedWords(a, b)).toContainEqual(['substitute', 'protect', 'shield']);
    expect(result.diff.insertedWords + result.diff.deletedWords).toBe(0);
  });

  it('calls a restatement in other words a paraphrase', () => {
    const result = alignSentencePair(
      'The company reported a sharp rise in quarterly profits on Tuesday, beating the forecasts of analysts.',
      "On Tuesday the company said its quarterly profits rose sharply and beat analysts' forecasts.",
    );
    expect(result.label).toBe('paraphrase');
    expect(result.score).toBeGreaterThan(0.5);
    expect(result.score).toBeLessThan(1);
  });

  it('calls unrelated sentences unique with a low score', () => {
    const result = alignSentencePair('The weather in Madrid was sunny and warm all week.', 'Parliament approved the new budget after a long debate.');
    expect(result.label).toBe('unique');
    expect(result.score).toBeLessThan(0.5);
  });

  it('gives insertions and deletions character spans on their own side only', () => {
    const a = 'Talks will resume next week in Geneva.';
    const b = 'Talks between the two sides will resume next week in Geneva.';
    const ops = alignSentencePair(a, b).diff.ops;
    const insertion = ops.find((op) => op.op === 'insert');
    expect(insertion?.a).toBeNull();
    expect(insertion?.b && b.slice(insertion.b.start, insertion.b.end)).toBe('between the two sides');
    expect(insertion?.aWords).toEqual([1, 1]);
  });
});
