import type { ReactNode } from 'react';
import { SortMark, type SortDirection } from './SortMark';

/** What a sortable column header needs of TanStack's column. */
interface SortableColumn {
  getCanSort: () => boolean;
  getIsSorted: () => SortDirection;
  getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
}

/**
 * A column header's content: a button that toggles the sort, with the arrow beside the title,
 * or the plain title where the column does not sort. The cell around it carries `aria-sort`.
 */
export function SortableHeading({ column, title, children }: { column: SortableColumn; title?: string; children: ReactNode }) {
  if (!column.getCanSort()) return <>{children}</>;
  return (
    <button type="button" className="sort-button" title={title} onClick={column.getToggleSortingHandler()}>
      {children}
      <SortMark sorted={column.getIsSorted()} />
    </button>
  );
}
