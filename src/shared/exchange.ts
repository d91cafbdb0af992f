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
]);

export const ImportAnnotationsReport = z.object({
  /** Annotations added to the case, with the source each went to and how it was anchored. */
  anchored: z.object({ annotationId: z.number().int(), sourceId: z.number().int(), by: z.enum(['hash', 'quote']) }).array(),
  /** Annotations equal to one the case already holds (same source, span, note, tags), left alone. */
  alreadyPresent: z.number().int(),
  /** Annotations that could not be attached, with the reason. */
  unanchored: z.object({ id: z.string().nullable(), quote: z.string().nullable(), reason: z.string() }).array(),
});
export type ImportAnnotationsReport = z.infer<typeof ImportAnnotationsReport>;

export const ImportCodebookReport = z.object({
  added: z.string().array(),
  alreadyPresent: z.string().array(),
});
export type ImportCodebookReport = z.infer<typeof ImportCodebookReport>;
