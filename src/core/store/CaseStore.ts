import type { Database } from 'better-sqlite3';
import { AuditRepository } from './auditRepository';
import { openCase, type OpenCaseOptions } from './openCase';
import { SearchRepository } from './searchRepository';
import { SourceRepository } from './sourceRepository';

/** An open case file with its repositories. */
export class CaseStore {
  readonly sources: SourceRepository;
  readonly audit: AuditRepository;
  readonly search: SearchRepository;

  private constructor(
    readonly db: Database,
    readonly path: string,
  ) {
    this.sources = new SourceRepository(db);
    this.audit = new AuditRepository(db);
    this.search = new SearchRepository(db);
  }

  static open(path: string, options?: OpenCaseOptions): CaseStore {
    return new CaseStore(openCase(path, options), path);
  }

  close(): void {
    this.db.close();
  }
}
