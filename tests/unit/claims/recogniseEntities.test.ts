import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../../../src/core/claims/ner/recogniseEntities';
import { spansFromTags } from '../../../src/core/claims/ner/parseConll';

describe('recogniseEntities', () => {
  it('finds people, organisations and places with their types', () => {
    const tokens = 'Angela Merkel met officials of the European Commission in Paris on Monday .'.split(' ');
    const found = recogniseEntities(tokens).map((span) => `${span.type}:${tokens.slice(span.start, span.end).join(' ')}`);
    expect(found).toEqual(['PER:Angela Merkel', 'ORG:European Commission', 'LOC:Paris']);
  });

  it('reads IOB1 and IOB2 tags alike', () => {
    expect(spansFromTags(['I-PER', 'I-PER', 'O', 'B-LOC'])).toEqual(spansFromTags(['B-PER', 'I-PER', 'O', 'B-LOC']));
  });
});
