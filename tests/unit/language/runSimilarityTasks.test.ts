import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runParaphraseTask } from '../../../src/cli/eval/tasks/paraphrase';
import { runStsTask } from '../../../src/cli/eval/tasks/sts';

const folder = mkdtempSync(join(tmpdir(), 'similarity-tasks-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, lines: string[]) => {
  const file = join(folder, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

// Hand-made pairs in the public formats, so the tasks are shown to run on any file of the format.
describe('similarity eval tasks', () => {
  it('paraphrase scores the similarity call on an MSRP-format file, with the aligner beside it', async () => {
    const file = write('pairs.tsv', [
      'Quality\t#1 ID\t#2 ID\t#1 String\t#2 String',
      '1\t1\t2\tThere were no casualties in the blast.\tNobody was killed in the blast.',
      '1\t3\t4\tClimbers need to use extreme caution on the ridge.\tClimbers needed to use extreme caution on the ridge.',
      '0\t5\t6\tThe guard was killed in the attack.\tThe guard was not killed in the attack.',
      '0\t7\t8\tThe central bank raised interest rates on Tuesday.\tHeavy snow closed the mountain pass for a week.',
    ]);
    const result = await runParaphraseTask(file);
    expect(result).toMatchObject({ task: 'paraphrase', n: 4, accuracy: 1, f1: 1 });
    expect(result).toHaveProperty('aligner.accuracy');
  });

  it('sts correlates the similarity score with the gold of main-news rows only', async () => {
    const file = write('sts.csv', [
      'main-news\tnews\t2026\t0001\t5.000\tClimbers need to use extreme caution on the ridge.\tClimbers needed to use extreme caution on the ridge.',
      'main-news\tnews\t2026\t0002\t4.200\tThere were no casualties in the blast.\tNobody was killed in the blast.',
      'main-news\tnews\t2026\t0003\t0.200\tThe central bank raised interest rates on Tuesday.\tHeavy snow closed the mountain pass for a week.',
      'main-captions\tvid\t2026\t0004\t5.000\tA dog runs.\tA cat sleeps.',
    ]);
    const result = await runStsTask(file);
    expect(result).toMatchObject({ task: 'sts', n: 3 });
    expect((result as { pearson: number }).pearson).toBeGreaterThan(0.9);
  });
});
