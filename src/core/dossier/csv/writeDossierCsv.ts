import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Dossier } from '../../../shared/dossier';
import { dossierCsvTables, type CsvTable } from './dossierCsvTables';
import { neutraliseFormula } from './neutraliseFormula';

/**
 * One CSV file's text: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte order mark so spreadsheets read it as UTF-8.
 * csv-stringify quotes a cell only when it holds the whole record delimiter (CRLF), so a bare CR or LF is quoted
 * here explicitly: otherwise a note over two lines would split its record and could start a row with a formula.
 */
export function formatCsv(table: CsvTable): string {
  const cells = table.rows.map((row) =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'string' ? neutraliseFormula(cell) : typeof cell === 'boolean' ? (cell ? 'true' : 'false') : String(cell))),
  );
  return stringify([table.columns as string[], ...cells], { bom: true, record_delimiter: 'windows', quoted_match: [/[\r\n]/, /^\s|\s$/] });
}

/** The four CSV files by name. */
export function dossierCsvFiles(dossier: Dossier): Map<string, string> {
  return new Map(dossierCsvTables(dossier).map((table) => [table.fileName, formatCsv(table)]));
}

/** The CSV files in one zip, dated with the dossier so the same dossier gives the same bytes. */
export function dossierCsvZip(dossier: Dossier): Uint8Array {
  const mtime = new Date(dossier.generatedAt);
  const entries: Zippable = {};
  for (const [name, text] of dossierCsvFiles(dossier)) entries[name] = [strToU8(text), { mtime: Number.isNaN(mtime.getTime()) ? new Date('1980-01-01T00:00:00Z') : mtime }];
  return zipSync(entries, { level: 6 });
}
