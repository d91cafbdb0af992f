// The way back from a Web Annotation file: each annotation is matched to a source of the case
// by the SHA-256 of its original file, anchored on its clean text, checked against what the
// case already holds, and everything new is written by the desk as one undoable action.
import { basename } from 'node:path';
import type { ImportAnnotationsReport } from '../../shared/exchange';
import type { Annotation } from '../../shared/judgements';
import { TagName } from '../../shared/judgements';
import type { SourceSummary } from '../../shared/domain';
import type { AnalystDesk, ImportedAnnotation } from '../desk/AnalystDesk';
import type { CaseStore } from '../store/CaseStore';
import { anchorSelectors } from './anchorSelectors';
import { describeWebAnnotation } from './describeWebAnnotation';
import { exportedAnnotationIdFinder } from './findExportedAnnotationId';
import { readExchangeFile } from './readExchangeFile';
import { readWebAnnotations } from './readWebAnnotations';

/** What the import needs of the case; all of it synchronous, so nothing else can write between the checks and the write. */
export interface AnnotationImportCase {
  sources: readonly SourceSummary[];
  sourceText(sourceId: number): string;
  annotations: readonly Annotation[];
  /** Writes every new annotation in one transaction; returns their ids in order. */
  save(label: string, annotations: readonly ImportedAnnotation[]): number[];
  now(): Date;
}

/** Same as the case's limits for an annotation made by hand (NewAnnotation). */
const maxNoteLength = 20_000;
const maxTags = 50;

const duplicateKey = (sha: string, start: number, end: number, note: string, tags: readonly string[]) =>
  JSON.stringify([sha, start, end, note, [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))].sort()]);

const isDate = (value: string | undefined): value is string => value !== undefined && !Number.isNaN(Date.parse(value));

function refusal(note: string, tags: readonly string[]): string | undefined {
  if (note.length > maxNoteLength) return `its note is ${note.length} characters long, more than the ${maxNoteLength} an annotation can hold`;
  if (tags.length > maxTags) return `it has ${tags.length} tags, more than the ${maxTags} an annotation can hold`;
  const bad = tags.find((tag) => !TagName.safeParse(tag).success);
  return bad === undefined ? undefined : `its tag "${bad.slice(0, 80)}" is not a tag this case can hold (1 to 60 characters)`;
}

/** `text` is the file's content, `path` names it in the report. */
export function importAnnotations(text: string, path: string, target: AnnotationImportCase): ImportAnnotationsReport {
  const name = basename(path);
  const annotations = readWebAnnotations(text, name);
  const report: ImportAnnotationsReport = { file: name, imported: [], duplicates: [], unmatched: [], unanchored: [], refused: [] };
  const sourceBySha = new Map(target.sources.map((source) => [source.sha256.toLowerCase(), source]));
  const present = new Map<string, number | null>(target.annotations.map((annotation) => [duplicateKey(annotation.sourceSha256, annotation.start, annotation.end, annotation.note, annotation.tags), annotation.id]));
  const texts = new Map<number, string>();
  const textOf = (id: number) => texts.get(id) ?? texts.set(id, target.sourceText(id)).get(id) ?? '';
  const now = target.now().toISOString();
  const exportedId = exportedAnnotationIdFinder();
  const toSave: { item: ImportedAnnotation; entry: Omit<ImportAnnotationsReport['imported'][number], 'annotationId'> }[] = [];

  for (const [index, annotation] of annotations.entries()) {
    const parts = describeWebAnnotation(annotation);
    const item = { item: index + 1, id: parts.id, quote: parts.quote?.exact ?? null };
    const source = parts.sourceSha256 === null ? undefined : sourceBySha.get(parts.sourceSha256);
    if (!source) {
      const reason =
        parts.source === null
          ? 'its target names no source'
          : parts.sourceSha256 === null
            ? `its source ${parts.source.slice(0, 200)} is not named by the SHA-256 of a file (urn:sha256:…), the only way this case knows its sources`
            : 'no source of this case has the SHA-256 its target names';
      report.unmatched.push({ ...item, source: parts.source, reason });
      continue;
    }
    const anchor = anchorSelectors(textOf(source.id), parts.quote, parts.position);
    if (anchor.start === undefined) {
      report.unanchored.push({ ...item, sourceId: source.id, reason: anchor.reason });
      continue;
    }
    const refused = refusal(parts.note, parts.tags);
    if (refused !== undefined) {
      report.refused.push({ ...item, sourceId: source.id, reason: refused });
      continue;
    }
    const key = duplicateKey(source.sha256, anchor.start, anchor.end, parts.note, parts.tags);
    if (present.has(key)) {
      const sameAs = present.get(key) ?? null;
      const reason = sameAs === null ? 'an earlier annotation in this file is the same' : `annotation ${sameAs} of this case has the same source, span, note and tags`;
      report.duplicates.push({ ...item, sourceId: source.id, sameAs, reason });
      continue;
    }
    present.set(key, null);
    // A file that gives one date only had the annotation unchanged since it was made.
    const createdAt = isDate(parts.created) ? parts.created : isDate(parts.modified) ? parts.modified : now;
    const updatedAt = isDate(parts.modified) ? parts.modified : createdAt;
    const id = parts.id === null ? undefined : exportedId(parts.id, source.sha256);
    toSave.push({
      item: { ...(id === undefined ? {} : { id }), sourceId: source.id, start: anchor.start, end: anchor.end, note: parts.note, tags: parts.tags, claimId: parts.claimId, createdAt, updatedAt },
      entry: { ...item, sourceId: source.id, anchoredBy: anchor.anchoredBy, reason: anchor.reason },
    });
  }
  if (toSave.length > 0) {
    const ids = target.save(
      `Import ${toSave.length} annotation${toSave.length === 1 ? '' : 's'} from ${name}`,
      toSave.map((pending) => pending.item),
    );
    report.imported = toSave.map((pending, index) => ({ ...pending.entry, annotationId: ids[index] ?? 0 }));
  }
  return report;
}

/** Reads the file at `path` and imports it into the case `store` holds, writing through `desk`. */
export function importAnnotationFile(path: string, store: CaseStore, desk: AnalystDesk, now: () => Date): ImportAnnotationsReport {
  return importAnnotations(readExchangeFile(path), path, {
    sources: store.sources.list(),
    sourceText: (id) => store.sources.getBody(id)?.text ?? '',
    annotations: desk.annotations(),
    save: (label, annotations) => desk.importAnnotations(label, annotations),
    now,
  });
}
