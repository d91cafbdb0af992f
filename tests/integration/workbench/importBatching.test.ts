import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { inThreadParser, type FileParser } from '../../../src/core/importing/FileParser';
import { importFiles } from '../../../src/core/importing/importFiles';
import { CaseStore } from '../../../src/core/store/CaseStore';
import { useTempDir } from '../../helpers/tempDir';

function writeArticles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const file = join(dir, `${String(index).padStart(4, '0')}.txt`);
    writeFileSync(file, `Report number ${index}\n\nThe council met on day ${index} and agreed item ${index * 7}. Nobody objected.\n`);
    return file;
  });
}

const committedSources = (reader: Database.Database) =>
  reader.prepare<[], number>('SELECT count(*) FROM sources').pluck().get() ?? 0;

describe('import batches', () => {
  const tempDir = useTempDir();

  it('commits what it has stored while the next file is still being parsed', async () => {
    const files = writeArticles(join(tempDir(), 'articles'), 300);
    const casePath = join(tempDir(), 'case.tri');
    const store = CaseStore.open(casePath);
    const reader = new Database(casePath, { readonly: true });
    const slowFile = files[280];
    let committedWhileWaiting = -1;
    // Parses on this thread, but holds one file back until another connection can see what the
    // import has committed, or gives up: an import that only committed full batches never would.
    const slowParser: FileParser = {
      parse: (requests) =>
        inThreadParser.parse(requests).map(async (parse, index) => {
          if (requests[index]?.file !== slowFile) return parse;
          for (let tries = 0; tries < 300 && committedSources(reader) === 0; tries += 1) await sleep(10);
          committedWhileWaiting = committedSources(reader);
          return parse;
        }),
    };
    const report = await importFiles(store, files, { maxBytes: 1024 * 1024, workerParser: () => slowParser });

    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(300);
    expect(committedWhileWaiting).toBeGreaterThanOrEqual(256);
    expect(committedWhileWaiting).toBeLessThan(281);
    expect(committedSources(reader)).toBe(300);
    const indexed = reader.prepare<[], number>("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'council'").pluck().get();
    expect(indexed).toBe(300);
    reader.close();
    store.close();
  });
});
