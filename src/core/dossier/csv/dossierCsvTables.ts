import type { Dossier } from '../../../shared/dossier';

type Cell = string | number | boolean | null;

export interface CsvTable {
  fileName: string;
  /** Column names in their documented, stable order. */
  columns: readonly string[];
  rows: Cell[][];
}

const list = (values: readonly (string | number)[]) => values.join('; ');

/**
 * The dossier as four tables, one per CSV file. The column order is part of the contract
 * (README, "CSV columns"): add columns at the end, never reorder.
 */
export function dossierCsvTables(dossier: Dossier): CsvTable[] {
  const sourceSha = new Map(dossier.sources.map((source) => [source.id, source.sha256]));
  return [
    {
      fileName: 'claims.csv',
      columns: [
        'claim', 'claim_id', 'kind', 'text', 'speaker', 'value', 'status', 'supporting_sources', 'contradicting_sources',
        'independent_origins', 'proposed_credibility', 'analyst_credibility', 'confidence', 'credibility_reason',
        'is_flagged', 'tags', 'note', 'supporting_source_ids', 'contradicting_source_ids',
      ],
      rows: dossier.claims.map((claim) => {
        const ids = (stance: 'supports' | 'contradicts') => [...new Set(claim.mentions.filter((mention) => mention.stance === stance).map((mention) => mention.source))].sort((a, b) => a - b);
        return [
          claim.label, claim.id, claim.kind, claim.text, claim.speaker ?? '', claim.value ?? '', claim.status, claim.supporting,
          ids('contradicts').length, claim.independentOrigins, claim.credibility.proposed, claim.credibility.analyst ?? '',
          claim.judgement.confidence ?? '', claim.credibility.reason, claim.judgement.isFlagged, list(claim.judgement.tags),
          claim.judgement.note, list(ids('supports')), list(ids('contradicts')),
        ];
      }),
    },
    {
      fileName: 'mentions.csv',
      columns: ['claim', 'claim_id', 'source_id', 'source_sha256', 'stance', 'start', 'end', 'text', 'reason'],
      rows: dossier.claims.flatMap((claim) =>
        claim.mentions.map((mention) => [claim.label, claim.id, mention.source, sourceSha.get(mention.source) ?? '', mention.stance, mention.start, mention.end, mention.text, mention.reason ?? '']),
      ),
    },
    {
      fileName: 'sources.csv',
      columns: [
        'source_id', 'title', 'outlet', 'byline', 'published_at', 'kind', 'language', 'file_name', 'sha256', 'imported_at',
        'words', 'sentences', 'reliability_grade', 'origin_group',
      ],
      rows: dossier.sources.map((source) => [
        source.id, source.title, source.outlet ?? '', source.byline ?? '', source.publishedAt ?? '', source.kind, source.language ?? '',
        source.fileName, source.sha256, source.importedAt, source.words, source.sentences, source.grade ?? '',
        source.originGroup === null ? '' : `G${source.originGroup + 1}`,
      ]),
    },
    {
      fileName: 'annotations.csv',
      columns: ['annotation_id', 'source_id', 'source_sha256', 'start', 'end', 'quote', 'note', 'tags', 'claim', 'claim_id', 'is_orphaned', 'created_at', 'updated_at'],
      rows: dossier.annotations.map((annotation) => [
        annotation.id, annotation.sourceId ?? '', annotation.sourceSha256, annotation.start, annotation.end, annotation.quote, annotation.note,
        list(annotation.tags), annotation.claimLabel ?? '', annotation.claimId ?? '', annotation.isOrphaned, annotation.createdAt, annotation.updatedAt,
      ]),
    },
  ];
}
