import { useTable, type SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { ClaimRow } from './claimLabels';
import { claimColumns, claimTableFeatures, columnTitles, columnWidths } from './claimColumns';
import { ClaimGridBody, rowHeight, type ClaimVirtualizer } from './ClaimGridBody';
import type { RowHandlers } from './ClaimTableRow';
import type { ClaimTableMeta } from './claimTableMeta';
import { selectClaim, toggleCheckedClaim, useDeskSelection } from './deskSelection';
import { useDeskMutation } from './useDeskMutations';
import { useSourceInfo } from './useSourceInfo';
import { SortableHeading } from '../parts/SortableHeading';
import { ariaSortOf } from '../parts/SortMark';

interface GridStyle extends CSSProperties {
  '--claim-columns': string;
}

/** The row an event came from: rows carry their place in the row model as data-index. */
const indexOf = (event: { currentTarget: HTMLElement }) => Number(event.currentTarget.dataset.index);

/**
 * One row per claim, virtualised: only the rows in view are in the page, so 100,000 claims
 * scroll as smoothly as 100. Rows are one line high (the full text is in the detail pane) and
 * laid out as an ARIA grid of fixed-size boxes rather than a <table>: each row is contained, so
 * the rows that change on a scroll are laid out alone and the others are not touched.
 */
export function ClaimTable(props: {
  claims: readonly ClaimRow[];
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
  // The body's virtualiser needs the scroller once it is in the page; a ref alone is attached
  // after the body's first layout effect, so the element is also kept as state.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const attachScroller = useCallback((element: HTMLDivElement | null) => {
    scrollRef.current = element;
    setScrollElement(element);
  }, []);
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

  const virtualizerRef = useRef<ClaimVirtualizer | null>(null);

  const selectedIndex = useMemo(() => rows.findIndex((row) => !row.getIsGrouped() && row.original.id === claimId), [rows, claimId]);
  const columnKey = visibleColumns.map((column) => column.id).join(' ');
  const columnIds = useMemo(() => columnKey.split(' ').filter(Boolean), [columnKey]);
  const gridStyle = useMemo<GridStyle>(() => {
    // The claim text takes whatever width the others leave; every other column is fixed.
    const tracks = columnIds.map((id) => (id === 'text' ? `minmax(${columnWidths.text}px, 1fr)` : `${columnWidths[id] ?? 120}px`));
    const width = columnIds.reduce((sum, id) => sum + (columnWidths[id] ?? 120), 0);
    return { '--claim-columns': tracks.join(' '), width };
  }, [columnIds]);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  // Arriving from the keyboard (⌘4, Esc from the detail) lands on the selected row: a new
  // request moves the focus there while rendering, and the effect brings the row into view.
  const [handledFocusRequest, setHandledFocusRequest] = useState(0);
  if (focusRequest !== handledFocusRequest) {
    setHandledFocusRequest(focusRequest);
    if (focusRequest !== 0) setFocusIndex(Math.max(0, selectedIndex));
  }
  useEffect(() => {
    if (focusRequest === 0) return;
    virtualizerRef.current?.scrollToIndex(Math.max(0, selectedIndex), { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on a new request
  }, [focusRequest]);

  const moveTo = (index: number) => {
    const bounded = Math.min(rows.length - 1, Math.max(0, index));
    const row = rows[bounded];
    if (!row) return;
    if (!row.getIsGrouped()) selectClaim(row.original.id);
    virtualizerRef.current?.scrollToIndex(bounded, { align: 'auto' });
    setFocusIndex(bounded);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
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
  // are not re-rendered for fresh closures on each scroll step. Keys act from the current row:
  // a focused row element that scrolled away is recycled for another claim.
  const latest = useRef({ rows, onKeyDown, onOpen, focusIndex });
  useLayoutEffect(() => {
    latest.current = { rows, onKeyDown, onOpen, focusIndex };
  });
  const rowHandlers = useMemo<RowHandlers>(
    () => ({
      onClick: (event: MouseEvent<HTMLDivElement>) => {
        const index = indexOf(event);
        const row = latest.current.rows[index];
        if (row && !row.getIsGrouped()) selectClaim(row.original.id);
        setFocusIndex(index);
      },
      onDoubleClick: () => latest.current.onOpen(),
      onFocus: (event: FocusEvent<HTMLDivElement>) => setFocusIndex(indexOf(event)),
      onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => latest.current.onKeyDown(event, latest.current.focusIndex ?? indexOf(event)),
    }),
    [],
  );

  const tabIndexRow = focusIndex ?? Math.max(0, selectedIndex);
  return (
    <div ref={attachScroller} className="table-scroll claim-table-scroll" data-testid="claim-table-scroll">
      <div className="claim-grid" role="grid" aria-label="Claims" aria-rowcount={rows.length + 1} aria-colcount={visibleColumns.length} style={gridStyle}>
        <div role="rowgroup" className="claim-grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" key={group.id} aria-rowindex={1} className="claim-grid-row">
              {group.headers.map((header) => (
                <div role="columnheader" key={header.id} className={`cell-${header.column.id}`} aria-sort={ariaSortOf(header.column.getIsSorted())}>
                  <SortableHeading column={header.column} title={`Sort by ${columnTitles[header.column.id] ?? header.column.id}`}>
                    <table.FlexRender header={header} />
                  </SortableHeading>
                </div>
              ))}
            </div>
          ))}
        </div>
        <ClaimGridBody
          rows={rows}
          scrollElement={scrollElement}
          virtualizerRef={virtualizerRef}
          columnIds={columnIds}
          claimId={claimId}
          checkedClaimIds={checkedSet}
          tabIndexRow={tabIndexRow}
          focusIndex={focusIndex}
          sources={sources}
          meta={meta}
          handlers={rowHandlers}
        />
      </div>
    </div>
  );
}
