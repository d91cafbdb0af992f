import type { Database, Statement } from 'better-sqlite3';
import type { ClaimCluster, StoredMention } from '../claims/ClaimCluster';
import type { ExtractedMention, SourceForClaims } from '../claims/ExtractedMention';
import { parseParagraphSpans } from './sourceRepository';

export interface ClaimRow {
  id: string;
  kind: ExtractedMention['kind'];
  text: string;
  speaker: string | null;
  value: string | null;
  status: 'corroborated' | 'single-source' | 'contested';
  supporting: number;
  independent_origins: number;
  proposed_credibility: number;
  credibility_reason: string;
}

export interface ClaimMentionRow {
  claim_id: string;
  source_id: number;
  stance: 'supports' | 'contradicts';
  reason: string | null;
  start: number;
  end: number;
}

/** Every statement that reads or writes the claim tables. */
export class ClaimRepository {
  private readonly staleSources: Statement;
  private readonly sourceRow: Statement;
  private readonly paragraphSpans: Statement;
  private readonly sentenceRows: Statement;
  private readonly deleteMentions: Statement;
  private readonly insertMention: Statement;
  private readonly upsertExtraction: Statement;
  private readonly allMentions: Statement;
  private readonly deleteClaims: Statement;
  private readonly deleteClaimMentions: Statement;
  private readonly insertClaim: Statement;
  private readonly insertClaimMention: Statement;
  private readonly claimRows: Statement;
  private readonly claimMentionRows: Statement;
  private readonly cleanText: Statement;
  private readonly claimCountRow: Statement;
  private readonly claimIdsInSourceRows: Statement;
  private readonly claimIdsWithStatusRows: Statement;
  private readonly existingClaimIdRows: Statement;
  private readonly claimRowsByIds: Statement;
  private readonly claimMentionRowsByIds: Statement;

  constructor(private readonly db: Database) {
    this.staleSources = db.prepare(`SELECT s.id FROM sources s LEFT JOIN claim_extractions e ON e.source_id = s.id
      WHERE e.source_id IS NULL OR e.extractor_version <> ? ORDER BY s.id`);
    this.sourceRow = db.prepare(`SELECT id, published_at AS publishedAt, clean_text AS text,
      coalesce(json_extract(provenance, '$.publishedAt.isInferred'), 0) AS isPublishedYearInferred FROM sources WHERE id = ?`);
    this.paragraphSpans = db.prepare('SELECT paragraph_spans FROM sources WHERE id = ?').pluck();
    this.sentenceRows = db.prepare('SELECT start, end, paragraph FROM sentences WHERE source_id = ? ORDER BY ordinal');
    this.deleteMentions = db.prepare('DELETE FROM extracted_mentions WHERE source_id = ?');
    this.insertMention = db.prepare('INSERT INTO extracted_mentions (source_id, kind, start, end, data) VALUES (?, ?, ?, ?, ?)');
    this.upsertExtraction = db.prepare(`INSERT INTO claim_extractions (source_id, extractor_version, extracted_at, mention_count)
      VALUES (?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET extractor_version = excluded.extractor_version,
      extracted_at = excluded.extracted_at, mention_count = excluded.mention_count`);
    this.allMentions = db.prepare(`SELECT m.id, m.source_id AS sourceId, m.kind, m.start, m.end, m.data, s.published_at AS publishedAt
      FROM extracted_mentions m JOIN sources s ON s.id = m.source_id ORDER BY m.source_id, m.start, m.id`);
    this.deleteClaims = db.prepare('DELETE FROM claims');
    this.deleteClaimMentions = db.prepare('DELETE FROM claim_mentions');
    this.insertClaim = db.prepare(`INSERT INTO claims (id, ordinal, kind, text, speaker, value, status, supporting, contradicting,
      independent_origins, proposed_credibility, credibility_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertClaimMention = db.prepare(
      'INSERT INTO claim_mentions (claim_id, mention_id, source_id, ordinal, stance, reason) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.claimRows = db.prepare(`SELECT id, kind, text, speaker, value, status, supporting, independent_origins,
      proposed_credibility, credibility_reason FROM claims ORDER BY ordinal`);
    this.claimMentionRows = db.prepare(`SELECT cm.claim_id, cm.source_id, cm.stance, cm.reason, m.start, m.end
      FROM claim_mentions cm JOIN extracted_mentions m ON m.id = cm.mention_id ORDER BY cm.claim_id, cm.ordinal`);
    this.cleanText = db.prepare('SELECT clean_text AS text FROM sources WHERE id = ?');
    // Id lists travel as one JSON array parameter.
    const inIds = 'IN (SELECT value FROM json_each(?))';
    this.claimCountRow = db.prepare('SELECT count(*) FROM claims').pluck();
    this.claimIdsInSourceRows = db.prepare(`SELECT DISTINCT claim_id FROM claim_mentions WHERE source_id ${inIds}`).pluck();
    this.claimIdsWithStatusRows = db.prepare('SELECT id FROM claims WHERE status = ?').pluck();
    this.existingClaimIdRows = db.prepare(`SELECT id FROM claims WHERE id ${inIds}`).pluck();
    this.claimRowsByIds = db.prepare(`SELECT id, kind, text, speaker, value, status, supporting, independent_origins,
      proposed_credibility, credibility_reason FROM claims WHERE id ${inIds} ORDER BY ordinal`);
    this.claimMentionRowsByIds = db.prepare(`SELECT cm.claim_id, cm.source_id, cm.stance, cm.reason, m.start, m.end
      FROM claim_mentions cm JOIN extracted_mentions m ON m.id = cm.mention_id
      WHERE cm.claim_id ${inIds} ORDER BY cm.claim_id, cm.ordinal`);
  }

  /** Sources never extracted, or extracted by another version of the extractor. */
  sourcesToExtract(extractorVersion: number): number[] {
    return (this.staleSources.all(extractorVersion) as { id: number }[]).map((row) => row.id);
  }

  sourceForClaims(sourceId: number): SourceForClaims | undefined {
    const row = this.sourceRow.get(sourceId) as
      | { id: number; publishedAt: string | null; text: string; isPublishedYearInferred: number }
      | undefined;
    if (!row) return undefined;
    return {
      ...row,
      isPublishedYearInferred: row.isPublishedYearInferred === 1,
      paragraphs: parseParagraphSpans(this.paragraphSpans.get(sourceId) as string),
      sentences: this.sentenceRows.all(sourceId) as SourceForClaims['sentences'],
    };
  }

  /** Replaces one source's extracted mentions and records the extraction, in one transaction. */
  saveExtraction(sourceId: number, mentions: readonly ExtractedMention[], extractorVersion: number, at: string): void {
    this.db.transaction(() => {
      this.deleteMentions.run(sourceId);
      for (const mention of mentions) {
        const { sourceId: _source, kind, start, end, ...data } = mention;
        this.insertMention.run(sourceId, kind, start, end, JSON.stringify(data));
      }
      this.upsertExtraction.run(sourceId, extractorVersion, at, mentions.length);
    })();
  }

  /** Saves many sources' extractions in one transaction: one commit (one sync to disk) instead of one per source. */
  saveExtractions(extractions: readonly { sourceId: number; mentions: readonly ExtractedMention[] }[], extractorVersion: number, at: string): void {
    this.db.transaction(() => {
      for (const { sourceId, mentions } of extractions) this.saveExtraction(sourceId, mentions, extractorVersion, at);
    })();
  }

  mentions(): StoredMention[] {
    const rows = this.allMentions.all() as { id: number; sourceId: number; kind: string; start: number; end: number; data: string; publishedAt: string | null }[];
    return rows.map((row) => ({ ...(JSON.parse(row.data) as object), id: row.id, sourceId: row.sourceId, kind: row.kind, start: row.start, end: row.end, publishedAt: row.publishedAt }) as StoredMention);
  }

  /** Replaces every claim with a new clustering, in one transaction. */
  replaceClaims(clusters: readonly ClaimCluster[]): void {
    this.db.transaction(() => {
      // Children first: emptying claim_mentions in one go spares the cascade a lookup per claim.
      this.deleteClaimMentions.run();
      this.deleteClaims.run();
      clusters.forEach((cluster, ordinal) => {
        this.insertClaim.run(
          cluster.id, ordinal, cluster.kind, cluster.text, cluster.speaker, cluster.value, cluster.grade.status,
          cluster.grade.supporting, cluster.grade.contradicting, cluster.grade.independentOrigins, cluster.grade.proposed, cluster.grade.reason,
        );
        cluster.mentions.forEach((item, index) => {
          this.insertClaimMention.run(cluster.id, item.mention.id, item.mention.sourceId, index, item.stance, item.reason);
        });
      });
    })();
  }

  /** Every claim in order, or only those with these ids. */
  claims(ids?: readonly string[]): ClaimRow[] {
    return (ids ? this.claimRowsByIds.all(JSON.stringify(ids)) : this.claimRows.all()) as ClaimRow[];
  }

  /** Every claim's mentions by claim, or only those of the claims with these ids. */
  claimMentions(ids?: readonly string[]): ClaimMentionRow[] {
    return (ids ? this.claimMentionRowsByIds.all(JSON.stringify(ids)) : this.claimMentionRows.all()) as ClaimMentionRow[];
  }

  sourceText(sourceId: number): string | undefined {
    return (this.cleanText.get(sourceId) as { text: string } | undefined)?.text;
  }

  claimCount(): number {
    return this.claimCountRow.get() as number;
  }

  /** Ids of the claims with at least one mention in any of these sources. */
  claimIdsInSources(sourceIds: readonly number[]): string[] {
    return this.claimIdsInSourceRows.all(JSON.stringify(sourceIds)) as string[];
  }

  claimIdsWithStatus(status: ClaimRow['status']): string[] {
    return this.claimIdsWithStatusRows.all(status) as string[];
  }

  /** Which of these ids name a claim of the current clustering. */
  existingClaimIds(ids: readonly string[]): string[] {
    return this.existingClaimIdRows.all(JSON.stringify(ids)) as string[];
  }

}
