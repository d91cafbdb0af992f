/** How a table column is sorted, as TanStack's `getIsSorted()` reports it. */
export type SortDirection = 'asc' | 'desc' | false;

/** The column header's `aria-sort`: none at all on an unsorted column. */
export function ariaSortOf(sorted: SortDirection): 'ascending' | 'descending' | undefined {
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
}

/** The arrow beside a sorted column's title; screen readers get `aria-sort` instead. */
export function SortMark({ sorted }: { sorted: SortDirection }) {
  return (
    <span className="sort-mark" aria-hidden="true">
      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
    </span>
  );
}
