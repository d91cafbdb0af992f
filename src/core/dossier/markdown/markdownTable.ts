import { escapeMarkdownLine } from './escapeMarkdown';

/** A GFM table; every cell is escaped text on one line, so a pipe or a line break in it cannot add a column or end the table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownLine).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
