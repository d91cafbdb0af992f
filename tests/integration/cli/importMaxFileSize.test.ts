import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { useTempDir } from '../../helpers/tempDir';

const megabyte = 1024 * 1024;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

/** A real article padded with real paragraphs to just over `bytes`. */
function writeArticleOver(path: string, bytes: number): void {
  const paragraph = 'The council met on Tuesday to discuss the harbour, and a decision is expected next week.\n\n';
  const body = `A long report on the harbour\n\n${paragraph.repeat(Math.ceil(bytes / paragraph.length) + 1)}`;
  writeFileSync(path, body.slice(0, bytes + 1));
}

describe('triangulate import --max-file-size', () => {
  const tempDir = useTempDir();

  it('refuses a file just over the limit with a message naming --max-file-size, and imports it once the limit is raised', async () => {
    const root = tempDir();
    const article = join(root, 'long-report.txt');
    writeArticleOver(article, megabyte);
    const casePath = join(root, 'case.tri');

    const refused = await cli('import', article, '--case', casePath, '--max-file-size', '1');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/long-report\.txt is 1048577 bytes, over the 1048576-byte limit/);
    expect(refused.stdout).toContain('--max-file-size 2');

    const imported = await cli('import', article, '--case', casePath, '--max-file-size', '2', '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as { imported: { file: string }[]; failed: unknown[] };
    expect(report.imported.map((item) => item.file)).toEqual([article]);
    expect(report.failed).toEqual([]);
  });

  it('refuses a --max-file-size that is not a positive number of megabytes, importing nothing', async () => {
    const root = tempDir();
    const article = join(root, 'short.txt');
    writeFileSync(article, 'A short report\n\nThe council met on Tuesday.\n');
    const casePath = join(root, 'case.tri');
    for (const value of ['0', '-3', 'ten', '', '5000']) {
      const { code, stderr } = await cli('import', article, '--case', casePath, `--max-file-size=${value}`);
      expect(code, value).toBe(64);
      expect(stderr, value).toMatch(/--max-file-size must be a number of megabytes/);
    }
    // The limit is checked before the case is opened, so not even an empty case is made (and
    // `sources` now refuses a missing case instead of creating one).
    expect(existsSync(casePath)).toBe(false);
  });
});
