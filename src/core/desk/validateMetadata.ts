import { SourceKind, type MetadataField } from '../../shared/domain';
import { WorkbenchError } from '../WorkbenchError';

const isoDateOrDateTime = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Refuses a metadata edit the case cannot hold, in one sentence saying what to write instead. */
export function validateMetadata(field: MetadataField, value: string | null): void {
  if (field === 'title' && !value) throw new WorkbenchError('invalid-input', 'A source needs a title.');
  if (field === 'kind' && !SourceKind.safeParse(value).success) {
    throw new WorkbenchError('invalid-input', `Kind must be one of ${SourceKind.options.join(', ')}.`);
  }
  if (field === 'publishedAt' && value && !isoDateOrDateTime.test(value)) {
    throw new WorkbenchError('invalid-input', 'Give the date as YYYY-MM-DD, optionally with a time: 2025-03-18T09:27+05:30.');
  }
}
