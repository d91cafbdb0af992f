// The one contract between the renderer and the Workbench. Every bridge method and event is
// declared here once; main, preload, the test bridge and the renderer all derive from it.
import { z } from 'zod';
import {
  AuditEntry,
  CaseInfo,
  ImportProgress,
  ImportReport,
  ImportRequest,
  MetadataField,
  SearchHit,
  SourceDetail,
  SourceSummary,
} from './domain';
import { AnalysisProgress, AnalysisSummary } from './analysis';
import { Claim } from './claims';
import { ComparisonResult, PairAlignment } from './comparison';
import {
  Annotation,
  AnnotationPatch,
  ClaimJudgement,
  ClaimJudgementPatch,
  HistoryState,
  MentionCorrection,
  MentionRef,
  NewAnnotation,
  ReliabilityGrade,
} from './judgements';
import { Dossier, DossierFormat, DossierOptions } from './dossier';
import { ImportAnnotationsReport, ImportCodebookReport } from './exchange';

const SourceId = z.object({ id: z.number().int().positive() });

export const api = {
  'case:info': { input: z.object({}), output: CaseInfo },
  'sources:list': { input: z.object({}), output: SourceSummary.array() },
  'sources:get': { input: SourceId, output: SourceDetail },
  'sources:import': { input: ImportRequest, output: ImportReport },
  'sources:cancel-import': { input: z.object({}), output: z.object({ wasRunning: z.boolean() }) },
  'sources:delete': { input: SourceId, output: z.object({ deleted: z.boolean() }) },
  'sources:update-metadata': {
    input: SourceId.extend({ field: MetadataField, value: z.string().max(2000).nullable() }),
    output: SourceDetail,
  },
  'search:query': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(500).default(50) }),
    output: SearchHit.array(),
  },
  'audit:list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    output: AuditEntry.array(),
  },
  'analysis:run': { input: z.object({}), output: AnalysisSummary },
  /** Stops a run in progress; it fails with `cancelled` and leaves the case as it was. */
  'analysis:cancel': { input: z.object({}), output: z.object({ wasRunning: z.boolean() }) },
  'compare:result': { input: z.object({}), output: ComparisonResult },
  'compare:pair': {
    input: z.object({ a: z.number().int().positive(), b: z.number().int().positive() }),
    output: PairAlignment,
  },
  'claims:list': {
    input: z.object({}),
    output: z.object({ claims: Claim.extend({ judgement: ClaimJudgement }).array() }),
  },
  'claims:judge': { input: ClaimJudgementPatch, output: ClaimJudgement },
  'claims:correct-mention': { input: MentionCorrection, output: z.object({}) },
  'claims:merge': {
    input: z.object({ claimIds: z.string().array().min(2), into: z.string() }),
    output: z.object({}),
  },
  'claims:split': {
    input: z.object({ claimId: z.string(), mentions: MentionRef.array().min(1) }),
    output: z.object({ newClaimId: z.string() }),
  },
  'codebook:list': { input: z.object({}), output: z.string().array() },
  /** Adds the codes of a REFI-QDA codebook (.qdc) file as tags, in one undoable action. */
  'codebook:import': { input: z.object({ path: z.string().min(1) }), output: ImportCodebookReport },
  'sources:grade': { input: SourceId.extend({ grade: ReliabilityGrade }), output: z.object({}) },
  'sources:grades': {
    input: z.object({}),
    output: z.object({ sourceId: z.number().int(), grade: ReliabilityGrade }).array(),
  },
  'annotations:list': { input: z.object({}), output: Annotation.array() },
  'annotations:create': { input: NewAnnotation, output: Annotation },
  'annotations:update': { input: AnnotationPatch, output: Annotation },
  'annotations:delete': { input: z.object({ id: z.number().int().positive() }), output: z.object({}) },
  /** Adds the annotations of a W3C Web Annotation (JSON-LD) file, in one undoable action. */
  'annotations:import': { input: z.object({ path: z.string().min(1) }), output: ImportAnnotationsReport },
  'history:state': { input: z.object({}), output: HistoryState },
  'history:undo': { input: z.object({}), output: HistoryState },
  'history:redo': { input: z.object({}), output: HistoryState },
  'dossier:preview': {
    input: DossierOptions,
    output: z.object({ html: z.string(), fingerprint: z.string(), claims: z.number().int(), sources: z.number().int(), generatedAt: z.string() }),
  },
  'dossier:data': { input: DossierOptions, output: Dossier },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Api = typeof api;
export type ApiMethod = keyof Api;
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Api[M]['output']>;

/** Events pushed from the Workbench to the views: `domain:did-x`. */
export const apiEvents = {
  'sources:did-import-progress': ImportProgress,
  'case:did-change': z.object({ reason: z.string() }),
  'analysis:did-progress': AnalysisProgress,
} as const satisfies Record<string, z.ZodType>;

export type ApiEvents = typeof apiEvents;
export type ApiEventName = keyof ApiEvents;
export type ApiEventPayload<E extends ApiEventName> = z.output<ApiEvents[E]>;

export type ApiError = { code: string; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Whether the app is sealed off from the network, and what tried to get out. */
export const NetworkStatus = z.object({
  /** True while every request leaving the app is being cancelled. */
  isOffline: z.boolean(),
  blockedRequests: z.number().int(),
  lastBlockedUrl: z.string().nullable(),
});
export type NetworkStatus = z.output<typeof NetworkStatus>;

export const ShellCommand = z.enum([
  'show-library',
  'show-reader',
  'show-compare',
  'show-claims',
  'show-dossier',
  'show-search',
  'show-audit',
  'import-files',
  'import-folder',
]);
export type ShellCommand = z.output<typeof ShellCommand>;

/**
 * Methods the desktop shell answers itself, not the Workbench: native dialogs and the
 * network guard. The e2e bridge stands in for them where there is no Electron.
 */
export const shellApi = {
  'dialog:choose-import': {
    input: z.object({ kind: z.enum(['files', 'folder']) }),
    /** Empty when the analyst cancelled the dialog. */
    output: z.object({ paths: z.string().array() }),
  },
  'shell:network-status': { input: z.object({}), output: NetworkStatus },
  /** Asks where to save, then writes the dossier there; never changes the case. */
  'dossier:export': {
    input: z.object({ format: DossierFormat, options: DossierOptions }),
    /** `path` is null when the analyst cancelled the dialog. */
    output: z.object({ path: z.string().nullable(), bytes: z.number().int() }),
  },
  /** Stops the export in progress before it writes; the export fails with `cancelled`. */
  'dossier:cancel-export': { input: z.object({}), output: z.object({ wasRunning: z.boolean() }) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const shellEvents = {
  'shell:did-block-request': NetworkStatus,
  'dossier:did-export-progress': z.object({ format: DossierFormat, step: z.enum(['building', 'printing', 'writing', 'done']) }),
  /** A menu item or an accelerator the renderer should act on. */
  'shell:did-request-command': z.object({ command: ShellCommand }),
} as const satisfies Record<string, z.ZodType>;

export type ShellApi = typeof shellApi;
export type ShellMethod = keyof ShellApi;

/** Everything `window.workbench` offers: the Workbench's contract plus the shell's. */
export const bridgeApi = { ...api, ...shellApi };
export const bridgeEvents = { ...apiEvents, ...shellEvents };
export type BridgeApi = typeof bridgeApi;
export type BridgeMethod = keyof BridgeApi;
export type BridgeInput<M extends BridgeMethod> = z.input<BridgeApi[M]['input']>;
export type BridgeOutput<M extends BridgeMethod> = z.output<BridgeApi[M]['output']>;
export type BridgeEvents = typeof bridgeEvents;
export type BridgeEventName = keyof BridgeEvents;
export type BridgeEventPayload<E extends BridgeEventName> = z.output<BridgeEvents[E]>;

/** What the preload exposes as `window.workbench`. */
export type WorkbenchBridge = {
  [M in BridgeMethod]: (input: BridgeInput<M>) => Promise<Result<BridgeOutput<M>>>;
} & {
  on<E extends BridgeEventName>(event: E, listener: (payload: BridgeEventPayload<E>) => void): () => void;
  /** The path of a file dropped on the window ('' when it has none, e.g. outside Electron). */
  pathForFile(file: File): string;
};
