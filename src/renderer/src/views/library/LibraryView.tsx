import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FlexRender, useTable, type SortingState } from '@tanstack/react-table';
import type { SourceSummary } from '../../../../shared/domain';
import { useSources } from '../../bridge/queries';
import { useImporter } from '../../importing/ImportContext';
import { ImportPanel } from '../../importing/ImportPanel';
import { useNavigation } from '../../navigation/NavigationContext';
import { sourceColumns, sourceTableFeatures } from './sourceColumns';
import { ErrorNotice } from '../parts/ErrorNotice';
import { SortableHeading } from '../parts/SortableHeading';
import { ariaSortOf } from '../parts/SortMark';
import { ViewToolbar } from '../parts/ViewToolbar';

const noSources: SourceSummary[] = [];

export function LibraryView() {
  const sources = useSources();
  const importer = useImporter();
  const { sourceId, selectSource, openSource, focusRequest } = useNavigation();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const table = useTable({
    features: sourceTableFeatures,
    columns: sourceColumns,
    data: sources.data ?? noSources,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    globalFilterFn: 'includesString',
    getRowId: (source) => String(source.id),
  });
  const rows = table.getRowModel().rows;
  const total = sources.data?.length ?? 0;

  // Arriving here from the keyboard lands on the selected row, so ↑↓ work at once.
  useEffect(() => {
    if (focusRequest === 0) return;
    const selected = bodyRef.current?.querySelector<HTMLElement>('tr[aria-selected="true"]');
    (selected ?? bodyRef.current?.querySelector<HTMLElement>('tr'))?.focus();
  }, [focusRequest]);

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const row = rows[index];
    if (!row) return;
    if (event.key === 'Enter') {
      openSource(row.original.id);
      event.preventDefault();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const next = rows[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    selectSource(next.original.id);
    const element = bodyRef.current?.querySelector<HTMLElement>(`tr[data-source-id="${next.original.id}"]`);
    element?.focus();
    event.preventDefault();
  };

  const focusedIndex = Math.max(
    0,
    rows.findIndex((row) => row.original.id === sourceId),
  );

  return (
    <div className="library">
      <ViewToolbar
        title="Library"
        filter={{ value: filter, onChange: setFilter, placeholder: 'Filter by title, outlet, byline, kind…', label: 'Filter sources' }}
        count={{ shown: rows.length, total, noun: 'source', isFiltered: filter !== '' }}
      >
        <button type="button" className="button" onClick={() => void importer.chooseAndImport('folder')} disabled={importer.isRunning}>
          Import folder…
        </button>
        <button
          type="button"
          className="button is-primary"
          onClick={() => void importer.chooseAndImport('files')}
          disabled={importer.isRunning}
        >
          Import files…
        </button>
      </ViewToolbar>
      <ImportPanel />
      <ErrorNotice of={sources}>The sources could not be listed.</ErrorNotice>
      {sources.isSuccess && total === 0 ? (
        <div className="empty-state">
          <p>No sources yet. Drop articles anywhere on this window, or import them.</p>
          <button type="button" className="button is-primary" onClick={() => void importer.chooseAndImport('files')}>
            Import files…
          </button>
        </div>
      ) : null}
      {total > 0 ? (
        <div className="table-scroll">
          <table className="data-table" role="grid" aria-label="Sources" aria-rowcount={rows.length + 1}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th
                      key={header.id}
                      scope="col"
                      className={header.column.id === 'words' ? 'is-numeric' : undefined}
                      aria-sort={ariaSortOf(header.column.getIsSorted())}
                    >
                      <SortableHeading column={header.column}>
                        <table.FlexRender header={header} />
                      </SortableHeading>
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody ref={bodyRef}>
              {rows.map((row, index) => {
                const isSelected = row.original.id === sourceId;
                return (
                  <tr
                    key={row.id}
                    data-source-id={row.original.id}
                    aria-selected={isSelected}
                    tabIndex={index === focusedIndex ? 0 : -1}
                    onClick={() => selectSource(row.original.id)}
                    onFocus={() => selectSource(row.original.id)}
                    onDoubleClick={() => openSource(row.original.id)}
                    onKeyDown={(event) => onRowKeyDown(event, index)}
                  >
                    {row.getAllCells().map((cell) => (
                      <td key={cell.id} className={cellClass(cell.column.id)}>
                        <FlexRender cell={cell} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length === 0 ? <p className="empty-state">No source matches “{filter}”.</p> : null}
          <p className="hint">↑↓ select · Enter opens in the Reader · the Inspector edits and deletes.</p>
        </div>
      ) : null}
    </div>
  );
}

/** Titles wrap; short values and figures stay on one line so rows scan evenly. */
function cellClass(columnId: string): string | undefined {
  if (columnId === 'words') return 'is-numeric nowrap';
  if (columnId === 'title' || columnId === 'outlet' || columnId === 'byline') return undefined;
  return 'nowrap';
}
