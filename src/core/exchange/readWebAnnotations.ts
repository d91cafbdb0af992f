// Reads the annotations of a W3C Web Annotation file: a collection with its first page inline
// (as Triangulate writes it), a page, a list, or one annotation. A file with any annotation
// the model does not allow is refused whole, naming the first fault, so nothing half-read is imported.
import { WebAnnotation, WebAnnotationFile } from '../../shared/exchange';
import { ExchangeFileError } from './ExchangeFileError';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The candidate annotations of a parsed file, before each is checked; undefined when it has none of the shapes. */
function candidates(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) return undefined;
  if (json.type === 'AnnotationCollection') return isObject(json.first) && Array.isArray(json.first.items) ? json.first.items : undefined;
  if (json.type === 'AnnotationPage') return Array.isArray(json.items) ? json.items : undefined;
  return 'target' in json ? [json] : undefined;
}

export function readWebAnnotations(text: string, name: string): WebAnnotation[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8's message can quote the file; the position is all the analyst needs to find the fault.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position === undefined ? (text.trim() === '' ? ' (it is empty)' : '') : ` (at character ${position})`;
    throw new ExchangeFileError('wrong-format', `${name} is not JSON${where}, so it cannot be a Web Annotation file.`, { cause: error });
  }
  const parsed = WebAnnotationFile.safeParse(json);
  if (parsed.success) {
    const file = parsed.data;
    if (Array.isArray(file)) return file;
    if (file.type === 'AnnotationCollection') return (file as { first: { items: WebAnnotation[] } }).first.items;
    if (file.type === 'AnnotationPage') return (file as { items: WebAnnotation[] }).items;
    return [file as WebAnnotation];
  }
  const items = candidates(json);
  if (!items) {
    throw new ExchangeFileError(
      'wrong-format',
      `${name} is not a W3C Web Annotation file: it holds no AnnotationCollection with its first page inline, AnnotationPage, list of annotations or annotation.`,
    );
  }
  for (const [index, item] of items.entries()) {
    const result = WebAnnotation.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new ExchangeFileError('wrong-format', `Annotation ${index + 1} of ${name} is not a W3C Web Annotation${where}: ${issue?.message ?? 'it does not fit the model'}.`);
    }
  }
  throw new ExchangeFileError('wrong-format', `${name} is not a W3C Web Annotation file.`);
}
