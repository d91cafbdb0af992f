// A spreadsheet runs a cell starting with one of these as a formula (CSV injection); the
// full-width forms count because some spreadsheets fold them to ASCII before parsing.
const formulaStart = /^[=+\-@\t\r\n＝＋－＠]/u;

/** The OWASP remedy: a leading apostrophe makes the cell text. Other cells pass unchanged. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}
