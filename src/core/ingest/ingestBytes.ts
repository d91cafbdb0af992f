// File bytes -> IngestedDocument: the one entry point of the ingest engine. Pure: it reads
// nothing from disk and throws IngestError with a message for the analyst when it must refuse.
import { createHash } from 'node:crypto';
import { cleanText, linesOf } from './cleanText';
import { decodeBytes } from './decodeBytes';
import { detectFormat } from './detectFormat';
import { extractMetadata } from './extractMetadata';
import { guardBytes, guardDecodedText } from './guardBytes';
import { htmlToText } from './htmlToText';
import { IngestError, type IngestedDocument, type IngestOptions } from './IngestedDocument';
import { markdownToText } from './markdownToText';
import type { MetadataCandidate } from './MetadataCandidate';
import type { LineBreakMeaning, SourceLine } from './SourceLine';

export function ingestBytes(bytes: Uint8Array, fileName: string, options: IngestOptions): IngestedDocument {
  const format = detectFormat(fileName);
  guardBytes(bytes, fileName, options);
  const { text: decoded, encoding } = decodeBytes(bytes, fileName);
  guardDecodedText(decoded, fileName);

  let lines: SourceLine[];
  let candidates: MetadataCandidate[] = [];
  let meaning: LineBreakMeaning;
  if (format === 'html') {
    ({ lines, candidates } = htmlToText(decoded));
    meaning = 'blocks';
  } else if (format === 'markdown') {
    ({ lines, candidates } = markdownToText(decoded));
    meaning = 'soft-wrapped';
  } else {
    lines = linesOf(decoded);
    meaning = 'lines';
  }

  const cleaned = cleanText(lines, meaning);
  if (!/\p{L}/u.test(cleaned.text)) {
    const removedNote = cleaned.removed.length > 0 ? ` (${cleaned.removed.length} lines were page furniture such as links or share buttons)` : '';
    throw new IngestError(
      'no-text',
      `"${fileName}" has no article text left after cleaning${removedNote}. Check that the file holds the article itself, not just a page's navigation or an image.`,
    );
  }

  const paragraphTexts = cleaned.paragraphs.map((span, index) => ({
    text: cleaned.text.slice(span.start, span.end),
    line: cleaned.paragraphLines[index] ?? 0,
  }));
  const metadata = extractMetadata({ fileName, paragraphs: paragraphTexts, removed: cleaned.removed, candidates, importedAt: options.importedAt });

  return {
    fileName,
    format,
    encoding,
    bytes,
    // createHash, not crypto.hash: the Workbench also runs on Node 18 (the e2e suite's Electron 25).
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
    removed: cleaned.removed,
    metadata,
  };
}
