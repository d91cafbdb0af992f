import type { RemovedLine } from '../../shared/domain';
import type { NewSource } from './sourceRepository';

/** A new `sources` row, each column named as the insert binds it. */
export type SourceColumns = Omit<NewSource, 'provenance' | 'paragraphs' | 'sentences' | 'removed'> & {
  byteLength: number;
  /** JSON of `NewSource['provenance']`. */
  provenance: string;
  sentenceCount: number;
  /** JSON of [start, end] pairs, as `parseParagraphSpans` reads them. */
  paragraphSpans: string;
};

/**
 * A new source as the values its rows are written with. An import prepares these on its parse
 * workers, so the thread that writes SQLite, the import's bottleneck, only binds them: no JSON to
 * serialise, and the sentence spans cross threads as one transferred array instead of thousands
 * of small objects.
 */
export interface SourceRows {
  source: SourceColumns;
  /** Start, end and paragraph index of each sentence, in reading order. */
  sentenceSpans: Int32Array;
  removed: RemovedLine[];
}

/** Values per sentence in `SourceRows['sentenceSpans']`. */
export const sentenceSpanWidth = 3;

export function toSourceRows(source: NewSource): SourceRows {
  const { sentences } = source;
  const sentenceSpans = new Int32Array(sentences.length * sentenceSpanWidth);
  let at = 0;
  for (const { start, end, paragraph } of sentences) {
    sentenceSpans[at++] = start;
    sentenceSpans[at++] = end;
    sentenceSpans[at++] = paragraph;
  }
  // Spelled out rather than spread: rest and spread of a twenty-field object cost more than the
  // JSON below, once per file.
  return {
    source: {
      fileName: source.fileName,
      filePath: source.filePath,
      format: source.format,
      encoding: source.encoding,
      original: source.original,
      byteLength: source.original.byteLength,
      sha256: source.sha256,
      importedAt: source.importedAt,
      title: source.title,
      outlet: source.outlet,
      byline: source.byline,
      publishedAt: source.publishedAt,
      kind: source.kind,
      language: source.language,
      provenance: JSON.stringify(source.provenance),
      cleanText: source.cleanText,
      wordCount: source.wordCount,
      sentenceCount: sentences.length,
      paragraphSpans: JSON.stringify(source.paragraphs.map(({ start, end }) => [start, end])),
    },
    sentenceSpans,
    removed: source.removed,
  };
}
