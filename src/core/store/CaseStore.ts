import type { Database } from 'better-sqlite3';
import { AuditRepository } from './auditRepository';
import { existingSidecars, removeCreatedSidecars } from './caseSidecars';
import { openCase, type OpenCaseOptions } from './openCase';
import { SearchRepository } from './searchRepository';
import { SourceRepository } from './sourceRepository';

/** An open case file with its repositories. */
export class CaseStore {
  readonly sources: SourceRepository;
  readonly audit: AuditRepository;
  readonly search: SearchRepository;
  /** The import batch whose transaction is open, between two awaits of its import. */
  private openImportBatch: { commit(): void } | undefined;

  private constructor(
    readonly db: Database,
    readonly path: string,
    private readonly sidecarsBefore: ReadonlySet<string>,
  ) {
    this.sources = new SourceRepository(db);
    this.audit = new AuditRepository(db);
    this.search = new SearchRepository(db);
  }

  static open(path: string, options?: OpenCaseOptions): CaseStore {
    const sidecarsBefore = existingSidecars(path);
    return new CaseStore(openCase(path, options), path, sidecarsBefore);
  }

  /** An import's batch says when its transaction opens (the batch) and ends (undefined). */
  holdImportBatch(batch: { commit(): void } | undefined): void {
    this.openImportBatch = batch;
  }

  /**
   * Commits the open import batch, if any, before another write. An import keeps its
   * transaction open across awaits; a grade or a delete run then would join it and be undone
   * by its rollback. The batch holds whole sources only, so committing it early is safe.
   */
  settleImportBatch(): void {
    this.openImportBatch?.commit();
  }

  close(): void {
    const isReadonly = this.db.readonly;
    this.db.close();
    // A writer's close removes its own log; a reader's cannot (see caseSidecars).
    if (isReadonly) removeCreatedSidecars(this.path, this.sidecarsBefore);
  }
}
