// The analyst's decisions: grades, verdicts, tags, corrections, cluster changes and
// annotations. Every change is one undoable action, written with its audit entry in one
// transaction; undo and redo replay the rows it changed.
import type { ClaimsResult } from '../../shared/claims';
import type {
  Annotation,
  AnnotationPatch,
  ClaimJudgement,
  ClaimJudgementPatch,
  HistoryState,
  MentionCorrection,
  MentionRef,
  NewAnnotation,
  ReliabilityGrade,
} from '../../shared/judgements';
import type { CaseStore } from '../store/CaseStore';
import { JudgementRepository, type Row, type RowState } from '../store/judgementRepository';
import { WorkbenchError } from '../WorkbenchError';
import { anchorSpan, resolveAnchor } from './anchorSpan';
import type { ClusterChoices } from './ClusterChoices';

type Change = Omit<RowState, 'row'> & { row: Row | null };

const parseTags = (value: unknown): string[] => (typeof value === 'string' ? (JSON.parse(value) as string[]) : []);
/** Rows compare by value, ignoring column order; `updated_at` alone does not make a change. */
function isSameRow(a: Row | null, b: Row | null): boolean {
  if (a === null || b === null) return a === b;
  const columns = new Set([...Object.keys(a), ...Object.keys(b)].filter((column) => column !== 'updated_at'));
  return [...columns].every((column) => a[column] === b[column]);
}

/** A claim the analyst has not judged. */
export const noJudgement = (claimId: string): ClaimJudgement => ({ claimId, verdict: null, confidence: null, note: '', isFlagged: false, tags: [] });

/**
 * An annotation as another file gives it: its dates are kept, not stamped now, and `id` is
 * the id to give it when that id is free (the one it had in the case it was exported from).
 */
export type ImportedAnnotation = Required<NewAnnotation> & { id?: number; createdAt: string; updatedAt: string };

const uniqueTags = (tags: readonly string[]) => [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))].sort();

export class AnalystDesk {
  private readonly judgements: JudgementRepository;

  constructor(
    private readonly store: CaseStore,
    private readonly now: () => Date,
  ) {
    this.judgements = new JudgementRepository(store.db);
  }

  private sourceSha(sourceId: number): string {
    const source = this.store.sources.get(sourceId);
    if (!source) throw new WorkbenchError('not-found', `There is no source ${sourceId} in this case.`);
    return source.sha256;
  }

  private sourceText(sourceId: number): string {
    const body = this.store.sources.getBody(sourceId);
    if (!body) throw new WorkbenchError('not-found', `There is no source ${sourceId} in this case.`);
    return body.text;
  }

  private checkedSpan(sourceId: number, start: number, end: number): string {
    const text = this.sourceText(sourceId);
    if (start >= end || end > text.length) {
      throw new WorkbenchError('invalid-input', `The span ${start}–${end} is not inside source ${sourceId}.`);
    }
    return text;
  }

  /** Applies the changes as one undoable action with one audit entry per row changed. */
  private apply(label: string, action: string, changes: Change[]): void {
    const at = this.now();
    this.store.db.transaction(() => {
      const before = changes.map((change) => ({ ...change, row: this.judgements.read(change.table, change.key) }));
      const effective = changes.filter((change, index) => !isSameRow(before[index]?.row ?? null, change.row && { ...change.row, ...change.key }));
      if (effective.length === 0) return;
      for (const change of effective) this.judgements.write(change);
      const effectiveBefore = before.filter((_, index) => effective.includes(changes[index] as Change));
      this.judgements.recordUndo(label, effectiveBefore, effective, at);
      effective.forEach((change, index) =>
        this.store.audit.append(
          {
            action,
            entityType: change.table,
            entityId: Object.values(change.key).join(':'),
            before: effectiveBefore[index]?.row ?? null,
            after: change.row,
          },
          at,
        ),
      );
    })();
  }

  private replay(isUndo: boolean): HistoryState {
    const entry = isUndo ? this.judgements.lastUndoable() : this.judgements.firstRedoable();
    if (!entry) return this.history();
    this.store.db.transaction(() => {
      const states = isUndo ? [...entry.before].reverse() : entry.after;
      for (const state of states) this.judgements.write(state);
      this.judgements.setUndone(entry.id, isUndo);
      this.store.audit.append({
        action: isUndo ? 'judgement.undo' : 'judgement.redo',
        entityType: 'undo_log',
        entityId: entry.id,
        before: isUndo ? entry.after : entry.before,
        after: { label: entry.label, rows: isUndo ? entry.before : entry.after },
      });
    })();
    return this.history();
  }

  undo(): HistoryState {
    return this.replay(true);
  }

  redo(): HistoryState {
    return this.replay(false);
  }

  history(): HistoryState {
    const undo = this.judgements.lastUndoable();
    const redo = this.judgements.firstRedoable();
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }

  gradeSource(sourceId: number, grade: ReliabilityGrade): void {
    const key = { source_sha256: this.sourceSha(sourceId) };
    const row = grade === 'F' ? null : { grade, updated_at: this.now().toISOString() };
    this.apply(`Grade source ${sourceId} ${grade}`, 'source.grade', [{ table: 'source_grades', key, row }]);
  }

  /** Reliability per source id; sources never graded are F, "cannot be judged". */
  sourceGrades(): Map<number, ReliabilityGrade> {
    const bySha = new Map(this.judgements.all('source_grades').map((row) => [row.source_sha256, row.grade as ReliabilityGrade]));
    return new Map(this.store.sources.list().map((source) => [source.id, bySha.get(source.sha256) ?? 'F']));
  }

  judgeClaim(patch: ClaimJudgementPatch): ClaimJudgement {
    const current = this.claimJudgement(patch.claimId);
    const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) } as ClaimJudgement;
    const tags = uniqueTags(next.tags);
    const changes: Change[] = [];
    const isEmpty = next.verdict === null && next.confidence === null && next.note === '' && !next.isFlagged;
    changes.push({
      table: 'claim_judgements',
      key: { claim_id: patch.claimId },
      row: isEmpty
        ? null
        : {
            verdict: next.verdict,
            confidence: next.confidence,
            note: next.note,
            is_flagged: next.isFlagged ? 1 : 0,
            updated_at: this.now().toISOString(),
          },
    });
    if (patch.tags) {
      // Rows equal to what is stored are dropped by apply(), so only real changes are logged.
      for (const tag of tags) {
        const known = this.judgements.read('codebook_tags', { name: tag });
        changes.push({ table: 'codebook_tags', key: { name: tag }, row: known ?? { name: tag, description: '' } });
      }
      for (const tag of current.tags) if (!tags.includes(tag)) changes.push({ table: 'claim_tags', key: { claim_id: patch.claimId, tag }, row: null });
      for (const tag of tags) changes.push({ table: 'claim_tags', key: { claim_id: patch.claimId, tag }, row: { claim_id: patch.claimId, tag } });
    }
    const what = Object.keys(patch).filter((key) => key !== 'claimId').join(', ');
    this.apply(`Set ${what} of a claim`, 'claim.judge', changes);
    return this.claimJudgement(patch.claimId);
  }

  claimJudgement(claimId: string): ClaimJudgement {
    return this.claimJudgements().get(claimId) ?? noJudgement(claimId);
  }

  claimJudgements(): Map<string, ClaimJudgement> {
    const judgements = new Map<string, ClaimJudgement>();
    const entry = (claimId: string) => {
      let judgement = judgements.get(claimId);
      if (!judgement) {
        judgement = noJudgement(claimId);
        judgements.set(claimId, judgement);
      }
      return judgement;
    };
    for (const row of this.judgements.all('claim_judgements')) {
      Object.assign(entry(String(row.claim_id)), {
        verdict: row.verdict === null ? null : Number(row.verdict),
        confidence: row.confidence,
        note: String(row.note ?? ''),
        isFlagged: row.is_flagged === 1,
      });
    }
    for (const row of this.judgements.all('claim_tags')) entry(String(row.claim_id)).tags.push(String(row.tag));
    return judgements;
  }

  codebook(): string[] {
    return this.judgements.all('codebook_tags').map((row) => String(row.name));
  }

  correctMention(correction: MentionCorrection): void {
    const text = this.checkedSpan(correction.sourceId, correction.start, correction.end);
    const key = { source_sha256: this.sourceSha(correction.sourceId), start: correction.start, end: correction.end, field: correction.field };
    const row = correction.value === null ? null : { value: correction.value, quote: text.slice(correction.start, correction.end) };
    this.apply(`Correct the ${correction.field} of a mention`, 'mention.correct', [{ table: 'mention_corrections', key, row }]);
  }

  /** Corrections keyed `sourceId:start:end`, each field the analyst set. */
  private mentionCorrections(): Map<string, Partial<Record<MentionCorrection['field'], string>>> {
    const ids = new Map(this.store.sources.list().map((source) => [source.sha256, source.id]));
    const corrections = new Map<string, Partial<Record<MentionCorrection['field'], string>>>();
    for (const row of this.judgements.all('mention_corrections')) {
      const sourceId = ids.get(String(row.source_sha256));
      if (sourceId === undefined) continue;
      const key = `${sourceId}:${row.start}:${row.end}`;
      corrections.set(key, { ...corrections.get(key), [String(row.field)]: String(row.value) });
    }
    return corrections;
  }

  private moveMentions(label: string, action: string, mentions: readonly MentionRef[], claimId: string): void {
    const changes = mentions.map((mention): Change => {
      const text = this.checkedSpan(mention.sourceId, mention.start, mention.end);
      return {
        table: 'cluster_overrides',
        key: { source_sha256: this.sourceSha(mention.sourceId), start: mention.start, end: mention.end },
        row: { claim_id: claimId, quote: text.slice(mention.start, mention.end) },
      };
    });
    this.apply(label, action, changes);
  }

  /** Puts every mention of the given claims into `into`; the engine keeps that grouping on every re-run. */
  mergeClaims(claims: ClaimsResult, claimIds: readonly string[], into: string): void {
    const mentions = claims.claims
      .filter((claim) => claimIds.includes(claim.id) && claim.id !== into)
      .flatMap((claim) => claim.mentions.map((mention) => ({ sourceId: mention.source, start: mention.start, end: mention.end })));
    if (mentions.length === 0) throw new WorkbenchError('invalid-input', 'Choose at least one other claim to merge.');
    this.moveMentions(`Merge ${claimIds.length} claims`, 'claim.merge', mentions, into);
  }

  /** Moves the chosen mentions of a claim into a new claim of their own; returns its id. */
  splitClaim(claimId: string, mentions: readonly MentionRef[]): string {
    if (mentions.length === 0) throw new WorkbenchError('invalid-input', 'Choose the mentions to split off.');
    const newId = `${claimId}~split-${this.now().getTime().toString(36)}`;
    this.moveMentions('Split a claim', 'claim.split', mentions, newId);
    return newId;
  }

  /** Everything the claim engine must lay over its own clustering on every run. */
  clusterChoices(): ClusterChoices {
    return { overrides: this.clusterOverrides(), corrections: this.mentionCorrections() };
  }

  /** The analyst's cluster choices keyed `sourceId:start:end` → claim id. */
  private clusterOverrides(): Map<string, string> {
    const ids = new Map(this.store.sources.list().map((source) => [source.sha256, source.id]));
    const overrides = new Map<string, string>();
    for (const row of this.judgements.all('cluster_overrides')) {
      const sourceId = ids.get(String(row.source_sha256));
      if (sourceId !== undefined) overrides.set(`${sourceId}:${row.start}:${row.end}`, String(row.claim_id));
    }
    return overrides;
  }

  annotate(input: Required<NewAnnotation>): Annotation {
    const text = this.checkedSpan(input.sourceId, input.start, input.end);
    const anchor = anchorSpan(text, input.start, input.end);
    const at = this.now().toISOString();
    const id = this.judgements.newAnnotationId();
    const row = {
      source_sha256: this.sourceSha(input.sourceId),
      start: anchor.start,
      end: anchor.end,
      quote: anchor.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      note: input.note,
      tags: JSON.stringify(uniqueTags(input.tags)),
      claim_id: input.claimId,
      created_at: at,
      updated_at: at,
    };
    this.apply('Highlight a passage', 'annotation.create', [{ table: 'annotations', key: { id }, row }]);
    return this.annotation(id);
  }

  /**
   * Adds annotations read from another file as one undoable action, keeping their dates so a
   * re-export gives them back as they were; returns the new ids in the order given.
   */
  importAnnotations(label: string, annotations: readonly ImportedAnnotation[]): number[] {
    const taken = new Set<number>();
    const isFree = (id: number | undefined): id is number => id !== undefined && !taken.has(id) && !this.judgements.read('annotations', { id });
    // Wanted ids first, so a later annotation's wanted id is not given away before its turn.
    const wanted = annotations.map((input) => {
      if (!isFree(input.id)) return undefined;
      taken.add(input.id);
      return input.id;
    });
    let next = Math.max(this.judgements.newAnnotationId(), ...[...taken].map((id) => id + 1));
    const texts = new Map<number, string>();
    const changes = annotations.map((input, index): Change => {
      const text = texts.get(input.sourceId) ?? this.checkedSpan(input.sourceId, input.start, input.end);
      texts.set(input.sourceId, text);
      if (input.start >= input.end || input.end > text.length) throw new WorkbenchError('invalid-input', `The span ${input.start}–${input.end} is not inside source ${input.sourceId}.`);
      const anchor = anchorSpan(text, input.start, input.end);
      const { quote, prefix, suffix } = anchor;
      const row = { source_sha256: this.sourceSha(input.sourceId), start: anchor.start, end: anchor.end, quote, prefix, suffix };
      const kept = { note: input.note, tags: JSON.stringify(uniqueTags(input.tags)), claim_id: input.claimId, created_at: input.createdAt, updated_at: input.updatedAt };
      return { table: 'annotations', key: { id: wanted[index] ?? next++ }, row: { ...row, ...kept } };
    });
    this.apply(label, 'annotation.import', changes);
    return changes.map((change) => Number(change.key.id));
  }

  /** Adds the tags the codebook lacks as one undoable action; returns those added. */
  addCodebookTags(label: string, names: readonly string[]): string[] {
    const added = [...new Set(names)].filter((name) => !this.judgements.read('codebook_tags', { name }));
    this.apply(label, 'codebook.import', added.map((name) => ({ table: 'codebook_tags', key: { name }, row: { name, description: '' } })));
    return added;
  }

  updateAnnotation(patch: AnnotationPatch): Annotation {
    const current = this.judgements.read('annotations', { id: patch.id });
    if (!current) throw new WorkbenchError('not-found', `There is no annotation ${patch.id}.`);
    const row: Row = { ...current, updated_at: this.now().toISOString() };
    if (patch.note !== undefined) row.note = patch.note;
    if (patch.tags !== undefined) row.tags = JSON.stringify(uniqueTags(patch.tags));
    if (patch.claimId !== undefined) row.claim_id = patch.claimId;
    delete row.id;
    this.apply('Edit an annotation', 'annotation.update', [{ table: 'annotations', key: { id: patch.id }, row }]);
    return this.annotation(patch.id);
  }

  deleteAnnotation(id: number): void {
    if (!this.judgements.read('annotations', { id })) throw new WorkbenchError('not-found', `There is no annotation ${id}.`);
    this.apply('Delete an annotation', 'annotation.delete', [{ table: 'annotations', key: { id }, row: null }]);
  }

  private annotation(id: number): Annotation {
    const found = this.annotations().find((annotation) => annotation.id === id);
    if (!found) throw new WorkbenchError('not-found', `There is no annotation ${id}.`);
    return found;
  }

  /** Every annotation, re-anchored to the current clean text of its source. */
  annotations(): Annotation[] {
    const sources = new Map(this.store.sources.list().map((source) => [source.sha256, source.id]));
    const texts = new Map<number, string>();
    return this.judgements.all('annotations').map((row) => {
      const sourceId = sources.get(String(row.source_sha256)) ?? null;
      let span: { start: number; end: number } | undefined;
      if (sourceId !== null) {
        const text = texts.get(sourceId) ?? this.sourceText(sourceId);
        texts.set(sourceId, text);
        span = resolveAnchor(text, {
          start: Number(row.start),
          end: Number(row.end),
          quote: String(row.quote),
          prefix: String(row.prefix),
          suffix: String(row.suffix),
        });
      }
      return {
        id: Number(row.id),
        sourceId,
        sourceSha256: String(row.source_sha256),
        start: span?.start ?? Number(row.start),
        end: span?.end ?? Number(row.end),
        quote: String(row.quote),
        note: String(row.note),
        tags: parseTags(row.tags),
        claimId: row.claim_id === null ? null : String(row.claim_id),
        isOrphaned: sourceId === null || span === undefined,
        createdAt: String(row.created_at),
        updatedAt: String(row.updated_at),
      };
    });
  }
}
