import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClaimRow } from './claimLabels';
import { claimCells } from './claimColumns';
import type { ClaimTableMeta } from './claimTableMeta';
import type { SourceInfo } from './useSourceInfo';

export interface RowHandlers {
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onDoubleClick: () => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

interface ClaimTableRowProps {
  claim: ClaimRow;
  index: number;
  /** Where the row sits in the body, in pixels. */
  top: number;
  isSelected: boolean;
  isChecked: boolean;
  isTabbable: boolean;
  /** The visible columns in order. */
  columnIds: readonly string[];
  /** The sources the chips name, so a new grade redraws the row. */
  sources: Map<number, SourceInfo>;
  /** Read by the cells; a change that matters to a row also changes one of the props above. */
  meta: ClaimTableMeta;
  handlers: RowHandlers;
}

/** Every prop but the meta: the meta changes with any selection, and a row only cares about its own. */
function isSameRow(before: ClaimTableRowProps, after: ClaimTableRowProps): boolean {
  return (
    before.claim === after.claim &&
    before.index === after.index &&
    before.top === after.top &&
    before.isSelected === after.isSelected &&
    before.isChecked === after.isChecked &&
    before.isTabbable === after.isTabbable &&
    before.columnIds === after.columnIds &&
    before.sources === after.sources &&
    before.handlers === after.handlers
  );
}

/**
 * One claim's row. Memoised: scrolling re-renders the table, but a row already in the page is
 * drawn again only when what it shows changes — its claim, place, selection, tick, tab stop, the
 * columns or the sources' names and grades. Cells are keyed by column, so a row slot handed to
 * another claim keeps its elements; cells that hold editing state key themselves by claim.
 */
export const ClaimTableRow = memo(function ClaimTableRow(props: ClaimTableRowProps) {
  const { claim, index, top, isSelected, isTabbable, columnIds, meta, handlers } = props;
  return (
    <div
      role="row"
      data-index={index}
      data-claim-id={claim.id}
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={claim.status === 'contested' ? 'claim-grid-row is-contested' : 'claim-grid-row'}
      style={{ top }}
      tabIndex={isTabbable ? 0 : -1}
      onClick={handlers.onClick}
      onDoubleClick={handlers.onDoubleClick}
      onFocus={handlers.onFocus}
      onKeyDown={handlers.onKeyDown}
    >
      {columnIds.map((id) => (
        <div role="gridcell" key={id} className={`cell-${id}`}>
          {claimCells[id]?.(claim, meta)}
        </div>
      ))}
    </div>
  );
}, isSameRow);
