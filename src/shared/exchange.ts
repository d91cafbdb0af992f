// Exchange formats other tools read and write: the W3C Web Annotation shapes Triangulate
// writes and accepts back, and what an import of annotations or a codebook reports.
// Import schemas are loose where other tools differ (a body may be one object or a list).
import { z } from 'zod';

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

const OtherSelector = z.object({ type: z.string() }).loose();

export const WebAnnotationBody = z
  .object({
    type: z.string().optional(),
    id: z.string().optional(),
    value: z.string().optional(),
    purpose: z.string().optional(),
    source: z.string().optional(),
  })
  .loose();
export type WebAnnotationBody = z.infer<typeof WebAnnotationBody>;

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, item.array()]).transform((value) => (Array.isArray(value) ? value : [value]) as z.infer<T>[]);

export const WebAnnotationTarget = z
  .object({
    source: z.union([z.string(), z.object({ id: z.string() }).loose()]),
    selector: oneOrMany(z.union([TextQuoteSelector, TextPositionSelector, OtherSelector])).optional(),
  })
  .loose();

export const WebAnnotation = z
  .object({
    id: z.string().optional(),
    type: z.union([z.string(), z.string().array()]),
    body: oneOrMany(WebAnnotationBody).optional(),
    target: oneOrMany(z.union([WebAnnotationTarget, z.string()])),
    created: z.string().optional(),
    modified: z.string().optional(),
  })
  .loose();
export type WebAnnotation = z.infer<typeof WebAnnotation>;

/** A collection as this app writes it (one page, inline) or a bare list of annotations. */
export const WebAnnotationFile = z.union([
  z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: WebAnnotation.array() }).loose() }).loose(),
  z.object({ type: z.literal('AnnotationPage'), items: WebAnnotation.array() }).loose(),
  WebAnnotation.array(),
  WebAnnotation,
]);

/** Where an annotation sits in the file it came from: its place (1-based) and the id it had there. */
const FileItem = z.object({ item: z.number().int().min(1), id: z.string().nullable(), quote: z.string().nullable() });

export const AnchoredBy = z.enum(['position', 'quote']);
export type AnchoredBy = z.infer<typeof AnchoredBy>;

/** What an import of a Web Annotation file did with each annotation in it; every entry says why. */
export const ImportAnnotationsReport = z.object({
  file: z.string(),
  /** Added to the case, all in one undoable action. */
  imported: FileItem.extend({ annotationId: z.number().int(), sourceId: z.number().int(), anchoredBy: AnchoredBy, reason: z.string() }).array(),
  /** Equal to one the case already holds (same source, span, note and tags), left alone. */
  duplicates: FileItem.extend({ sourceId: z.number().int(), sameAs: z.number().int().nullable(), reason: z.string() }).array(),
  /** Naming a source that is not in this case. */
  unmatched: FileItem.extend({ source: z.string().nullable(), reason: z.string() }).array(),
  /** On a source of the case, but its selectors point at no text there now. */
  unanchored: FileItem.extend({ sourceId: z.number().int(), reason: z.string() }).array(),
  /** Anchored, but holding what an annotation of this case cannot (a tag too long, say). */
  refused: FileItem.extend({ sourceId: z.number().int(), reason: z.string() }).array(),
});
export type ImportAnnotationsReport = z.infer<typeof ImportAnnotationsReport>;

/** What an import of a REFI-QDA codebook did with each code, by the tag name it became. */
export const ImportCodebookReport = z.object({
  file: z.string(),
  added: z.string().array(),
  alreadyPresent: z.string().array(),
  /** Codes that cannot be tags (empty or too long a name), with the reason. */
  refused: z.object({ name: z.string(), reason: z.string() }).array(),
});
export type ImportCodebookReport = z.infer<typeof ImportCodebookReport>;
