// The dossier's annotations as a W3C Web Annotation collection (JSON-LD,
// https://www.w3.org/TR/annotation-model/). A source is named by the SHA-256 of its original
// bytes (`urn:sha256:`), so any tool holding the same file can anchor the annotation; the
// quote selector lets one holding a different copy anchor it by text.
import type { Dossier, DossierAnnotation } from '../../../shared/dossier';
import { stableUuid } from './stableUuid';

export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';
/** Terms the W3C context lacks, for the source's title and file name. */
const extraTerms = { title: 'http://purl.org/dc/terms/title', fileName: 'http://schema.org/name' };
/** Characters of context kept either side of a quote, as the model's examples do. */
const contextLength = 32;

export const claimUrn = (claimId: string) => `urn:triangulate:claim:${claimId}`;
export const sourceUrn = (sha256: string) => `urn:sha256:${sha256}`;
export const annotationUrn = (annotation: Pick<DossierAnnotation, 'id' | 'sourceSha256'>) => `urn:uuid:${stableUuid(`annotation:${annotation.sourceSha256}:${annotation.id}`)}`;

function bodies(annotation: DossierAnnotation) {
  return [
    ...(annotation.note === '' ? [] : [{ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' }]),
    ...[...annotation.tags].sort().map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    ...(annotation.claimId === null ? [] : [{ type: 'SpecificResource', source: claimUrn(annotation.claimId), purpose: 'linking' }]),
  ];
}

/** `sourceText` gives a source's clean text, which the selectors index into. */
export function buildAnnotationCollection(dossier: Dossier, sourceText: (sourceId: number) => string): Record<string, unknown> {
  const sourceById = new Map(dossier.sources.map((source) => [source.id, source]));
  const texts = new Map<number, string>();
  const textOf = (id: number) => texts.get(id) ?? texts.set(id, sourceText(id)).get(id) ?? '';
  const items = [...dossier.annotations]
    .sort((a, b) => a.id - b.id)
    .map((annotation) => {
      const source = annotation.sourceId === null ? undefined : sourceById.get(annotation.sourceId);
      const text = source && !annotation.isOrphaned ? textOf(source.id) : null;
      const quote: Record<string, string> = { type: 'TextQuoteSelector', exact: annotation.quote };
      if (text !== null) {
        quote.prefix = text.slice(Math.max(0, annotation.start - contextLength), annotation.start);
        quote.suffix = text.slice(annotation.end, annotation.end + contextLength);
      }
      const body = bodies(annotation);
      return {
        id: annotationUrn(annotation),
        type: 'Annotation',
        motivation: annotation.note === '' && annotation.claimId === null ? (annotation.tags.length > 0 ? 'tagging' : 'highlighting') : 'commenting',
        created: annotation.createdAt,
        modified: annotation.updatedAt,
        ...(body.length > 0 ? { body } : {}),
        target: {
          source: { id: sourceUrn(annotation.sourceSha256), type: 'Text', format: 'text/plain', ...(source ? { title: source.title, fileName: source.fileName } : {}) },
          selector: text === null ? [quote] : [quote, { type: 'TextPositionSelector', start: annotation.start, end: annotation.end }],
        },
      };
    });
  return {
    '@context': [annotationContext, extraTerms],
    id: `urn:uuid:${stableUuid(`annotations:${dossier.case.fingerprint}`)}`,
    type: 'AnnotationCollection',
    label: `Annotations of ${dossier.case.name}`,
    // The one field that changes between two exports of an unchanged case.
    generated: dossier.generatedAt,
    generator: { id: 'urn:triangulate:generator', type: 'Software', name: dossier.generator },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
