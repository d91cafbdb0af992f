import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { SourceSummary } from '../../../../shared/domain';
import type { ReuseShare } from '../../../../shared/comparison';
import type { ComparisonIndex } from './indexComparison';
import { formatShare, matchLabels, matchLabelText } from './matchLabels';
import { sourceShortName } from './sourceShortName';
import { useGridWindow, type GridGeometry, type GridWindow } from './useGridWindow';

interface Props {
  sources: readonly SourceSummary[];
  index: ComparisonIndex;
  onOpenPair(left: number, right: number): void;
}

// The same sizes as .matrix-row-head, .matrix-row.is-head, .matrix-row and .matrix-cell in compare.css.
const geometry: GridGeometry = { headHeight: 150, headWidth: 200, rowPitch: 30, columnPitch: 36 };

/** Six steps, each with a text colour checked for contrast in both themes. */
function heatStep(share: number): number {
  if (share <= 0) return 0;
  if (share < 0.1) return 1;
  if (share < 0.25) return 2;
  if (share < 0.5) return 3;
  if (share < 0.75) return 4;
  return 5;
}

function describe(row: SourceSummary, column: SourceSummary, share: ReuseShare | undefined): string {
  const head = `${formatShare(share?.shared ?? 0)} of ${sourceShortName(row)} is found in ${sourceShortName(column)}`;
  if (!share || share.shared <= 0) return head;
  const parts = matchLabels.filter((label) => share[label] > 0).map((label) => `${matchLabelText[label].toLowerCase()} ${formatShare(share[label])}`);
  return `${head}: ${parts.join(', ')}`;
}

type Cell = { row: number; column: number };

function cellAt(target: EventTarget): Cell | null {
  const element = (target as HTMLElement).closest<HTMLElement>('[data-at]');
  const [row, column] = (element?.dataset.at ?? '').split(':').map(Number);
  return row === undefined || column === undefined || Number.isNaN(row) || Number.isNaN(column) ? null : { row, column };
}

/** `start`…`end` and `extra` in order, without repeats: the window plus the keyboard cursor. */
function withCursor(start: number, end: number, extra: number): number[] {
  const list: number[] = [];
  if (extra < start) list.push(extra);
  for (let at = start; at < end; at += 1) list.push(at);
  if (extra >= end) list.push(extra);
  return list;
}

/**
 * Sources × sources heatmap; a grid the keyboard walks with the arrow keys. Only the cells the
 * scroller shows are in the page (plus the keyboard cursor, so focus never falls out), placed
 * at fixed positions, with the header row and column sticky: a case of 200 sources (40,000
 * cells) costs what one screenful costs. Events are handled once on the grid, so hovering
 * never re-renders the cells.
 */
export function ReuseMatrix({ sources, index, onOpenPair }: Props) {
  const [cursor, setCursor] = useState<Cell>({ row: 0, column: sources.length > 1 ? 1 : 0 });
  const [hovered, setHovered] = useState<Cell | null>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const isFocusPending = useRef(false);
  const row = Math.max(0, Math.min(cursor.row, sources.length - 1));
  const column = Math.max(0, Math.min(cursor.column, sources.length - 1));
  const { visible, reveal } = useGridWindow(scrollerRef, geometry, sources.length, sources.length);

  // The cell the keys moved to is rendered by now; focus it without the browser's own scroll,
  // which would leave it under a sticky header.
  useLayoutEffect(() => {
    if (!isFocusPending.current) return;
    isFocusPending.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-at="${row}:${column}"]`)?.focus({ preventScroll: true });
  }, [row, column]);

  const open = useCallback(
    (at: Cell) => {
      const a = sources[at.row];
      const b = sources[at.column];
      if (a && b && a.id !== b.id) onOpenPair(a.id, b.id);
    },
    [sources, onOpenPair],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = cellAt(event.target);
    if (!at) return;
    const last = sources.length - 1;
    const page = Math.max(1, Math.floor(((scrollerRef.current?.clientHeight ?? 0) - geometry.headHeight) / geometry.rowPitch) - 1);
    const isCorner = event.ctrlKey || event.metaKey;
    const targets: Record<string, Cell> = {
      ArrowUp: { row: at.row - 1, column: at.column },
      ArrowDown: { row: at.row + 1, column: at.column },
      ArrowLeft: { row: at.row, column: at.column - 1 },
      ArrowRight: { row: at.row, column: at.column + 1 },
      PageUp: { row: at.row - page, column: at.column },
      PageDown: { row: at.row + page, column: at.column },
      Home: { row: isCorner ? 0 : at.row, column: 0 },
      End: { row: isCorner ? last : at.row, column: last },
    };
    const target = targets[event.key];
    if (target) {
      const next = { row: Math.max(0, Math.min(last, target.row)), column: Math.max(0, Math.min(last, target.column)) };
      reveal(next.row, next.column);
      isFocusPending.current = true;
      setCursor(next);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      open(at);
      event.preventDefault();
    }
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const at = cellAt(event.target);
    if (!at) return;
    setCursor(at);
    open(at);
  };
  const onMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    const at = cellAt(event.target);
    if (at && (at.row !== hovered?.row || at.column !== hovered.column)) setHovered(at);
  };

  return (
    <>
      <div ref={scrollerRef} className="matrix-scroll" onMouseLeave={() => setHovered(null)}>
        <div
          ref={gridRef}
          className="reuse-matrix"
          role="grid"
          aria-label="Reuse matrix: share of the row source's text found in the column source"
          aria-rowcount={sources.length + 1}
          aria-colcount={sources.length + 1}
          style={{
            width: geometry.headWidth + sources.length * geometry.columnPitch,
            height: geometry.headHeight + sources.length * geometry.rowPitch,
          }}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onMouseOver={onMouseOver}
          onFocus={(event) => {
            const at = cellAt(event.target);
            if (at && (at.row !== row || at.column !== column)) setCursor(at);
          }}
        >
          <MatrixCells sources={sources} index={index} visible={visible} cursorRow={row} cursorColumn={column} />
        </div>
      </div>
      <CellDetail sources={sources} index={index} at={hovered ?? { row, column }} />
    </>
  );
}

const MatrixCells = memo(function MatrixCells(props: {
  sources: readonly SourceSummary[];
  index: ComparisonIndex;
  visible: GridWindow;
  cursorRow: number;
  cursorColumn: number;
}) {
  const { sources, index, visible, cursorRow, cursorColumn } = props;
  const columns: number[] = [];
  for (let at = visible.columnStart; at < visible.columnEnd; at += 1) columns.push(at);
  const left = (columnAt: number) => geometry.headWidth + columnAt * geometry.columnPitch;
  return (
    <>
      <div role="row" aria-rowindex={1} className="matrix-row is-head">
        <div role="columnheader" aria-colindex={1} className="matrix-corner">
          <span className="muted">text of ↓ found in →</span>
        </div>
        {columns.map((columnAt) => {
          const source = sources[columnAt];
          return source ? (
            <div
              key={source.id}
              role="columnheader"
              aria-colindex={columnAt + 2}
              className="matrix-column-head"
              style={{ left: left(columnAt) }}
              title={source.title}
            >
              <span>{sourceShortName(source, 16)}</span>
            </div>
          ) : null;
        })}
      </div>
      {withCursor(visible.rowStart, visible.rowEnd, cursorRow).map((rowAt) => {
        const rowSource = sources[rowAt];
        if (!rowSource) return null;
        const isWindowRow = rowAt >= visible.rowStart && rowAt < visible.rowEnd;
        const rowColumns = isWindowRow
          ? rowAt === cursorRow
            ? withCursor(visible.columnStart, visible.columnEnd, cursorColumn)
            : columns
          : [cursorColumn];
        return (
          <div
            key={rowSource.id}
            role="row"
            aria-rowindex={rowAt + 2}
            className="matrix-row"
            style={{ top: geometry.headHeight + rowAt * geometry.rowPitch }}
          >
            <div role="rowheader" aria-colindex={1} className="matrix-row-head" title={rowSource.title}>
              {sourceShortName(rowSource)}
            </div>
            {rowColumns.map((columnAt) => {
              const columnSource = sources[columnAt];
              if (!columnSource) return null;
              const isSelf = rowSource.id === columnSource.id;
              const value = isSelf ? 0 : (index.share(rowSource.id, columnSource.id)?.shared ?? 0);
              return (
                <div
                  key={columnSource.id}
                  role="gridcell"
                  aria-colindex={columnAt + 2}
                  data-at={`${rowAt}:${columnAt}`}
                  data-pair={`${rowSource.id}-${columnSource.id}`}
                  className={isSelf ? 'matrix-cell is-self' : `matrix-cell heat-${heatStep(value)}`}
                  style={{ left: left(columnAt) }}
                  tabIndex={rowAt === cursorRow && columnAt === cursorColumn ? 0 : -1}
                >
                  {isSelf ? '' : value > 0 ? Math.round(value * 100) : '·'}
                </div>
              );
            })}
          </div>
        );
      })}
    </>
  );
});
/** The numbers behind the cell under the pointer (or the keyboard cursor), in words. */
function CellDetail({ sources, index, at }: { sources: readonly SourceSummary[]; index: ComparisonIndex; at: { row: number; column: number } }) {
  const rowSource = sources[at.row];
  const columnSource = sources[at.column];
  if (!rowSource || !columnSource) return null;
  return (
    <p className="cell-detail" aria-live="polite">
      {rowSource.id === columnSource.id
        ? `${sourceShortName(rowSource, 60)}: the diagonal, a source against itself.`
        : describe(rowSource, columnSource, index.share(rowSource.id, columnSource.id))}
    </p>
  );
}
