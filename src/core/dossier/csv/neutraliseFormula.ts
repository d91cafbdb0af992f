// A spreadsheet runs a cell as a formula when its first visible character is one of these
// (CSV injection). Leading blanks and line breaks are skipped first because spreadsheets trim
// them on import; a cell that starts with a tab, CR or LF is guarded too (OWASP). The
// full-width forms count because some spreadsheets fold them to ASCII before parsing.
const formulaStart = /^[\t\r\n]|^\s*[=+\-@＝＋－＠]/u;

/** The OWASP remedy: a leading apostrophe makes the cell text. Other cells pass unchanged. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}
