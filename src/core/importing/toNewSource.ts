import type { IngestedDocument } from '../ingest/IngestedDocument';
import type { NewSource } from '../store/sourceRepository';
import { segmentSentences } from '../language/sentences/segmentSentences';
import { countWords } from './countWords';

/** Adds what the store keeps beside an ingested document: sentences and counts. */
export function toNewSource(ingested: IngestedDocument, filePath: string, importedAt: Date): NewSource {
  const { metadata, text } = ingested;
  const sentences: NewSource['sentences'] = [];
  ingested.paragraphs.forEach((paragraph, index) => {
    for (const { start, end } of segmentSentences(text, paragraph.start, paragraph.end)) sentences.push({ start, end, paragraph: index });
  });
  return {
    fileName: ingested.fileName,
    filePath,
    format: ingested.format,
    encoding: ingested.encoding,
    original: ingested.bytes,
    sha256: ingested.sha256,
    importedAt: importedAt.toISOString(),
    title: metadata.title.value ?? ingested.fileName,
    outlet: metadata.outlet.value,
    byline: metadata.byline.value,
    publishedAt: metadata.publishedAt.value,
    kind: metadata.kind.value,
    language: metadata.language.value,
    provenance: metadata,
    cleanText: text,
    wordCount: countWords(text),
    paragraphs: ingested.paragraphs,
    sentences,
    removed: ingested.removed,
  };
}
