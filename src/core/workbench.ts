// The application service: the one API that IPC, the CLI and the tests call.
import { EventEmitter } from 'node:events';
import { basename, extname } from 'node:path';
import type { ApiEventName, ApiEventPayload } from '../shared/api';
import type {
  AuditEntry,
  CaseInfo,
  ImportProgress,
  ImportReport,
  ImportRequest,
  MetadataField,
  SearchHit,
  SourceDetail,
  SourceSummary,
} from '../shared/domain';
import type { Claim, ClaimsResult } from '../shared/claims';
import { readClaims } from './claims/readClaims';
import type { ComparisonResult, PairAlignment } from '../shared/comparison';
import { readComparison, readPairAlignment } from './compare/readComparison';
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
} from '../shared/judgements';
import { AnalystDesk, noJudgement } from './desk/AnalystDesk';
import { buildDossier } from './dossier/buildDossier';
import { dossierPreview, exportDossier, type DossierExportResult, type DossierWriteContext } from './dossier/exportDossier';
import { readDossierInput, type DossierReader } from './dossier/DossierInput';
import { ClaimRepository } from './store/claimRepository';
import type { AnalysisSummary } from '../shared/analysis';
import { analyseCase, reclusterClaims } from './analysis/analyseCase';
import { CancelFlag } from './analysis/CancelFlag';
import { DossierOptions, type Dossier, type DossierFormat, type DossierOptionsInput } from '../shared/dossier';
import { importFiles } from './importing/importFiles';
import { importOptionsFor, type ImportSettings } from './importing/importOptionsFor';
import { CaseStore } from './store/CaseStore';
import { migrations } from './store/migrations/index';
import type { OpenCaseOptions } from './store/openCase';
import { WorkbenchError } from './WorkbenchError';
import { validateMetadata } from './desk/validateMetadata';
import type { ImportAnnotationsReport, ImportCodebookReport } from '../shared/exchange';
import { importAnnotationFile } from './exchange/importAnnotations';
import { importCodebookFile } from './exchange/importCodebook';

export interface WorkbenchOptions extends OpenCaseOptions, ImportSettings {
  /** Shared with whoever may cancel a run while this thread is busy with it (main, for the worker). */
  analysisCancel?: CancelFlag;
}

type EventListener = <E extends ApiEventName>(event: E, payload: ApiEventPayload<E>) => void;

/**
 * Every method that writes first calls `store.settleImportBatch()`, so a write made while an
 * import awaits its next file never joins (and is never rolled back with) the import's batch.
 */
export class Workbench {
  private readonly events = new EventEmitter();
  private runningImport: AbortController | undefined;
  private readonly desk: AnalystDesk;
  private readonly analysisCancel: CancelFlag;

  private constructor(
    private readonly store: CaseStore,
    private readonly options: WorkbenchOptions,
  ) {
    this.desk = new AnalystDesk(store, options.now ?? (() => new Date()));
    this.analysisCancel = options.analysisCancel ?? new CancelFlag();
  }

  static open(casePath: string, options: WorkbenchOptions = {}): Workbench {
    return new Workbench(CaseStore.open(casePath, options), options);
  }

  close(): void {
    this.runningImport?.abort();
    this.store.close();
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void {
    const forward = (event: ApiEventName, payload: ApiEventPayload<ApiEventName>) => listener(event, payload);
    this.events.on('event', forward);
    return () => this.events.off('event', forward);
  }

  private emit<E extends ApiEventName>(event: E, payload: ApiEventPayload<E>): void {
    this.events.emit('event', event, payload);
  }

  caseInfo(): CaseInfo {
    const counts = this.store.sources.counts();
    return {
      path: this.store.path,
      name: basename(this.store.path, extname(this.store.path)),
      schemaVersion: migrations.at(-1)?.version ?? 0,
      ...counts,
    };
  }

  listSources(): SourceSummary[] {
    return this.store.sources.list();
  }

  getSource(id: number): SourceDetail {
    const summary = this.store.sources.get(id);
    const body = this.store.sources.getBody(id);
    if (!summary || !body) throw new WorkbenchError('not-found', `There is no source ${id} in this case.`);
    return {
      ...summary,
      ...body,
      paragraphs: this.store.sources.paragraphs(id),
      sentenceSpans: this.store.sources.sentences(id),
      removed: this.store.sources.removedLines(id),
    };
  }

  /** The bytes of the file as it was imported. */
  getOriginal(id: number): { bytes: Buffer; fileName: string } {
    const original = this.store.sources.getOriginal(id);
    if (!original) throw new WorkbenchError('not-found', `There is no source ${id} in this case.`);
    return original;
  }

  async importPaths(paths: readonly string[], limits: Omit<ImportRequest, 'paths'> = {}): Promise<ImportReport> {
    if (this.runningImport) throw new WorkbenchError('busy', 'An import is already running; wait for it or cancel it.');
    const controller = new AbortController();
    this.runningImport = controller;
    try {
      const onProgress = (progress: ImportProgress) => this.emit('sources:did-import-progress', progress);
      const report = await importFiles(this.store, paths, importOptionsFor(this.options, limits, controller.signal, onProgress));
      if (report.imported.length > 0) this.emit('case:did-change', { reason: 'import' });
      return report;
    } finally {
      this.runningImport = undefined;
    }
  }

  cancelImport(): { wasRunning: boolean } {
    const wasRunning = this.runningImport !== undefined;
    this.runningImport?.abort();
    return { wasRunning };
  }

  deleteSource(id: number): { deleted: boolean } {
    this.store.settleImportBatch();
    const summary = this.store.sources.get(id);
    if (!summary) return { deleted: false };
    this.store.db.transaction(() => {
      this.store.sources.delete(id);
      this.store.audit.append({
        action: 'source.delete',
        entityType: 'source',
        entityId: id,
        before: { fileName: summary.fileName, sha256: summary.sha256, title: summary.title },
      });
    })();
    this.emit('case:did-change', { reason: 'delete' });
    return { deleted: true };
  }

  updateMetadata(id: number, field: MetadataField, value: string | null): SourceDetail {
    this.store.settleImportBatch();
    const before = this.getSource(id);
    const cleaned = value?.trim() || null;
    validateMetadata(field, cleaned);
    const previous = before.provenance[field] ?? { value: null, origin: 'not found', isInferred: false };
    this.store.db.transaction(() => {
      this.store.sources.setMetadata(id, field, cleaned, {
        ...before.provenance,
        [field]: { value: cleaned, origin: 'analyst', isInferred: false },
      });
      this.store.audit.append({
        action: 'source.update-metadata',
        entityType: 'source',
        entityId: id,
        before: { [field]: previous.value, origin: previous.origin },
        after: { [field]: cleaned },
      });
    })();
    this.emit('case:did-change', { reason: 'metadata' });
    return this.getSource(id);
  }

  /** Runs the analysis (see analyseCase), reporting progress; `cancelAnalysis` stops it with the case unchanged. */
  analyse(): AnalysisSummary {
    this.store.settleImportBatch();
    const flag = this.analysisCancel;
    flag.begin();
    try {
      const summary = analyseCase(this.store.db, this.desk.clusterChoices(), (progress) => {
        if (flag.isCancelled) throw new WorkbenchError('cancelled', 'The analysis was stopped; the case is as it was before the run.');
        this.emit('analysis:did-progress', progress);
      });
      if (summary.sourcesCompared > 0 || summary.sourcesExtracted > 0) this.emit('case:did-change', { reason: 'analysis' });
      return summary;
    } finally {
      flag.end();
    }
  }

  cancelAnalysis(): { wasRunning: boolean } {
    return { wasRunning: this.analysisCancel.cancel() };
  }

  comparison(): ComparisonResult {
    return readComparison(this.store.db);
  }

  pairAlignment(a: number, b: number): PairAlignment {
    return readPairAlignment(this.store.db, a, b);
  }

  claims(): ClaimsResult {
    return readClaims(this.store.db);
  }

  /**
   * Claims (all, or those with these ids) with the analyst's judgement of each; the analyst's
   * verdict is the claim's analyst credibility.
   */
  claimsWithJudgements(ids?: readonly string[]): { claims: (Claim & { judgement: ClaimJudgement })[] } {
    const judgements = this.desk.claimJudgements();
    return {
      claims: readClaims(this.store.db, ids).claims.map((claim) => {
        const judgement = judgements.get(claim.id) ?? noJudgement(claim.id);
        const credibility = judgement.verdict === null ? claim.credibility : { ...claim.credibility, analyst: judgement.verdict };
        return { ...claim, credibility, judgement };
      }),
    };
  }

  judgeClaim(patch: ClaimJudgementPatch): ClaimJudgement {
    this.store.settleImportBatch();
    const judgement = this.desk.judgeClaim(patch);
    this.emit('case:did-change', { reason: 'judgement' });
    return judgement;
  }

  correctMention(correction: MentionCorrection): void {
    this.store.settleImportBatch();
    this.desk.correctMention(correction);
    this.reclusterAfterAnalystChange();
  }

  mergeClaims(claimIds: readonly string[], into: string): void {
    this.store.settleImportBatch();
    this.desk.mergeClaims(this.claims(), claimIds, into);
    this.reclusterAfterAnalystChange();
  }

  splitClaim(claimId: string, mentions: readonly MentionRef[]): string {
    this.store.settleImportBatch();
    const newClaimId = this.desk.splitClaim(claimId, mentions);
    this.reclusterAfterAnalystChange();
    return newClaimId;
  }

  codebook(): string[] {
    return this.desk.codebook();
  }

  gradeSource(sourceId: number, grade: ReliabilityGrade): void {
    this.store.settleImportBatch();
    this.desk.gradeSource(sourceId, grade);
    this.emit('case:did-change', { reason: 'judgement' });
  }

  sourceGrades(): { sourceId: number; grade: ReliabilityGrade }[] {
    return [...this.desk.sourceGrades()].map(([sourceId, grade]) => ({ sourceId, grade }));
  }

  annotations(): Annotation[] {
    return this.desk.annotations();
  }

  /** The dossier's data for the chosen options; reads the case, never writes it. */
  dossier(options: DossierOptionsInput = {}): Dossier {
    const parsed = DossierOptions.parse(options);
    return buildDossier(readDossierInput(this.dossierReader(), parsed), parsed, parsed.generatedAt ?? (this.options.now ?? (() => new Date()))().toISOString());
  }

  /** The dossier's HTML as the app previews it, built once. */
  dossierPreview(options: DossierOptionsInput = {}): ReturnType<typeof dossierPreview> {
    return dossierPreview(this.dossier(options));
  }

  /**
   * Builds the dossier once and writes it as `format` at `target`, never over this case or
   * any other database, folder or device. `io.printer` is needed for PDF only.
   */
  async exportDossier(
    format: DossierFormat,
    target: string,
    options: DossierOptionsInput = {},
    io: Pick<DossierWriteContext, 'printer' | 'progress' | 'signal'> = {},
  ): Promise<DossierExportResult & { dossier: Dossier }> {
    io.progress?.('building');
    const dossier = this.dossier(options);
    const written = await exportDossier(dossier, format, target, { ...io, protectedFiles: [this.store.path], sourceText: (id) => this.getSource(id).text });
    return { ...written, dossier };
  }

  /** The case as a dossier reads it: claims through queries, so it loads only those its options can keep. */
  private dossierReader(): DossierReader {
    return {
      caseInfo: () => this.caseInfo(),
      listSources: () => this.listSources(),
      getSource: (id) => this.getSource(id),
      comparison: () => this.comparison(),
      claimQueries: new ClaimRepository(this.store.db),
      claimJudgements: () => this.desk.claimJudgements(),
      claimsWithJudgements: (ids) => this.claimsWithJudgements(ids).claims,
      sourceGrades: () => this.sourceGrades(),
      annotations: () => this.annotations(),
    };
  }

  annotate(input: NewAnnotation): Annotation {
    this.store.settleImportBatch();
    const annotation = this.desk.annotate({ note: '', tags: [], claimId: null, ...input });
    this.emit('case:did-change', { reason: 'annotation' });
    return annotation;
  }

  updateAnnotation(patch: AnnotationPatch): Annotation {
    this.store.settleImportBatch();
    const annotation = this.desk.updateAnnotation(patch);
    this.emit('case:did-change', { reason: 'annotation' });
    return annotation;
  }

  deleteAnnotation(id: number): void {
    this.store.settleImportBatch();
    this.desk.deleteAnnotation(id);
    this.emit('case:did-change', { reason: 'annotation' });
  }

  /** Adds the annotations of a W3C Web Annotation file to the case as one undoable action. */
  importAnnotations(path: string): ImportAnnotationsReport {
    this.store.settleImportBatch();
    const report = importAnnotationFile(path, this.store, this.desk, this.options.now ?? (() => new Date()));
    if (report.imported.length > 0) this.emit('case:did-change', { reason: 'annotation' });
    return report;
  }

  /** Adds the codes of a REFI-QDA codebook to the case's codebook as one undoable action. */
  importCodebook(path: string): ImportCodebookReport {
    this.store.settleImportBatch();
    const report = importCodebookFile(path, this.desk);
    if (report.added.length > 0) this.emit('case:did-change', { reason: 'codebook' });
    return report;
  }

  history(): HistoryState {
    return this.desk.history();
  }

  undo(): HistoryState {
    this.store.settleImportBatch();
    const state = this.desk.undo();
    this.reclusterAfterAnalystChange();
    return state;
  }

  redo(): HistoryState {
    this.store.settleImportBatch();
    const state = this.desk.redo();
    this.reclusterAfterAnalystChange();
    return state;
  }

  /** Merges, splits and corrections change the clusters: re-cluster (extraction is kept). */
  private reclusterAfterAnalystChange(): void {
    reclusterClaims(this.store.db, this.desk.clusterChoices());
    this.emit('case:did-change', { reason: 'judgement' });
  }

  search(query: string, limit = 50): SearchHit[] {
    return this.store.search.search(query, limit);
  }

  auditLog(limit = 200): AuditEntry[] {
    return this.store.audit.recent(limit);
  }
}
