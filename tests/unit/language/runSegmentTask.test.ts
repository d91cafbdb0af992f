import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSegmentTask } from '../../../src/cli/eval/tasks/segment';

const folder = mkdtempSync(join(tmpdir(), 'segment-task-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const writeCases = (name: string, content: string) => {
  const file = join(folder, name);
  writeFileSync(file, content);
  return file;
};

// The public Golden Rules file sits in shared/ beside the repository, never inside it.
const goldenRules = join(import.meta.dirname, '../../../../shared/corpora/golden-rules/golden_rules_en.jsonl');
// The pass count reached when the segmenter was written; raise it, never lower it.
const goldenRulesPassed = 52;

describe('runSegmentTask', () => {
  it('counts the cases whose sentences match, ignoring blank lines', async () => {
    const file = writeCases(
      'cases.jsonl',
      [
        JSON.stringify({ text: 'One. Two.', expected: ['One.', 'Two.'] }),
        '',
        JSON.stringify({ text: 'Mr. Smith left.', expected: ['Mr.', 'Smith left.'] }),
        '   ',
      ].join('\n'),
    );
    expect(await runSegmentTask(file)).toEqual({ task: 'segment', passed: 1, total: 2 });
  });

  it('compares sentences with any run of white space read as one space, words exactly', async () => {
    const file = writeCases(
      'spaces.jsonl',
      [
        JSON.stringify({ text: '  It was a cold night.  ', expected: ['It was a cold night.'] }),
        JSON.stringify({ text: 'It was a cold \nnight.', expected: ['It was a cold night.'] }),
        JSON.stringify({ text: 'It was a cold-night.', expected: ['It was a cold night.'] }),
      ].join('\n'),
    );
    expect(await runSegmentTask(file)).toEqual({ task: 'segment', passed: 2, total: 3 });
  });

  it('names the line of a malformed case', async () => {
    const file = writeCases('broken.jsonl', `${JSON.stringify({ text: 'A.', expected: ['A.'] })}\n\n{"text": "B."\n`);
    await expect(runSegmentTask(file)).rejects.toThrow(/broken\.jsonl:3: not valid JSON/);
    const wrongShape = writeCases('shape.jsonl', JSON.stringify({ text: 'A.', expected: 'A.' }));
    await expect(runSegmentTask(wrongShape)).rejects.toThrow(/shape\.jsonl:1: expected: /);
  });

  it(`passes at least ${goldenRulesPassed} of the English Golden Rules`, async () => {
    const result = await runSegmentTask(goldenRules);
    expect(result.total).toBe(52);
    expect(result.passed).toBeGreaterThanOrEqual(goldenRulesPassed);
  });
});
