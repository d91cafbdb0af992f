import type { SentenceMatch } from './bestSentenceMatches';
import type { ReuseShare } from '../../shared/comparison';
import { pairKey } from './pairKey';

/**
 * For each ordered pair of sources with any match, the share of the first source's words found
 * in the second, in total and by label. `sourceWords` is each source's total words.
 */
export function reuseMatrix(matches: readonly SentenceMatch[], sourceWords: ReadonlyMap<number, number>): ReuseShare[] {
  const rows = new Map<number | string, ReuseShare>();
  for (const match of matches) {
    const total = sourceWords.get(match.source) ?? 0;
    if (total === 0) continue;
    const key = pairKey(match.source, match.other);
    let row = rows.get(key);
    if (!row) {
      row = { a: match.source, b: match.other, shared: 0, verbatim: 0, near: 0, substituted: 0, paraphrase: 0 };
      rows.set(key, row);
    }
    const share = match.words / total;
    row[match.label] += share;
    row.shared += share;
  }
  return [...rows.values()].sort((left, right) => left.a - right.a || left.b - right.b);
}
