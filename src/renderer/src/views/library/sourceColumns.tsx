import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import type { SourceSummary } from '../../../../shared/domain';
import { formatCount, formatDateTime, formatPublished, kindLabels, shortHash } from '../../format/formatValues';

export const sourceTableFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
  filterFns: { includesString: filterFn_includesString },
});

const column = createColumnHelper<typeof sourceTableFeatures, SourceSummary>();

const missing = <span className="muted">—</span>;

/** The Library's columns; dates sort by their ISO text, which orders them in time. */
export const sourceColumns = column.columns([
  column.accessor('title', {
    header: 'Title',
    sortFn: 'text',
    cell: (info) => <span className="cell-title">{info.getValue()}</span>,
  }),
  column.accessor((source) => source.outlet ?? '', {
    id: 'outlet',
    header: 'Outlet',
    sortFn: 'text',
    cell: (info) => info.getValue() || missing,
  }),
  column.accessor((source) => source.byline ?? '', {
    id: 'byline',
    header: 'Byline',
    sortFn: 'text',
    cell: (info) => info.getValue() || missing,
  }),
  column.accessor((source) => source.publishedAt ?? '', {
    id: 'publishedAt',
    header: 'Published',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="tabular">{formatPublished(info.getValue() || null)}</span>,
  }),
  // Filtered and sorted by the label the analyst reads, not the stored code.
  column.accessor((source) => kindLabels[source.kind] ?? source.kind, {
    id: 'kind',
    header: 'Kind',
    sortFn: 'text',
  }),
  column.accessor('words', {
    header: 'Words',
    enableGlobalFilter: false,
    cell: (info) => <span className="tabular">{formatCount(info.getValue())}</span>,
  }),
  column.accessor('importedAt', {
    header: 'Imported',
    sortFn: 'alphanumeric',
    enableGlobalFilter: false,
    cell: (info) => <span className="tabular">{formatDateTime(info.getValue())}</span>,
  }),
  column.accessor('sha256', {
    header: 'SHA-256',
    enableSorting: false,
    cell: (info) => (
      <code className="hash" title={info.getValue()}>
        {shortHash(info.getValue())}
      </code>
    ),
  }),
]);
