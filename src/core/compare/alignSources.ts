import { alignIndexedSentences, type AlignIndexedOptions } from './alignIndexedSentences';
import type { CompareSource, SentenceAlignment } from './CompareSource';
import { indexSentence, type IndexedSentence } from './indexSentence';

export interface AlignSourcesResult {
  alignments: SentenceAlignment[];
  pairsScored: number;
  /** Words of each sentence as the comparison counts them (the unit of every share). */
  sentenceWords: Map<number, number>;
}

/** Aligns every sentence of every source with its counterparts in the other sources. */
export function alignSources(sources: readonly CompareSource[], options: AlignIndexedOptions = {}): AlignSourcesResult {
  const texts = new Map<number, string>();
  const indexed: IndexedSentence[] = [];
  const sentenceWords = new Map<number, number>();
  for (const source of sources) {
    for (const sentence of source.sentences) {
      texts.set(sentence.id, sentence.text);
      const signature = indexSentence(sentence.id, source.id, sentence.text);
      indexed.push(signature);
      sentenceWords.set(sentence.id, signature.wordCount);
    }
  }
  const { alignments, pairsScored } = alignIndexedSentences(indexed, (id) => texts.get(id) ?? '', options);
  return { alignments, pairsScored, sentenceWords };
}
