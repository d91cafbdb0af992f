import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** The tables the analysis writes, and those only the analyst writes. */
export const derivedTables = [
  'compare_sentences',
  'alignments',
  'reuse_shares',
  'origin_edges',
  'claim_extractions',
  'extracted_mentions',
  'claims',
  'claim_mentions',
] as const;
export const analystTables = ['claim_judgements', 'claim_tags', 'annotations', 'source_grades', 'undo_log', 'audit_log'] as const;

/**
 * A digest of each table's rows, in any order; timestamp columns (`at`, `*_at`) are left out
 * when `ignoreTimes` is set, so two runs at different moments compare equal.
 */
export function tableDigests(casePath: string, tables: readonly string[], ignoreTimes = false): Record<string, string> {
  const db = new Database(casePath, { readonly: true });
  try {
    const digests: Record<string, string> = {};
    for (const table of tables) {
      const rows = (db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]).map((row) =>
        JSON.stringify(Object.entries(row).filter(([column]) => !ignoreTimes || !(column === 'at' || column.endsWith('_at')))),
      );
      digests[table] = `${rows.length}:${createHash('sha256').update(rows.sort().join('\n')).digest('hex').slice(0, 16)}`;
    }
    return digests;
  } finally {
    db.close();
  }
}

export function integrityOf(casePath: string): string {
  const db = new Database(casePath, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}
