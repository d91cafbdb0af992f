import { sentenceShingles, wordSequenceKey } from './sentenceShingles';
import { tokenizeForCompare } from './tokenizeForCompare';

/** The signature of one sentence kept by the candidate index (and stored, so it is made once). */
export interface IndexedSentence {
  id: number;
  sourceId: number;
  wordCount: number;
  /** Equal keys mean the same words after normalisation: verbatim copies. */
  wordKey: string;
  shingles: Uint32Array;
}

export function indexSentence(id: number, sourceId: number, text: string): IndexedSentence {
  const tokens = tokenizeForCompare(text);
  return { id, sourceId, wordCount: tokens.length, wordKey: wordSequenceKey(tokens), shingles: sentenceShingles(tokens) };
}
