/** Renders rows as a plain-text table with a header, columns padded to their widest cell. */
export function formatTable<Row>(rows: readonly Row[], columns: readonly { title: string; cell: (row: Row) => string; maxWidth?: number }[]): string {
  const clip = (text: string, maxWidth = 60) => (text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text);
  const cells = rows.map((row) => columns.map((column) => clip(column.cell(row).replace(/\s+/g, ' '), column.maxWidth)));
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...cells.map((row) => row[index]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    values.map((value, index) => value.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  return [line(columns.map((column) => column.title)), ...cells.map(line)].join('\n');
}
