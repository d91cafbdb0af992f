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
  return (
    <span className="chips">
      {ids.map((id) => (
        <SourceChip key={id} source={meta.sources.get(id)} stance={stance} />
      ))}
    </span>
  );
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

export const claimColumns = column.columns([
  column.display({
    id: 'check',
    header: () => <span className="visually-hidden">Select for merging</span>,
    cell: (info) => <CheckCell claim={info.row.original} meta={metaOf(info.table)} />,
  }),
  column.accessor('text', {
    id: 'text',
    header: 'Claim',
    sortFn: 'text',
    enableGrouping: false,
    cell: (info) => (
      <span className="claim-text" title={info.getValue()}>
        {info.row.original.judgement.isFlagged ? (
          <span className="flag" aria-label="flagged">
            ⚑{' '}
          </span>
        ) : null}
        {info.getValue()}
      </span>
    ),
  }),
  column.accessor((claim) => kindLabels[claim.kind], { id: 'kind', header: 'Kind', sortFn: 'text' }),
  column.accessor((claim) => statusLabels[claim.status], {
    id: 'status',
    header: 'Status',
    sortFn: 'text',
    cell: (info) => <span className={`status is-${info.row.original.status}`}>{info.getValue()}</span>,
  }),
  column.accessor((claim) => speakerOrValue(claim), {
    id: 'speaker',
    header: 'Speaker / value',
    sortFn: 'text',
    cell: (info) => <span title={info.getValue()}>{info.getValue() || <span className="muted">—</span>}</span>,
  }),
  column.accessor((claim) => claim.supporting, {
    id: 'supporting',
    header: 'Supporting',
    sortFn: 'basic',
    enableGrouping: false,
    cell: (info) => <SourceChips claim={info.row.original} stance="supports" meta={metaOf(info.table)} />,
  }),
  column.accessor((claim) => sourcesWith(claim, 'contradicts').length, {
    id: 'contradicting',
    header: 'Contradicting',
    sortFn: 'basic',
    enableGrouping: false,
    cell: (info) => <SourceChips claim={info.row.original} stance="contradicts" meta={metaOf(info.table)} />,
  }),
  column.accessor((claim) => claim.independentOrigins, {
    id: 'origins',
    header: 'Origins',
    sortFn: 'basic',
    enableGrouping: false,
    cell: (info) => <span className="tabular">{info.getValue()}</span>,
  }),
  column.accessor((claim) => claim.credibility.proposed, {
    id: 'proposed',
    header: 'Proposed',
    sortFn: 'basic',
    enableGrouping: false,
    cell: (info) => (
      <span className="credibility" title={info.row.original.credibility.reason}>
        <span className="cred-number tabular">{info.getValue()}</span> {credibilityLabels[info.getValue()]}
      </span>
    ),
  }),
  column.accessor((claim) => claim.judgement.verdict ?? 7, {
    id: 'verdict',
    header: 'Verdict (analyst)',
    sortFn: 'basic',
    enableGrouping: false,
    cell: (info) => <VerdictCell claim={info.row.original} meta={metaOf(info.table)} />,
  }),
  column.accessor((claim) => claim.judgement.tags.join(', '), {
    id: 'tags',
    header: 'Tags',
    sortFn: 'text',
    enableGrouping: false,
    cell: (info) => <TextCell claim={info.row.original} field="tags" meta={metaOf(info.table)} />,
  }),
  column.accessor((claim) => claim.judgement.note, {
    id: 'note',
    header: 'Note',
    sortFn: 'text',
    enableGrouping: false,
    cell: (info) => <TextCell claim={info.row.original} field="note" meta={metaOf(info.table)} />,
  }),
]);

export const defaultColumnOrder = ['check', 'text', 'kind', 'status', 'speaker', 'supporting', 'contradicting', 'origins', 'proposed', 'verdict', 'tags', 'note'];
