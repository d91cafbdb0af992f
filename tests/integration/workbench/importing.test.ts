import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSampleCase, sampleDir } from '../../../src/core/sample/ensureSampleCase';
import { Workbench } from '../../../src/core/workbench';
import { useTempDir } from '../../helpers/tempDir';

const seedFiles = () => readdirSync(sampleDir()).sort().map((name) => join(sampleDir(), name));

describe('Workbench import', () => {
  const tempDir = useTempDir();

  it('imports the sample case: five sources with titles, sentences and searchable text', async () => {
    const workbench = await ensureSampleCase(join(tempDir(), 'sample.tri'));
    const sources = workbench.listSources();
    expect(sources).toHaveLength(5);
    for (const source of sources) {
      expect(source.title.length).toBeGreaterThan(10);
      expect(source.sentences).toBeGreaterThan(5);
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const hits = workbench.search('INTERFLEX');
    const hitSources = new Set(hits.map((hit) => workbench.getSource(hit.sourceId).fileName.slice(0, 3)));
    expect([...hitSources].sort()).toEqual(['002', '003']);
    expect(hits[0]?.snippet.some((part) => part.isMatch && /interflex/i.test(part.text))).toBe(true);
    workbench.close();
  });

  it('keeps sentence offsets exact: each sentence is the slice of the clean text it points to', async () => {
    const workbench = await ensureSampleCase(join(tempDir(), 'sample.tri'));
    for (const summary of workbench.listSources()) {
      const source = workbench.getSource(summary.id);
      expect(source.sentenceSpans.length).toBe(summary.sentences);
      for (const sentence of source.sentenceSpans) {
        const paragraph = source.paragraphs[sentence.paragraph];
        expect(paragraph).toBeDefined();
        expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? Infinity);
        expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
        expect(source.text.slice(sentence.start, sentence.end).trim()).toBe(source.text.slice(sentence.start, sentence.end));
      }
    }
    workbench.close();
  });

  it('stores nothing new when the same files are imported again, and says which source each duplicates', async () => {
    const casePath = join(tempDir(), 'twice.tri');
    const workbench = Workbench.open(casePath);
    const first = await workbench.importPaths(seedFiles());
    expect(first.imported).toHaveLength(5);
    const auditBefore = workbench.auditLog(1000).length;
    const second = await workbench.importPaths(seedFiles());
    expect(second.imported).toEqual([]);
    expect(second.duplicates.map((duplicate) => duplicate.sameAs).sort()).toEqual(first.imported.map((item) => item.id).sort());
    expect(workbench.listSources()).toHaveLength(5);
    expect(workbench.auditLog(1000).length).toBe(auditBefore);
    workbench.close();
  });

  it('imports a folder recursively, reporting each bad file plainly while the good ones go in', async () => {
    const folder = join(tempDir(), 'drop');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    copyFileSync(seedFiles()[1] ?? '', join(folder, 'good-one.txt'));
    copyFileSync(seedFiles()[2] ?? '', join(folder, 'nested', 'good-two.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    writeFileSync(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const workbench = Workbench.open(join(tempDir(), 'folder.tri'));
    const report = await workbench.importPaths([folder, join(folder, 'missing.txt')]);
    expect(report.imported.map((item) => item.file.split('/').at(-1)).sort()).toEqual(['good-one.txt', 'good-two.txt']);
    const failedNames = report.failed.map((item) => item.file.split('/').at(-1)).sort();
    expect(failedNames).toEqual(['binary.txt', 'empty.txt', 'missing.txt', 'photo.png']);
    for (const failure of report.failed) expect(failure.error).toMatch(/\w{3,}/);
    expect(report.failed.find((item) => item.file.endsWith('missing.txt'))?.error).toMatch(/does not exist/);
    expect(workbench.listSources()).toHaveLength(2);
    workbench.close();
  });

  it('refuses a file over the size limit without storing anything', async () => {
    const file = join(tempDir(), 'huge.txt');
    writeFileSync(file, 'A sentence of a very long article.\n'.repeat(2000));
    const workbench = Workbench.open(join(tempDir(), 'limit.tri'), { maxImportBytes: 10_000 });
    const report = await workbench.importPaths([file]);
    expect(report.failed[0]?.error).toMatch(/over the .* limit/);
    expect(workbench.caseInfo().sources).toBe(0);
    workbench.close();
  });

  it('records a metadata correction with its before and after in the audit log, and marks its origin as the analyst', async () => {
    const workbench = await ensureSampleCase(join(tempDir(), 'edit.tri'));
    const [first] = workbench.listSources();
    if (!first) throw new Error('sample case is empty');
    const updated = workbench.updateMetadata(first.id, 'outlet', '  The Example Gazette ');
    expect(updated.outlet).toBe('The Example Gazette');
    expect(updated.provenance.outlet).toEqual({ value: 'The Example Gazette', origin: 'analyst', isInferred: false });
    const [entry] = workbench.auditLog(1);
    expect(entry).toMatchObject({ action: 'source.update-metadata', entityId: String(first.id), after: { outlet: 'The Example Gazette' } });
    expect(() => workbench.updateMetadata(first.id, 'publishedAt', 'last Tuesday')).toThrowError(/YYYY-MM-DD/);
    expect(workbench.getSource(first.id).outlet).toBe('The Example Gazette');
    workbench.close();
  });

  it('deletes a source with its sentences and search entries, and logs it', async () => {
    const casePath = join(tempDir(), 'delete.tri');
    const workbench = await ensureSampleCase(casePath);
    const target = workbench.search('INTERFLEX')[0]?.sourceId ?? -1;
    expect(workbench.deleteSource(target)).toEqual({ deleted: true });
    expect(workbench.search('INTERFLEX').every((hit) => hit.sourceId !== target)).toBe(true);
    expect(workbench.auditLog(1)[0]).toMatchObject({ action: 'source.delete', entityId: String(target) });
    workbench.close();
    const db = new Database(casePath);
    expect(db.prepare('SELECT count(*) AS n FROM sentences WHERE source_id = ?').get(target)).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The full-text index agrees with the sentences table row for row (it throws if not).
    db.prepare("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')").run();
    db.close();
  });

  it('parses a large import on worker threads and stores exactly what parsing on this thread stores', async () => {
    // Enough files to take the worker path; each a distinct mix of the seeds' paragraphs.
    const folder = join(tempDir(), 'many');
    mkdirSync(folder);
    const paragraphs = seedFiles().flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 80));
    for (let index = 0; index < 40; index += 1) {
      const body = paragraphs.filter((_, at) => (at * 7 + index) % 5 === 0).join('\n\n');
      writeFileSync(join(folder, `article-${index}.txt`), `Report ${index} on the talks\n\n${body}\n`);
    }
    const now = () => new Date('2026-03-20T12:00:00Z');
    const stored = async (parseWorker: false | undefined) => {
      const workbench = Workbench.open(join(tempDir(), `${parseWorker === false ? 'thread' : 'workers'}.tri`), {
        now,
        ...(parseWorker === false ? { parseWorker } : {}),
      });
      const report = await workbench.importPaths([folder]);
      const sources = workbench.listSources().map((summary) => ({ summary, detail: workbench.getSource(summary.id) }));
      const hits = workbench.search('the talks');
      workbench.close();
      return { imported: report.imported.length, failed: report.failed, sources, hits };
    };
    const onWorkers = await stored(undefined);
    expect(onWorkers.imported).toBe(40);
    expect(onWorkers.hits.length).toBeGreaterThan(0);
    expect(onWorkers).toEqual(await stored(false));
  });

  it('reports progress in order, from nothing done to every file done', async () => {
    const folder = join(tempDir(), 'progress');
    mkdirSync(folder);
    for (const [index, file] of seedFiles().entries()) copyFileSync(file, join(folder, `${index}.txt`));
    const workbench = Workbench.open(join(tempDir(), 'progress.tri'));
    const reports: { done: number; total: number; current: string }[] = [];
    workbench.onEvent((event, payload) => {
      if (event === 'sources:did-import-progress' && 'current' in payload) reports.push(payload);
    });
    await workbench.importPaths([folder]);
    workbench.close();
    const total = seedFiles().length;
    expect(reports[0]).toEqual({ done: 0, total, current: '' });
    expect(reports.at(-1)).toEqual({ done: total, total, current: '' });
    expect(reports.map((report) => report.done)).toEqual([...reports.map((report) => report.done)].sort((a, b) => a - b));
  });
});
