// What Triangulate keeps of one Web Annotation: its source, its selectors, the note and tags in
// its bodies, the claim it links to and its dates. Other tools differ in the details, so the
// rules are the model's defaults: a textual body without a purpose is a comment, unless the
// annotation's motivation is tagging; `bodyValue` is a comment.
import { TextPositionSelector, TextQuoteSelector, type WebAnnotation } from '../../shared/exchange';
import { claimUrn } from '../dossier/exchange/buildAnnotationCollection';

export interface WebAnnotationParts {
  id: string | null;
  /** The id of the target's source as the file gives it, or null when it has none. */
  source: string | null;
  /** The SHA-256 (lower case hex) when the source is named `urn:sha256:<hex>`. */
  sourceSha256: string | null;
  quote: TextQuoteSelector | undefined;
  position: TextPositionSelector | undefined;
  note: string;
  tags: string[];
  claimId: string | null;
  created: string | undefined;
  modified: string | undefined;
}

const shaUrn = /^urn:sha256:([0-9a-f]{64})$/i;
const claimPrefix = claimUrn('');

export function describeWebAnnotation(annotation: WebAnnotation): WebAnnotationParts {
  // One annotation, one passage: a second target would be a second annotation in this case.
  const target = annotation.target.find((candidate) => typeof candidate !== 'string') ?? annotation.target[0];
  const source = target === undefined ? null : typeof target === 'string' ? target : typeof target.source === 'string' ? target.source : target.source.id;
  const selectors = target !== undefined && typeof target !== 'string' ? (target.selector ?? []) : [];
  // Each selector is checked against its own schema: a position with a negative offset is no position.
  const quote = selectors.map((selector) => TextQuoteSelector.safeParse(selector)).find((result) => result.success)?.data;
  const position = selectors.map((selector) => TextPositionSelector.safeParse(selector)).find((result) => result.success)?.data;
  const motivation = annotation.motivation;
  const notes: string[] = [];
  const tags: string[] = [];
  let claimId: string | null = null;
  const bodyValue = annotation.bodyValue;
  if (typeof bodyValue === 'string' && bodyValue !== '') notes.push(bodyValue);
  for (const body of annotation.body ?? []) {
    const purpose = body.purpose ?? (motivation === 'tagging' ? 'tagging' : 'commenting');
    if (purpose === 'linking' && body.source?.startsWith(claimPrefix)) claimId = body.source.slice(claimPrefix.length) || null;
    else if (typeof body.value !== 'string') continue;
    else if (purpose === 'tagging') tags.push(body.value);
    else if (purpose === 'commenting' || purpose === 'describing') notes.push(body.value);
  }
  return {
    id: annotation.id ?? null,
    source,
    sourceSha256: source?.match(shaUrn)?.[1]?.toLowerCase() ?? null,
    quote,
    position,
    // Several comments become one note, in file order, a blank line apart.
    note: notes.join('\n\n'),
    tags,
    claimId,
    created: annotation.created,
    modified: annotation.modified,
  };
}
