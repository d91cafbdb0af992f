import { basename } from 'node:path';
import type { Statement } from 'better-sqlite3';
import type { ImportReport } from '../../shared/domain';
import type { CaseStore } from '../store/CaseStore';
import type { SourceRows } from '../store/SourceRows';
import type { ParsedFile } from './parseFile';

/**
 * The sources an import has written since its last commit. The transaction stays open across
 * the import's awaits (better-sqlite3's `transaction()` cannot span them), so sources are
 * written one by one as their parses arrive; each is a savepoint of its own, so a file that
 * cannot be stored rolls back alone. Any other write commits the open batch first
 * (`CaseStore.settleImportBatch`), so it never runs inside this transaction. New sentences enter the full-text index once per batch,
 * just before it commits, so the index never lags a commit.
 */
export class ImportBatch {
  files = 0;
  bytes = 0;
  /** Batches this import has committed so far. */
  commits = 0;
  private lastSentenceId: number | undefined;
  private readonly begin: Statement;
  private readonly end: Statement;
  private readonly abandon: Statement;
  private readonly storeSource: (file: string, rows: SourceRows) => void;

  constructor(
    private readonly store: CaseStore,
    private readonly report: ImportReport,
  ) {
    // IMMEDIATE takes the write lock at once: another program writing the case is met (and
    // waited for, busy_timeout) here, not halfway through a batch.
    this.begin = store.db.prepare('BEGIN IMMEDIATE');
    this.end = store.db.prepare('COMMIT');
    this.abandon = store.db.prepare('ROLLBACK');
    this.storeSource = store.db.transaction((file: string, rows: SourceRows) => {
      const { source } = rows;
      const sameAs = store.sources.findIdBySha256(source.sha256);
      if (sameAs !== undefined) {
        report.duplicates.push({ file, sameAs });
        return;
      }
      const id = store.sources.insertRows(rows);
      store.audit.append(
        {
          action: 'source.import',
          entityType: 'source',
          entityId: id,
          after: { fileName: source.fileName, sha256: source.sha256, title: source.title },
        },
        new Date(source.importedAt),
      );
      report.imported.push({ id, file, title: source.title });
    });
  }

  add(parsed: ParsedFile): void {
    if ('error' in parsed) {
      this.report.failed.push({ file: parsed.file, error: parsed.error });
      return;
    }
    if (this.lastSentenceId === undefined) {
      this.begin.run();
      this.store.holdImportBatch(this);
      this.lastSentenceId = this.store.search.lastSentenceId();
    }
    this.files += 1;
    this.bytes += parsed.rows.source.byteLength;
    try {
      this.storeSource(parsed.file, parsed.rows);
    } catch (error) {
      // The savepoint has rolled back this file alone; the rest of the batch goes on.
      this.report.failed.push({
        file: parsed.file,
        error: `${basename(parsed.file)} could not be stored: ${(error as Error).message}`,
      });
    }
  }

  commit(): void {
    if (this.lastSentenceId === undefined) return;
    this.store.search.indexSentencesAfter(this.lastSentenceId);
    this.end.run();
    this.commits += 1;
    this.reset();
  }

  /** Undoes the uncommitted sources after an unexpected failure; committed batches stay. */
  rollback(): void {
    if (this.lastSentenceId === undefined) return;
    if (this.store.db.inTransaction) this.abandon.run();
    this.reset();
  }

  private reset(): void {
    this.store.holdImportBatch(undefined);
    this.lastSentenceId = undefined;
    this.files = 0;
    this.bytes = 0;
  }
}
