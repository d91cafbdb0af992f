import { shinglesOfWordIds, wordSequenceKeyOfIds } from './sentenceShingles';
import { scanWordIds } from './tokenizeForCompare';

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
  const wordIds = scanWordIds(text);
  return { id, sourceId, wordCount: wordIds.length, wordKey: wordSequenceKeyOfIds(wordIds), shingles: shinglesOfWordIds(wordIds) };
}
