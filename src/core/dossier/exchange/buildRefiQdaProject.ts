// The dossier's sources, tags and annotations as a REFI-QDA project (.qdpx: a zip holding
// `project.qde`, namespace urn:QDA-XML:project:1.0, and each source's clean text under
// `Sources/`), so an analyst's coded passages open in QualCoder, ATLAS.ti, MAXQDA or NVivo.
// Tags become codes, sources TextSources, annotations PlainTextSelections coded with their
// tags, and annotation notes Notes. Every GUID is a UUID v5 of a key taken from the case, and
// every zip entry has the same date, so an unchanged case gives the same bytes every time.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Dossier, DossierAnnotation, DossierSource } from '../../../shared/dossier';
import { codePointOffset } from './codePointOffset';
import { refiCodeGuid, refiQdaCodes } from './refiQdaCodes';
import { stableUuid } from './stableUuid';
import { xmlSafeText } from './xmlSafeText';

export const refiProjectNamespace = 'urn:QDA-XML:project:1.0';
/** The spec's folder for files inside the package, which `internal://` paths point into. */
export const refiSourcesFolder = 'Sources';
// Local-time fields, because zip dates are local: 1980-01-01 00:00 (the earliest a zip can
// hold) in the file on every machine, whatever its time zone.
const zipDate = new Date(1980, 0, 1);

export const refiSourceGuid = (sha256: string) => stableUuid(`refi-source:${sha256}`);
export const refiSelectionGuid = (annotation: Pick<DossierAnnotation, 'id' | 'sourceSha256'>) => stableUuid(`refi-selection:${annotation.sourceSha256}:${annotation.id}`);
const codingGuid = (annotation: DossierAnnotation, tag: string) => stableUuid(`refi-coding:${annotation.sourceSha256}:${annotation.id}:${tag}`);
const noteGuid = (annotation: DossierAnnotation) => stableUuid(`refi-note:${annotation.sourceSha256}:${annotation.id}`);
const userGuid = (name: string) => stableUuid(`refi-user:${name}`);
export const refiSourceFileName = (source: Pick<DossierSource, 'sha256'>) => `${source.sha256}.txt`;

export interface RefiQdaProject {
  /** `project.qde`. */
  xml: string;
  /** The source texts by file name inside `Sources/`. */
  sourceFiles: Map<string, string>;
}

/** An annotation a QDA tool can place: its source is in the dossier and its quote was found there. */
const isPlaceable = (annotation: DossierAnnotation, sourceIds: ReadonlySet<number>) => annotation.sourceId !== null && sourceIds.has(annotation.sourceId) && !annotation.isOrphaned;

function addSelection(parent: XMLBuilder, annotation: DossierAnnotation, text: string, user: string): void {
  const selection = parent.ele('PlainTextSelection', {
    guid: refiSelectionGuid(annotation),
    name: `A${annotation.id}`,
    startPosition: String(codePointOffset(text, annotation.start)),
    endPosition: String(codePointOffset(text, annotation.end)),
    creatingUser: user,
    creationDateTime: annotation.createdAt,
    modifyingUser: user,
    modifiedDateTime: annotation.updatedAt,
  });
  if (annotation.claimLabel !== null) selection.ele('Description').txt(`Linked to claim ${annotation.claimLabel} in the Triangulate dossier.`);
  for (const tag of [...new Set(annotation.tags)].sort()) {
    selection.ele('Coding', { guid: codingGuid(annotation, tag), creatingUser: user, creationDateTime: annotation.createdAt }).ele('CodeRef', { targetGUID: refiCodeGuid(tag) });
  }
  if (annotation.note !== '') selection.ele('NoteRef', { targetGUID: noteGuid(annotation) });
}

/** `sourceText` gives a source's clean text, which the annotations' offsets index into. */
export function buildRefiQdaProject(dossier: Dossier, sourceText: (sourceId: number) => string): RefiQdaProject {
  const sources = [...dossier.sources].sort((a, b) => a.id - b.id);
  const sourceIds = new Set(sources.map((source) => source.id));
  const annotations = dossier.annotations.filter((annotation) => isPlaceable(annotation, sourceIds)).sort((a, b) => a.id - b.id);
  const userName = dossier.case.analystName ?? `${dossier.generator} analyst`;
  const user = userGuid(userName);

  const project = create({ version: '1.0', encoding: 'UTF-8' }).ele(refiProjectNamespace, 'Project', {
    name: xmlSafeText(dossier.case.name),
    origin: dossier.generator,
    creatingUserGUID: user,
  });
  project.ele('Users').ele('User', { guid: user, name: xmlSafeText(userName) });
  // Each list below is left out when empty: the schema wants at least one member in each.
  const codes = refiQdaCodes(dossier);
  if (codes.length > 0) {
    const list = project.ele('CodeBook').ele('Codes');
    for (const code of codes) list.ele('Code', { guid: code.guid, name: xmlSafeText(code.tag), isCodable: 'true' }).ele('Description').txt(code.description);
  }
  const sourceFiles = new Map<string, string>();
  if (sources.length > 0) {
    const list = project.ele('Sources');
    for (const source of sources) {
      const text = sourceText(source.id);
      const fileName = refiSourceFileName(source);
      sourceFiles.set(fileName, text);
      const element = list.ele('TextSource', { guid: refiSourceGuid(source.sha256), name: xmlSafeText(`${source.label} ${source.title}`), plainTextPath: `internal://${fileName}`, creationDateTime: source.importedAt });
      element.ele('Description').txt(xmlSafeText([source.outlet, source.publishedAt, source.fileName].filter((part) => part !== null && part !== '').join(' · ')));
      for (const annotation of annotations.filter((item) => item.sourceId === source.id)) addSelection(element, annotation, text, user);
    }
  }
  const noted = annotations.filter((annotation) => annotation.note !== '');
  if (noted.length > 0) {
    const list = project.ele('Notes');
    for (const annotation of noted) {
      list
        .ele('Note', { guid: noteGuid(annotation), name: `Note on A${annotation.id}`, creatingUser: user, creationDateTime: annotation.createdAt, modifiedDateTime: annotation.updatedAt })
        .ele('PlainTextContent')
        .txt(xmlSafeText(annotation.note));
    }
  }
  return { xml: `${project.end({ prettyPrint: true })}\n`, sourceFiles };
}

/** The project as a .qdpx zip: `project.qde` first, then the source texts by name. */
export function refiQdaPackage(project: RefiQdaProject): Uint8Array {
  const entries: Zippable = { 'project.qde': [strToU8(project.xml), { mtime: zipDate }] };
  for (const name of [...project.sourceFiles.keys()].sort()) entries[`${refiSourcesFolder}/${name}`] = [strToU8(project.sourceFiles.get(name) ?? ''), { mtime: zipDate }];
  return zipSync(entries, { level: 6 });
}
