import type { Database, Statement } from 'better-sqlite3';
import type { AuditEntry } from '../../shared/domain';

export interface NewAuditEntry {
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}

/** The append-only record of every change to a case (triggers forbid update and delete). */
export class AuditRepository {
  private readonly insert: Statement;
  private readonly selectRecent: Statement<[number], AuditRow>;

  constructor(db: Database) {
    this.insert = db.prepare(
      'INSERT INTO audit_log (at, action, entity_type, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.selectRecent = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  }

  append(entry: NewAuditEntry, at = new Date()): void {
    this.insert.run(
      at.toISOString(),
      entry.action,
      entry.entityType,
      entry.entityId === null ? null : String(entry.entityId),
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    );
  }

  recent(limit: number): AuditEntry[] {
    return this.selectRecent.all(limit).map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      before: row.before === null ? null : (JSON.parse(row.before) as unknown),
      after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    }));
  }
}
