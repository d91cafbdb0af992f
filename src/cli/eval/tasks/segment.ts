// Sentence segmentation against a Golden Rules style JSONL file: one case per line,
// `{"text": "…", "expected": ["…", …]}` (other fields are ignored).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { segmentSentences } from '../../../core/text/segmentSentences';

const SegmentCase = z.object({ text: z.string(), expected: z.string().array() });
type SegmentCase = z.infer<typeof SegmentCase>;

// Spans cannot drop characters inside a sentence, while the expected sentences of the
// "errant newline" rules have their line breaks already replaced by spaces. Runs of white
// space are therefore compared as one space: the comparison judges where sentences break,
// not how white space inside them is written.
const collapseWhiteSpace = (sentence: string) => sentence.trim().replace(/\s+/gu, ' ');

export function readSegmentCases(content: string, file: string): SegmentCase[] {
  const cases: SegmentCase[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = SegmentCase.safeParse(value);
    if (!parsed.success) {
      throw new Error(`${file}:${index + 1}: expected {"text": string, "expected": string[]}`);
    }
    cases.push(parsed.data);
  });
  return cases;
}

export function isSegmentCasePassed({ text, expected }: SegmentCase): boolean {
  const sentences = segmentSentences(text).map((span) => collapseWhiteSpace(text.slice(span.start, span.end)));
  return sentences.length === expected.length && sentences.every((sentence, index) => sentence === collapseWhiteSpace(expected[index] ?? ''));
}

export async function runSegmentTask(file: string): Promise<{ task: 'segment'; passed: number; total: number }> {
  const cases = readSegmentCases(await readFile(file, 'utf8'), file);
  const passed = cases.filter(isSegmentCasePassed).length;
  return { task: 'segment', passed, total: cases.length };
}
