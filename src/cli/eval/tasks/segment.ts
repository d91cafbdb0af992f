// Sentence segmentation against a Golden Rules style JSONL file: one case per line,
// `{"text": "…", "expected": ["…", …]}` (other fields are ignored).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { segmentSentences } from '../../../core/language/sentences/segmentSentences';
import { readGoldLines } from '../readGoldLines';

const SegmentCase = z.object({ text: z.string(), expected: z.string().array() });
type SegmentCase = z.infer<typeof SegmentCase>;

// A case passes when the segmenter's sentences equal the expected ones with runs of white
// space read as one space: a span keeps the line break inside a sentence, which the "errant
// newline" rules spell as a space.

export function isSegmentCasePassed({ text, expected }: SegmentCase): boolean {
  const sentences = segmentSentences(text).map((span) => collapseSpaces(text.slice(span.start, span.end)));
  return sentences.length === expected.length && sentences.every((sentence, index) => sentence === collapseSpaces(expected[index] ?? ''));
}

const collapseSpaces = (sentence: string): string => sentence.replace(/\s+/g, ' ').trim();

export async function runSegmentTask(file: string): Promise<{ task: 'segment'; passed: number; total: number }> {
  const cases = readGoldLines(await readFile(file, 'utf8'), file, SegmentCase);
  const passed = cases.filter(isSegmentCasePassed).length;
  return { task: 'segment', passed, total: cases.length };
}
