import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClaimRow } from './claimLabels';
import { claimColumns, claimTableFeatures, columnTitles, columnWidths } from './claimColumns';
import { ClaimTableRow, type RowHandlers } from './ClaimTableRow';
import type { ClaimTableMeta } from './claimTableMeta';
import { selectClaim, toggleCheckedClaim, useDeskSelection } from './deskSelection';
import { useDeskMutation } from './useDeskMutations';
import { useSourceInfo } from './useSourceInfo';

const rowHeight = 34;

/** The row an event came from: rows carry their place in the row model as data-index. */
const indexOf = (event: { currentTarget: HTMLElement }) => Number(event.currentTarget.dataset.index);

/**
 * One row per claim, virtualised: only the rows in view are in the page, so 100,000 claims
 * scroll as smoothly as 100. Rows are one line high; the full text is in the detail pane.
 */
export function ClaimTable(props: {
  claims: ClaimRow[];
  grouping: string[];
  columnOrder: string[];
  hiddenColumns: string[];
  focusRequest: number;
  onOpen: () => void;
}) {
  const { claims, grouping, columnOrder, hiddenColumns, focusRequest, onOpen } = props;
  const { claimId, checkedClaimIds } = useDeskSelection();
  const sources = useSourceInfo();
  const judge = useDeskMutation('claims:judge').mutate;
  const checkedSet = useMemo(() => new Set(checkedClaimIds), [checkedClaimIds]);
  const meta = useMemo<ClaimTableMeta>(
    () => ({ sources, judge, toggleChecked: toggleCheckedClaim, activeClaimId: claimId, checkedClaimIds: checkedSet }),
    [sources, judge, claimId, checkedSet],
  );
  const [sorting, setSorting] = useState<SortingState>([]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const columnVisibility = useMemo(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);

  const table = useTable({
    features: claimTableFeatures,
    columns: claimColumns,
    data: claims,
    state: { sorting, grouping, expanded: true, columnVisibility, columnOrder },
    onSortingChange: setSorting,
    groupedColumnMode: false,
    getRowId: (claim) => claim.id,
    meta,
  });
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const selectedIndex = useMemo(() => rows.findIndex((row) => !row.getIsGrouped() && row.original.id === claimId), [rows, claimId]);
  const columnKey = visibleColumns.map((column) => column.id).join(' ');
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  // A row that scrolled into view by keyboard is focused once it is in the page.
  useEffect(() => {
    if (focusIndex === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${focusIndex}"]`);
    if (row && document.activeElement !== row) row.focus({ preventScroll: true });
  });

  // Arriving from the keyboard (⌘4, Esc from the detail) lands on the selected row.
  useEffect(() => {
    if (focusRequest === 0) return;
    const index = Math.max(0, selectedIndex);
    virtualizer.scrollToIndex(index, { align: 'auto' });
    setFocusIndex(index);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on a new request
  }, [focusRequest]);

  const moveTo = (index: number) => {
    const bounded = Math.min(rows.length - 1, Math.max(0, index));
    const row = rows[bounded];
    if (!row) return;
    if (!row.getIsGrouped()) selectClaim(row.original.id);
    virtualizer.scrollToIndex(bounded, { align: 'auto' });
    setFocusIndex(bounded);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in moves) {
      moveTo(index + (moves[event.key] ?? 0));
      event.preventDefault();
    } else if (event.key === 'Home' || event.key === 'End') {
      moveTo(event.key === 'Home' ? 0 : rows.length - 1);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const row = rows[index];
      if (row && !row.getIsGrouped()) {
        selectClaim(row.original.id);
        onOpen();
      }
      event.preventDefault();
    } else if (event.key === 'Escape') {
      selectClaim(null);
      event.preventDefault();
    }
  };

  // One set of row handlers for every row, reading the row from the event, so memoised rows
  // are not re-rendered for fresh closures on each scroll step.
  const latest = useRef({ rows, onKeyDown, onOpen });
  latest.current = { rows, onKeyDown, onOpen };
  const rowHandlers = useMemo<RowHandlers>(
    () => ({
      onClick: (event: MouseEvent<HTMLTableRowElement>) => {
        const index = indexOf(event);
        const row = latest.current.rows[index];
        if (row && !row.getIsGrouped()) selectClaim(row.original.id);
        setFocusIndex(index);
      },
      onDoubleClick: () => latest.current.onOpen(),
      onFocus: (event: FocusEvent<HTMLTableRowElement>) => setFocusIndex(indexOf(event)),
      onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => latest.current.onKeyDown(event, indexOf(event)),
    }),
    [],
  );

  const tabIndexRow = focusIndex ?? Math.max(0, selectedIndex);
  return (
    <div ref={scrollRef} className="table-scroll claim-table-scroll" data-testid="claim-table-scroll">
      <table className="data-table claim-table" role="grid" aria-label="Claims" aria-rowcount={rows.length + 1}>
        <colgroup>
          {visibleColumns.map((column) => (
            <col key={column.id} style={{ width: columnWidths[column.id] ?? 120 }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.id === 'origins' ? 'is-numeric' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() && header.column.id !== 'check' ? (
                      <button
                        type="button"
                        className="sort-button"
                        title={`Sort by ${columnTitles[header.column.id] ?? header.column.id}`}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            if (row.getIsGrouped()) {
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  className="group-row"
                  aria-rowindex={item.index + 2}
                  tabIndex={item.index === tabIndexRow ? 0 : -1}
                  onKeyDown={rowHandlers.onKeyDown}
                  onFocus={rowHandlers.onFocus}
                >
                  <th scope="rowgroup" colSpan={visibleColumns.length} style={{ paddingLeft: 10 + row.depth * 16 }}>
                    {columnTitles[row.groupingColumnId ?? ''] ?? ''}: {String(row.groupingValue ?? '') || '—'}{' '}
                    <span className="muted tabular">({row.subRows.length})</span>
                  </th>
                </tr>
              );
            }
            return (
              <ClaimTableRow
                key={row.id}
                row={row}
                index={item.index}
                isSelected={row.original.id === claimId}
                isChecked={checkedSet.has(row.original.id)}
                isTabbable={item.index === tabIndexRow}
                columnKey={columnKey}
                sources={sources}
                handlers={rowHandlers}
              />
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
