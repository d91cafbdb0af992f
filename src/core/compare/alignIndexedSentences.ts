import type { MatchLabel } from '../../shared/comparison';
import type { AnalysisCheckpoint } from '../analysis/AnalysisCheckpoint';
import { alignPreparedPair } from './alignSentencePair';
import type { SentenceAlignment } from './CompareSource';
import { defaultCandidateOptions, findCandidatePairs, type CandidateOptions, type CandidateText } from './findCandidatePairs';
import type { IndexedSentence } from './indexSentence';
import { LazyDiffAlignment } from './LazyDiffAlignment';
import { prepareSentence, type PreparedSentence } from './prepareSentence';
import { tokenizeForCompare } from './tokenizeForCompare';

export interface AlignIndexedOptions {
  /** When given, only pairs with a sentence of one of these sources are aligned. */
  touchedSourceIds?: ReadonlySet<number>;
  candidates?: CandidateOptions;
  checkpoint?: AnalysisCheckpoint;
}

/** Candidate pairs scored between checkpoints: a few milliseconds of work. */
const pairsPerCheckpoint = 2000;

export interface AlignIndexedResult {
  alignments: SentenceAlignment[];
  /** Distinct sentence-text pairs scored by the aligner (verbatim copies of one text are scored once). */
  pairsScored: number;
}

/** Shorter sentences ("Also read", "Reuters") are left unique: too short to say anything was copied. */
export const minimumWordsToAlign = 3;

/**
 * Aligns indexed sentences across sources. Verbatim copies are grouped by their word key first,
 * so a passage carried by many sources is indexed and scored once; candidate pairs of distinct
 * texts come from the shingle index; each is scored by the sentence aligner and, if matched,
 * spread to every pair of sources carrying the two texts.
 */
export function alignIndexedSentences(
  sentences: readonly IndexedSentence[],
  textOf: (sentenceId: number) => string,
  options: AlignIndexedOptions = {},
): AlignIndexedResult {
  const touched = options.touchedSourceIds;
  const isTouched = (sourceId: number): boolean => !touched || touched.has(sourceId);
  const groupIndexByKey = new Map<string, number>();
  const groups: IndexedSentence[][] = [];
  for (const sentence of sentences) {
    if (sentence.wordCount < minimumWordsToAlign) continue;
    let groupIndex = groupIndexByKey.get(sentence.wordKey);
    if (groupIndex === undefined) {
      groupIndex = groups.length;
      groupIndexByKey.set(sentence.wordKey, groupIndex);
      groups.push([]);
    }
    groups[groupIndex]?.push(sentence);
  }

  const alignments: SentenceAlignment[] = [];
  const addPair = (first: IndexedSentence, second: IndexedSentence, label: MatchLabel, score: number): void => {
    if (first.sourceId === second.sourceId || (!isTouched(first.sourceId) && !isTouched(second.sourceId))) return;
    const [a, b] = first.sourceId < second.sourceId ? [first, second] : [second, first];
    alignments.push(new LazyDiffAlignment(a.sourceId, a.id, b.sourceId, b.id, label, score, textOf));
  };

  const candidateTexts: CandidateText[] = groups.map((members) => {
    const firstSource = members[0]?.sourceId ?? -1;
    return {
      shingles: members[0]?.shingles ?? new Uint32Array(0),
      soleSource: members.every((member) => member.sourceId === firstSource) ? firstSource : -1,
      isTouched: members.some((member) => isTouched(member.sourceId)),
    };
  });
  for (const members of groups) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const first = members[i];
        const second = members[j];
        if (first && second) addPair(first, second, 'verbatim', 1);
      }
    }
  }

  const candidates = findCandidatePairs(candidateTexts, options.candidates ?? defaultCandidateOptions);
  // A group's prepared sentence is kept only while candidate pairs still need it, so memory
  // follows the pairs in flight, not the corpus.
  const pairsLeft = new Int32Array(groups.length);
  for (const group of candidates.first) pairsLeft[group] = (pairsLeft[group] ?? 0) + 1;
  for (const group of candidates.second) pairsLeft[group] = (pairsLeft[group] ?? 0) + 1;
  const prepared = new Map<number, PreparedSentence>();
  const preparedOf = (group: number, sentenceId: number): PreparedSentence => {
    let sentence = prepared.get(group);
    if (!sentence) {
      sentence = prepareSentence(tokenizeForCompare(textOf(sentenceId)));
      prepared.set(group, sentence);
    }
    return sentence;
  };
  const release = (group: number): void => {
    const left = (pairsLeft[group] ?? 1) - 1;
    pairsLeft[group] = left;
    if (left === 0) prepared.delete(group);
  };
  for (let index = 0; index < candidates.first.length; index += 1) {
    if (index % pairsPerCheckpoint === 0) options.checkpoint?.({ step: 'aligning', done: index, total: candidates.first.length });
    const firstIndex = candidates.first[index] ?? -1;
    const secondIndex = candidates.second[index] ?? -1;
    const firstGroup = groups[firstIndex];
    const secondGroup = groups[secondIndex];
    const firstRepresentative = firstGroup?.[0];
    const secondRepresentative = secondGroup?.[0];
    if (!firstGroup || !secondGroup || !firstRepresentative || !secondRepresentative) continue;
    const { label, score } = alignPreparedPair(preparedOf(firstIndex, firstRepresentative.id), preparedOf(secondIndex, secondRepresentative.id));
    release(firstIndex);
    release(secondIndex);
    if (label === 'unique') continue;
    for (const first of firstGroup) for (const second of secondGroup) addPair(first, second, label, score);
  }
  return { alignments, pairsScored: candidates.first.length };
}
