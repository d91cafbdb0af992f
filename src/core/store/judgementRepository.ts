import type { Database, Statement } from 'better-sqlite3';

/** The analyst's tables and the columns that identify a row in each. */
export const judgementTables = {
  source_grades: { key: ['source_sha256'], columns: ['grade', 'updated_at'] },
  claim_judgements: { key: ['claim_id'], columns: ['verdict', 'confidence', 'note', 'is_flagged', 'updated_at'] },
  codebook_tags: { key: ['name'], columns: ['description'] },
  claim_tags: { key: ['claim_id', 'tag'], columns: [] },
  mention_corrections: { key: ['source_sha256', 'start', 'end', 'field'], columns: ['value', 'quote'] },
  cluster_overrides: { key: ['source_sha256', 'start', 'end'], columns: ['claim_id', 'quote'] },
  annotations: {
    key: ['id'],
    columns: ['source_sha256', 'start', 'end', 'quote', 'prefix', 'suffix', 'note', 'tags', 'claim_id', 'created_at', 'updated_at'],
  },
} as const satisfies Record<string, { key: readonly string[]; columns: readonly string[] }>;

export type JudgementTable = keyof typeof judgementTables;
export type RowValue = string | number | null;
export type Row = Record<string, RowValue>;

/** One row of one analyst table as it should be: `row: null` means absent. */
export interface RowState {
  table: JudgementTable;
  key: Row;
  row: Row | null;
}

export interface UndoEntry {
  id: number;
  label: string;
  before: RowState[];
  after: RowState[];
}

interface TableStatements {
  selectAll: Statement<[], Row>;
  select: Statement<Row[], Row>;
  remove: Statement<Row[]>;
  upsert: Statement<Row[]>;
}

/** Generic reads and writes of analyst rows, plus the undo log that replays them. */
export class JudgementRepository {
  private readonly statements: Record<JudgementTable, TableStatements>;
  private readonly insertUndo: Statement;
  private readonly dropRedo: Statement;
  private readonly lastDone: Statement<[], { id: number; label: string; before_rows: string; after_rows: string }>;
  private readonly firstUndone: Statement<[], { id: number; label: string; before_rows: string; after_rows: string }>;
  private readonly markUndone: Statement<[number, number]>;
  private readonly nextAnnotationId: Statement<[], { id: number }>;

  constructor(db: Database) {
    this.statements = Object.fromEntries(
      Object.entries(judgementTables).map(([table, spec]) => {
        const all = [...spec.key, ...spec.columns];
        const where = spec.key.map((column) => `"${column}" = @${column}`).join(' AND ');
        const update = spec.columns.length
          ? `DO UPDATE SET ${spec.columns.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`
          : 'DO NOTHING';
        return [
          table,
          {
            selectAll: db.prepare(`SELECT ${all.map((column) => `"${column}"`).join(', ')} FROM ${table} ORDER BY ${spec.key.map((column) => `"${column}"`).join(', ')}`),
            select: db.prepare(`SELECT ${all.map((column) => `"${column}"`).join(', ')} FROM ${table} WHERE ${where}`),
            remove: db.prepare(`DELETE FROM ${table} WHERE ${where}`),
            upsert: db.prepare(
              `INSERT INTO ${table} (${all.map((column) => `"${column}"`).join(', ')}) VALUES (${all.map((column) => `@${column}`).join(', ')})
               ON CONFLICT (${spec.key.map((column) => `"${column}"`).join(', ')}) ${update}`,
            ),
          },
        ];
      }),
    ) as Record<JudgementTable, TableStatements>;
    this.insertUndo = db.prepare('INSERT INTO undo_log (at, label, before_rows, after_rows) VALUES (?, ?, ?, ?)');
    this.dropRedo = db.prepare('DELETE FROM undo_log WHERE is_undone = 1');
    this.lastDone = db.prepare('SELECT id, label, before_rows, after_rows FROM undo_log WHERE is_undone = 0 ORDER BY id DESC LIMIT 1');
    this.firstUndone = db.prepare('SELECT id, label, before_rows, after_rows FROM undo_log WHERE is_undone = 1 ORDER BY id LIMIT 1');
    this.markUndone = db.prepare('UPDATE undo_log SET is_undone = ? WHERE id = ?');
    this.nextAnnotationId = db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM annotations');
  }

  all(table: JudgementTable): Row[] {
    return this.statements[table].selectAll.all();
  }

  read(table: JudgementTable, key: Row): Row | null {
    return this.statements[table].select.get(key) ?? null;
  }

  write(state: RowState): void {
    const statements = this.statements[state.table];
    if (state.row === null) statements.remove.run(state.key);
    else statements.upsert.run({ ...state.row, ...state.key });
  }

  newAnnotationId(): number {
    return this.nextAnnotationId.get()?.id ?? 1;
  }

  /** Records an action; a new action forgets whatever had been undone before it. */
  recordUndo(label: string, before: RowState[], after: RowState[], at: Date): void {
    this.dropRedo.run();
    this.insertUndo.run(at.toISOString(), label, JSON.stringify(before), JSON.stringify(after));
  }

  lastUndoable(): UndoEntry | undefined {
    return toEntry(this.lastDone.get());
  }

  firstRedoable(): UndoEntry | undefined {
    return toEntry(this.firstUndone.get());
  }

  setUndone(id: number, isUndone: boolean): void {
    this.markUndone.run(isUndone ? 1 : 0, id);
  }
}

function toEntry(row: { id: number; label: string; before_rows: string; after_rows: string } | undefined): UndoEntry | undefined {
  return (
    row && {
      id: row.id,
      label: row.label,
      before: JSON.parse(row.before_rows) as RowState[],
      after: JSON.parse(row.after_rows) as RowState[],
    }
  );
}
