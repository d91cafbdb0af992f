import {
  columnGroupingFeature,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createExpandedRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { credibilityLabels, kindLabels, speakerOrValue, statusLabels, type ClaimRow } from './claimLabels';
import { TextCell, VerdictCell } from './InlineCells';
import type { ClaimTableMeta } from './claimTableMeta';
import { SourceChip } from './SourceChip';

export const claimTableFeatures = tableFeatures({
  rowSortingFeature,
  columnGroupingFeature,
  rowExpandingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  sortedRowModel: createSortedRowModel(),
  groupedRowModel: createGroupedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  tableMeta: {} as ClaimTableMeta,
});

function metaOf(table: { options: { meta?: ClaimTableMeta } }): ClaimTableMeta {
  if (!table.options.meta) throw new Error('The claim table is rendered without its meta.');
  return table.options.meta;
}

const column = createColumnHelper<typeof claimTableFeatures, ClaimRow>();

/** Column widths in pixels; the table is laid out fixed so rows never reflow while scrolling. */
export const columnWidths: Record<string, number> = {
  check: 34,
  text: 340,
  kind: 84,
  status: 104,
  speaker: 170,
  supporting: 210,
  contradicting: 170,
  origins: 70,
  proposed: 132,
  verdict: 150,
  tags: 130,
  note: 170,
};

export const columnTitles: Record<string, string> = {
  check: 'Select',
  text: 'Claim',
  kind: 'Kind',
  status: 'Status',
  speaker: 'Speaker / value',
  supporting: 'Supporting',
  contradicting: 'Contradicting',
  origins: 'Origins',
  proposed: 'Proposed',
  verdict: 'Verdict (analyst)',
  tags: 'Tags',
  note: 'Note',
};

export const groupableColumns = ['kind', 'speaker', 'status'] as const;

function sourcesWith(claim: ClaimRow, stance: 'supports' | 'contradicts'): number[] {
  return [...new Set(claim.mentions.filter((mention) => mention.stance === stance).map((mention) => mention.source))];
}

function SourceChips({ claim, stance, meta }: { claim: ClaimRow; stance: 'supports' | 'contradicts'; meta: ClaimTableMeta }) {
  const ids = sourcesWith(claim, stance);
  if (ids.length === 0) return <span className="muted">—</span>;
  // Keyed by place, so a recycled row reuses its chips for the next claim's sources.
  return ids.map((id, index) => <SourceChip key={index} source={meta.sources.get(id)} stance={stance} />);
}

function CheckCell({ claim, meta }: { claim: ClaimRow; meta: ClaimTableMeta }) {
  return (
    <input
      type="checkbox"
      aria-label={`Select “${claim.text.slice(0, 60)}” for merging`}
      checked={meta.checkedClaimIds.has(claim.id)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onChange={() => meta.toggleChecked(claim.id)}
    />
  );
}

type CellRenderer = (claim: ClaimRow, meta: ClaimTableMeta) => ReactNode;

/**
 * What each column shows for a claim. Rows call these directly, with the table's meta, rather
 * than through TanStack's cell objects: a jump through 100,000 claims fills every row in view
 * at once, and per-cell objects and contexts are paid for in that frame.
 */
export const claimCells: Record<string, CellRenderer> = {
  check: (claim, meta) => <CheckCell claim={claim} meta={meta} />,
  text: (claim) => (
    <span className="claim-text" title={claim.text}>
      {claim.judgement.isFlagged ? (
        <span className="flag" aria-label="flagged">
          ⚑{' '}
        </span>
      ) : null}
      {claim.text}
    </span>
  ),
  kind: (claim) => kindLabels[claim.kind],
  status: (claim) => <span className={`status is-${claim.status}`}>{statusLabels[claim.status]}</span>,
  speaker: (claim) => {
    const value = speakerOrValue(claim);
    return value ? <span title={value}>{value}</span> : <span className="muted">—</span>;
  },
  supporting: (claim, meta) => <SourceChips claim={claim} stance="supports" meta={meta} />,
  contradicting: (claim, meta) => <SourceChips claim={claim} stance="contradicts" meta={meta} />,
  origins: (claim) => claim.independentOrigins,
  proposed: (claim) => (
    <span className="credibility" title={claim.credibility.reason}>
      <span className="cred-number tabular">{claim.credibility.proposed}</span> {credibilityLabels[claim.credibility.proposed]}
    </span>
  ),
  verdict: (claim, meta) => <VerdictCell claim={claim} meta={meta} />,
  tags: (claim, meta) => <TextCell claim={claim} field="tags" meta={meta} />,
  note: (claim, meta) => <TextCell claim={claim} field="note" meta={meta} />,
};

function cellOf(id: string): (info: { row: { original: ClaimRow }; table: { options: { meta?: ClaimTableMeta } } }) => ReactNode {
  return (info) => claimCells[id]?.(info.row.original, metaOf(info.table)) ?? null;
}

export const claimColumns = column.columns([
  column.display({
    id: 'check',
    enableSorting: false,
    header: () => <span className="visually-hidden">Select for merging</span>,
    cell: cellOf('check'),
  }),
  column.accessor('text', { id: 'text', header: 'Claim', sortFn: 'text', enableGrouping: false, cell: cellOf('text') }),
  column.accessor((claim) => kindLabels[claim.kind], { id: 'kind', header: 'Kind', sortFn: 'text', cell: cellOf('kind') }),
  column.accessor((claim) => statusLabels[claim.status], { id: 'status', header: 'Status', sortFn: 'text', cell: cellOf('status') }),
  column.accessor((claim) => speakerOrValue(claim), { id: 'speaker', header: 'Speaker / value', sortFn: 'text', cell: cellOf('speaker') }),
  column.accessor((claim) => claim.supporting, {
    id: 'supporting',
    header: 'Supporting',
    sortFn: 'basic',
    enableGrouping: false,
    cell: cellOf('supporting'),
  }),
  column.accessor((claim) => sourcesWith(claim, 'contradicts').length, {
    id: 'contradicting',
    header: 'Contradicting',
    sortFn: 'basic',
    enableGrouping: false,
    cell: cellOf('contradicting'),
  }),
  column.accessor((claim) => claim.independentOrigins, {
    id: 'origins',
    header: 'Origins',
    sortFn: 'basic',
    enableGrouping: false,
    cell: cellOf('origins'),
  }),
  column.accessor((claim) => claim.credibility.proposed, {
    id: 'proposed',
    header: 'Proposed',
    sortFn: 'basic',
    enableGrouping: false,
    cell: cellOf('proposed'),
  }),
  column.accessor((claim) => claim.judgement.verdict ?? 7, {
    id: 'verdict',
    header: 'Verdict (analyst)',
    sortFn: 'basic',
    enableGrouping: false,
    cell: cellOf('verdict'),
  }),
  column.accessor((claim) => claim.judgement.tags.join(', '), {
    id: 'tags',
    header: 'Tags',
    sortFn: 'text',
    enableGrouping: false,
    cell: cellOf('tags'),
  }),
  column.accessor((claim) => claim.judgement.note, {
    id: 'note',
    header: 'Note',
    sortFn: 'text',
    enableGrouping: false,
    cell: cellOf('note'),
  }),
]);

export const defaultColumnOrder = ['check', 'text', 'kind', 'status', 'speaker', 'supporting', 'contradicting', 'origins', 'proposed', 'verdict', 'tags', 'note'];
