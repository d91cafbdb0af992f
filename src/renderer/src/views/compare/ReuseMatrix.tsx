import { useRef, useState, type KeyboardEvent } from 'react';
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

/** Sources × sources heatmap; a grid the keyboard walks with the arrow keys. */
export function ReuseMatrix({ sources, index, onOpenPair }: Props) {
  const [cursor, setCursor] = useState({ row: 0, column: sources.length > 1 ? 1 : 0 });
  const [hovered, setHovered] = useState<{ row: number; column: number } | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const row = Math.min(cursor.row, sources.length - 1);
  const column = Math.min(cursor.column, sources.length - 1);

  const moveTo = (nextRow: number, nextColumn: number) => {
    const clampedRow = Math.max(0, Math.min(sources.length - 1, nextRow));
    const clampedColumn = Math.max(0, Math.min(sources.length - 1, nextColumn));
    setCursor({ row: clampedRow, column: clampedColumn });
    gridRef.current?.tBodies[0]?.rows[clampedRow]?.cells[clampedColumn + 1]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, at: { row: number; column: number }) => {
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
      moveTo(at.row + move[0], at.column + move[1]);
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const a = sources[at.row];
      const b = sources[at.column];
      if (a && b && a.id !== b.id) onOpenPair(a.id, b.id);
      event.preventDefault();
    }
  };

  return (
    <>
      <div className="matrix-scroll" onMouseLeave={() => setHovered(null)}>
      <table
        ref={gridRef}
        className="reuse-matrix"
        role="grid"
        aria-label="Reuse matrix: share of the row source's text found in the column source"
        aria-rowcount={sources.length + 1}
        aria-colcount={sources.length + 1}
        // A fixed layout with known widths: the browser never measures 10,000 cells to size columns.
        style={{ width: rowHeadWidth + sources.length * cellPitch }}
      >
        <colgroup>
          <col style={{ width: rowHeadWidth }} />
          {sources.map((source) => (
            <col key={source.id} style={{ width: cellPitch }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              <span className="muted">text of ↓ found in →</span>
            </th>
            {sources.map((source) => (
              <th key={source.id} scope="col" className="matrix-column-head" title={source.title}>
                <span>{sourceShortName(source, 16)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sources.map((rowSource, rowAt) => (
            <tr key={rowSource.id}>
              <th scope="row" className="matrix-row-head" title={rowSource.title}>
                {sourceShortName(rowSource)}
              </th>
              {sources.map((columnSource, columnAt) => {
                const isSelf = rowSource.id === columnSource.id;
                const share = isSelf ? undefined : index.share(rowSource.id, columnSource.id);
                const value = share?.shared ?? 0;
                const isCursor = rowAt === row && columnAt === column;
                return (
                  <td
                    key={columnSource.id}
                    role="gridcell"
                    data-pair={`${rowSource.id}-${columnSource.id}`}
                    className={isSelf ? 'matrix-cell is-self' : `matrix-cell heat-${heatStep(value)}`}
                    tabIndex={isCursor ? 0 : -1}
                    onClick={() => {
                      setCursor({ row: rowAt, column: columnAt });
                      if (!isSelf) onOpenPair(rowSource.id, columnSource.id);
                    }}
                    onFocus={() => setCursor({ row: rowAt, column: columnAt })}
                    onMouseEnter={() => setHovered({ row: rowAt, column: columnAt })}
                    onKeyDown={(event) => onKeyDown(event, { row: rowAt, column: columnAt })}
                  >
                    {isSelf ? '' : value > 0 ? Math.round(value * 100) : '·'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <CellDetail sources={sources} index={index} at={hovered ?? { row, column }} />
    </>
  );
}

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
