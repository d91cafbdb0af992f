import type { MatchLabel, WordDiffOp } from '../../shared/comparison';
import type { SentenceAlignment } from './CompareSource';
import { diffWords } from './diffWords';
import { tokenizeForCompare } from './tokenizeForCompare';

/**
 * A sentence alignment whose word diff is worked out when it is read, not when the pair is
 * found: a large corpus has hundreds of thousands of alignments and a view shows a handful,
 * so keeping every diff as objects costs gigabytes for nothing. The diff is that of the
 * lower-id source's sentence (`a`) against the other, as it always was.
 */
export class LazyDiffAlignment implements SentenceAlignment {
  constructor(
    readonly a: number,
    readonly aSentence: number,
    readonly b: number,
    readonly bSentence: number,
    readonly label: MatchLabel,
    readonly score: number,
    private readonly textOf: (sentenceId: number) => string,
  ) {}

  get diff(): WordDiffOp[] {
    return diffSentenceTexts(this.textOf(this.aSentence), this.textOf(this.bSentence));
  }
}

export function diffSentenceTexts(aText: string, bText: string): WordDiffOp[] {
  return diffWords(tokenizeForCompare(aText), tokenizeForCompare(bText)).ops;
}
