import { memo, useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { SourceSummary } from '../../../../shared/domain';
import type { ComparisonIndex, ReuseShare } from './indexComparison';
import { formatShare, matchLabels, matchLabelText } from './matchLabels';
import { sourceShortName } from './sourceShortName';

interface Props {
  sources: readonly SourceSummary[];
  index: ComparisonIndex;
  onOpenPair(left: number, right: number): void;
}

const rowHeadWidth = 200;
const cellPitch = 36;

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

/**
 * Sources × sources heatmap; a grid the keyboard walks with the arrow keys. Rows are flex
 * lines of fixed-size cells, and events are handled once on the grid, so a case of 200
 * sources lays out in one cheap pass and hovering never re-renders the cells.
 */
export function ReuseMatrix({ sources, index, onOpenPair }: Props) {
  const [cursor, setCursor] = useState<Cell>({ row: 0, column: sources.length > 1 ? 1 : 0 });
  const [hovered, setHovered] = useState<Cell | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const row = Math.min(cursor.row, sources.length - 1);
  const column = Math.min(cursor.column, sources.length - 1);

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
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Home: [0, -at.column],
      End: [0, sources.length - 1 - at.column],
    };
    const move = moves[event.key];
    if (move) {
      const next = {
        row: Math.max(0, Math.min(sources.length - 1, at.row + move[0])),
        column: Math.max(0, Math.min(sources.length - 1, at.column + move[1])),
      };
      setCursor(next);
      gridRef.current?.querySelector<HTMLElement>(`[data-at="${next.row}:${next.column}"]`)?.focus();
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
      <div className="matrix-scroll" onMouseLeave={() => setHovered(null)}>
        <div
          ref={gridRef}
          className="reuse-matrix"
          role="grid"
          aria-label="Reuse matrix: share of the row source's text found in the column source"
          aria-rowcount={sources.length + 1}
          aria-colcount={sources.length + 1}
          style={{ width: rowHeadWidth + sources.length * cellPitch }}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onMouseOver={onMouseOver}
          onFocus={(event) => {
            const at = cellAt(event.target);
            if (at) setCursor(at);
          }}
        >
          <MatrixCells sources={sources} index={index} cursorRow={row} cursorColumn={column} />
        </div>
      </div>
      <CellDetail sources={sources} index={index} at={hovered ?? { row, column }} />
    </>
  );
}

const MatrixCells = memo(function MatrixCells(props: {
  sources: readonly SourceSummary[];
  index: ComparisonIndex;
  cursorRow: number;
  cursorColumn: number;
}) {
  const { sources, index, cursorRow, cursorColumn } = props;
  return (
    <>
      <div role="row" className="matrix-row is-head">
        <div role="columnheader" className="matrix-corner">
          <span className="muted">text of ↓ found in →</span>
        </div>
        {sources.map((source) => (
          <div key={source.id} role="columnheader" className="matrix-column-head" title={source.title}>
            <span>{sourceShortName(source, 16)}</span>
          </div>
        ))}
      </div>
      {sources.map((rowSource, rowAt) => (
        <div key={rowSource.id} role="row" className="matrix-row">
          <div role="rowheader" className="matrix-row-head" title={rowSource.title}>
            {sourceShortName(rowSource)}
          </div>
          {sources.map((columnSource, columnAt) => {
            const isSelf = rowSource.id === columnSource.id;
            const value = isSelf ? 0 : (index.share(rowSource.id, columnSource.id)?.shared ?? 0);
            return (
              <div
                key={columnSource.id}
                role="gridcell"
                data-at={`${rowAt}:${columnAt}`}
                data-pair={`${rowSource.id}-${columnSource.id}`}
                className={isSelf ? 'matrix-cell is-self' : `matrix-cell heat-${heatStep(value)}`}
                tabIndex={rowAt === cursorRow && columnAt === cursorColumn ? 0 : -1}
              >
                {isSelf ? '' : value > 0 ? Math.round(value * 100) : '·'}
              </div>
            );
          })}
        </div>
      ))}
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
