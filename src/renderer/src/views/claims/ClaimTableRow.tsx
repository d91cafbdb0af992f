import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClaimRow } from './claimLabels';
import type { claimTableFeatures } from './claimColumns';
import type { SourceInfo } from './useSourceInfo';

export interface RowHandlers {
  onClick: (event: MouseEvent<HTMLTableRowElement>) => void;
  onDoubleClick: () => void;
  onFocus: (event: FocusEvent<HTMLTableRowElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => void;
}

/**
 * One claim's row. Memoised: scrolling re-renders the table, but a row already in the page is
 * drawn again only when what it shows changes — its claim, selection, tick, tab stop, the
 * columns or the sources' names and grades (read by its cells through the table's meta).
 */
export const ClaimTableRow = memo(function ClaimTableRow(props: {
  row: Row<typeof claimTableFeatures, ClaimRow>;
  index: number;
  isSelected: boolean;
  isChecked: boolean;
  isTabbable: boolean;
  /** The visible columns in order, so a change of columns redraws the row. */
  columnKey: string;
  /** The sources the chips name, so a new grade redraws the row. */
  sources: Map<number, SourceInfo>;
  handlers: RowHandlers;
}) {
  const { row, index, isSelected, isTabbable, handlers } = props;
  const claim = row.original;
  return (
    <tr
      data-index={index}
      data-claim-id={claim.id}
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={claim.status === 'contested' ? 'is-contested' : undefined}
      tabIndex={isTabbable ? 0 : -1}
      onClick={handlers.onClick}
      onDoubleClick={handlers.onDoubleClick}
      onFocus={handlers.onFocus}
      onKeyDown={handlers.onKeyDown}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
