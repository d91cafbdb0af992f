import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDir } from '../../../src/core/sample/ensureSampleCase';
import { runCli } from '../../../src/cli/runCli';
import { useTempDir } from '../../helpers/tempDir';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

interface SourceLine {
  id: number;
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  sha256: string;
  words: number;
  sentences: number;
}

describe('triangulate CLI', () => {
  const tempDir = useTempDir();

  it('sample then sources --json lists the five seed articles with their provenance fields', async () => {
    const casePath = join(tempDir(), 'sample.tri');
    expect((await cli('sample', '--case', casePath)).code).toBe(0);
    const { code, stdout } = await cli('sources', '--case', casePath, '--json');
    expect(code).toBe(0);
    const sources = JSON.parse(stdout) as SourceLine[];
    expect(sources.map((source) => source.file)).toEqual([
      '000_a61fe65a43533e2c.txt',
      '001_06e2386ba6d7f42a.txt',
      '002_492dc0e6cb4a3066.txt',
      '003_2b30ca30e95c61cb.txt',
      '004_e82bf5f21d7b90ea.txt',
    ]);
    for (const source of sources) {
      expect(Object.keys(source).sort()).toEqual(
        ['byline', 'file', 'id', 'importedAt', 'kind', 'outlet', 'published', 'sentences', 'sha256', 'title', 'words'].sort(),
      );
    }
    expect(sources[0]?.published).toMatch(/^2025-03-18/);
  });

  it('show --json returns text, paragraphs, sentences with offsets, removed furniture and provenance', async () => {
    const casePath = join(tempDir(), 'show.tri');
    await cli('sample', '--case', casePath);
    const { code, stdout } = await cli('show', '1', '--case', casePath, '--json');
    expect(code).toBe(0);
    const source = JSON.parse(stdout) as {
      text: string;
      sentences: { start: number; end: number; text: string }[];
      removed: { text: string }[];
      provenance: Record<string, { origin: string }>;
    };
    for (const sentence of source.sentences) expect(source.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(source.text).not.toMatch(/Also Read|Connect with us|More From This Section/);
    expect(source.removed.map((line) => line.text).join('\n')).toMatch(/Also Read/);
    expect(source.provenance.publishedAt?.origin).toBeTruthy();
  });

  it('search finds INTERFLEX in the press release and its rewrite only', async () => {
    const casePath = join(tempDir(), 'search.tri');
    await cli('sample', '--case', casePath);
    const { stdout } = await cli('search', 'INTERFLEX', '--case', casePath, '--json');
    const hits = JSON.parse(stdout) as { source: number; snippet: string }[];
    expect(new Set(hits.map((hit) => hit.source))).toEqual(new Set([3, 4]));
    expect(hits[0]?.snippet).toMatch(/«INTERFLEX»/);
  });

  it('import exits 2 when a file fails, still importing the rest, and reports it in JSON', async () => {
    const casePath = join(tempDir(), 'import.tri');
    const empty = join(tempDir(), 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = await cli('import', join(sampleDir(), '003_2b30ca30e95c61cb.txt'), empty, '--case', casePath, '--json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { imported: unknown[]; duplicates: unknown[]; failed: { file: string; error: string }[] };
    expect(report.imported).toHaveLength(1);
    expect(report.failed).toEqual([{ file: empty, error: expect.stringMatching(/empty/i) as unknown as string }]);
  });

  it('refuses a case file that is not a Triangulate case with a clear message and exit 65 (data error)', async () => {
    const notCase = join(tempDir(), 'notes.tri');
    writeFileSync(notCase, 'not a database at all\n'.repeat(100));
    const { code, stderr } = await cli('sources', '--case', notCase);
    expect(code).toBe(65);
    expect(stderr).toMatch(/not a Triangulate case/);
  });

  it('runs as the installed bin', () => {
    const casePath = join(tempDir(), 'bin.tri');
    const result = spawnSync(process.execPath, ['bin/triangulate.mjs', 'sample', '--case', casePath, '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sources: 5 });
  });
});
