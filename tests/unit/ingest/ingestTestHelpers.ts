import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import type { IngestedDocument } from '../../../src/core/ingest/IngestedDocument';

export const importedAt = new Date('2025-06-01T10:00:00Z');

export function ingestText(text: string, fileName = 'article.txt', maxBytes = 1024 * 1024): IngestedDocument {
  return ingestBytes(new TextEncoder().encode(text), fileName, { importedAt, maxBytes });
}

export function paragraphsOf(document: IngestedDocument): string[] {
  return document.paragraphs.map((span) => document.text.slice(span.start, span.end));
}
