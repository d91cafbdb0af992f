import type { DateValue } from '../language/dates/DateValue';
import type { QuantityMention } from './findQuantities';


/** What the engine needs of a source: its clean text, sentence spans and publication date. */
export interface SourceForClaims {
  id: number;
  publishedAt: string | null;
  /** True when the publication year was reasoned out (a date printed without a year). */
  isPublishedYearInferred?: boolean;
  text: string;
  paragraphs: { start: number; end: number }[];
  sentences: { start: number; end: number; paragraph: number }[];
}

/** Who a quotation is attributed to. A role alone ("Foreign Secretary said:") has no name. */
export interface Speaker {
  name: string | null;
  key: string | null;
  role: string | null;
}

interface MentionBase {
  sourceId: number;
  /** Span of the claim in the source's clean text. */
  start: number;
  end: number;
  /** Content stems of the sentence and the one before, for telling same-topic mentions apart. */
  context: string[];
  /** The sentence the mention sits in, as display text for the claim. */
  sentence: string;
}

export type ExtractedMention =
  | (MentionBase & { kind: 'quote'; words: string[]; speaker: Speaker | null })
  | (MentionBase & { kind: 'quantity'; quantity: Omit<QuantityMention, 'start' | 'end'> })
  | (MentionBase & { kind: 'event'; date: DateValue; dateText: string; people: string[]; entities: string[]; actions: string[] })
  | (MentionBase & { kind: 'role'; person: string; personName: string; role: string })
  | (MentionBase & { kind: 'statement'; attribution: string | null; stems: string[]; entities: string[] });
