import type { Row } from '@tanstack/react-table';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ClaimRow } from './claimLabels';
import { columnTitles, type claimTableFeatures } from './claimColumns';
import type { ClaimTableMeta } from './claimTableMeta';
import { ClaimTableRow, type RowHandlers } from './ClaimTableRow';
import type { SourceInfo } from './useSourceInfo';

export const rowHeight = 34;
/** The sticky header row's height: rows are placed below it and kept clear of it when scrolled to. */
export const headerHeight = 30;

export type ClaimVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * Rows are keyed by a slot, not by claim: a row that leaves the page hands its elements to one
 * that enters, so a scroll step (even a jump across the table) updates text in place instead of
 * tearing down and building rows of elements. Rows still in the page keep their slot, so they
 * are not drawn again. Returns the slot of each index.
 */
export function assignSlots(previous: ReadonlyMap<number, number>, indices: readonly number[]): Map<number, number> {
  const slots = new Map<number, number>();
  const taken = new Set<number>();
  for (const index of indices) {
    const slot = previous.get(index);
    if (slot !== undefined) {
      slots.set(index, slot);
      taken.add(slot);
    }
  }
  let free = 0;
  for (const index of indices) {
    if (slots.has(index)) continue;
    while (taken.has(free)) free += 1;
    slots.set(index, free);
    taken.add(free);
  }
  return slots;
}

/**
 * The rows of the claim grid in view. The virtualiser lives here, not in the table, so a scroll
 * step re-renders only this: the table's queries, its row model and its header are left alone.
 * The table reaches the virtualiser (to bring a row into view) through virtualizerRef.
 */
export function ClaimGridBody(props: {
  rows: readonly Row<typeof claimTableFeatures, ClaimRow>[];
  scrollElement: HTMLDivElement | null;
  virtualizerRef: { current: ClaimVirtualizer | null };
  columnIds: readonly string[];
  claimId: string | null;
  checkedClaimIds: ReadonlySet<string>;
  /** The row that holds the grid's one tab stop. */
  tabIndexRow: number;
  /** The row the keyboard moved to, focused once it is in the page. */
  focusIndex: number | null;
  sources: Map<number, SourceInfo>;
  meta: ClaimTableMeta;
  handlers: RowHandlers;
}) {
  const { rows, scrollElement, virtualizerRef, columnIds, claimId, checkedClaimIds, tabIndexRow, focusIndex, sources, meta, handlers } = props;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
    // Few rows beyond the view: recycled rows make small steps cheap, and on a jump every
    // extra row is one more to fill before the frame can be painted.
    overscan: 4,
  });
  virtualizerRef.current = virtualizer;
  const items = virtualizer.getVirtualItems();
  const slotsRef = useRef<ReadonlyMap<number, number>>(new Map());
  const slots = assignSlots(
    slotsRef.current,
    items.map((item) => item.index),
  );
  slotsRef.current = slots;
  // Rows stay in the page in slot order, placed by their offset: a row that leaves the top and
  // comes back at the bottom for another claim is updated where it is, never moved, so the
  // browser neither re-attaches it nor loses its focus. Screen readers get the place of each
  // row from aria-rowindex.
  const inSlotOrder = [...items].sort((a, b) => (slots.get(a.index) ?? 0) - (slots.get(b.index) ?? 0));

  // A row that scrolled into view by keyboard is focused once it is in the page.
  useEffect(() => {
    if (focusIndex === null) return;
    const row = scrollElement?.querySelector<HTMLElement>(`[role="row"][data-index="${focusIndex}"]`);
    if (row && document.activeElement !== row) row.focus({ preventScroll: true });
  });

  return (
    <div role="rowgroup" className="claim-grid-body" style={{ height: virtualizer.getTotalSize() - headerHeight }}>
      {inSlotOrder.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        const top = item.start - headerHeight;
        if (row.getIsGrouped()) {
          return (
            <div
              role="row"
              key={`group-${row.id}`}
              data-index={item.index}
              className="claim-grid-row group-row"
              style={{ top }}
              aria-rowindex={item.index + 2}
              tabIndex={item.index === tabIndexRow ? 0 : -1}
              onKeyDown={handlers.onKeyDown}
              onFocus={handlers.onFocus}
            >
              <div role="rowheader" aria-colspan={columnIds.length} style={{ paddingLeft: 10 + row.depth * 16 }}>
                {columnTitles[row.groupingColumnId ?? ''] ?? ''}: {String(row.groupingValue ?? '') || '—'}{' '}
                <span className="muted tabular">({row.subRows.length})</span>
              </div>
            </div>
          );
        }
        return (
          <ClaimTableRow
            key={slots.get(item.index) ?? item.index}
            claim={row.original}
            index={item.index}
            top={top}
            isSelected={row.original.id === claimId}
            isChecked={checkedClaimIds.has(row.original.id)}
            isTabbable={item.index === tabIndexRow}
            columnIds={columnIds}
            sources={sources}
            meta={meta}
            handlers={handlers}
          />
        );
      })}
    </div>
  );
}
