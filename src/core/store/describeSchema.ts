import type { Database } from 'better-sqlite3';

/**
 * The schema a database holds, as stable text: every table, index, trigger and view in name
 * order, then the full-text index settings kept in the file. Two databases with the same
 * description accept the same statements and behave the same.
 */
export function describeSchema(db: Database): string {
  const objects = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  const lines = objects.map((object) => `-- ${object.type} ${object.name}\n${object.sql.trim()};`);
  const configTables = objects.filter((object) => object.type === 'table' && object.name.endsWith('_config'));
  for (const table of configTables) {
    const rows = db.prepare(`SELECT * FROM "${table.name}" ORDER BY 1`).all();
    lines.push(`-- rows of ${table.name}\n${JSON.stringify(rows)}`);
  }
  return `${lines.join('\n\n')}\n`;
}
