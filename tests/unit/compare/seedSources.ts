// Test helper: the seed articles as CompareSources. Lines become paragraphs, except in a
// hard-wrapped file (short lines that mostly end mid-sentence), where lines are joined until
// one ends a sentence or introduces a quote.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceKind } from '../../../src/shared/domain';
import { segmentSentences } from '../../../src/core/language/sentences/segmentSentences';

export const seedFolder = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

export interface SeedSource {
  /** The seed's number, e.g. 3 for `003_….txt`; used as the source id. */
  id: number;
  text: string;
  paragraphs: string[];
  sentences: string[];
}

export function readSeed(number: number): SeedSource {
  const prefix = String(number).padStart(3, '0');
  const file = readdirSync(seedFolder).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  const text = readFileSync(`${seedFolder}${file}`, 'utf8');
  const paragraphs = toParagraphs(text);
  const sentences = paragraphs.flatMap((paragraph) => segmentSentences(paragraph).map((span) => paragraph.slice(span.start, span.end)));
  return { id: number, text, paragraphs, sentences };
}

function toParagraphs(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const filled = lines.filter((line) => line.length > 0);
  const endsOpen = filled.filter((line) => !/[.!?:"”]$/.test(line)).length;
  const isHardWrapped = filled.length > 0 && filled.every((line) => line.length <= 80) && endsOpen > filled.length / 2;
  if (!isHardWrapped) return filled;
  const paragraphs: string[] = [];
  let current = '';
  for (const line of filled) {
    current = current ? `${current} ${line}` : line;
    if (/[.!?:"”]$/.test(line)) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** Metadata an importer would read from the seeds: the dates they state and the kind of each. */
export const seedMetadata: Record<number, { publishedAt: string | null; kind: SourceKind }> = {
  0: { publishedAt: '2025-03-18T09:27:00+05:30', kind: 'wire' },
  1: { publishedAt: null, kind: 'news-article' },
  2: { publishedAt: null, kind: 'news-article' },
  3: { publishedAt: '2025-03-18', kind: 'press-release' },
  4: { publishedAt: null, kind: 'news-article' },
};
