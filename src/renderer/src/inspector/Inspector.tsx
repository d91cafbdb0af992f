import { useAnnotations, useClaims, useSource } from '../bridge/queries';
import { useDeskSelection } from '../views/claims/deskSelection';
import { AnnotationInspector } from './AnnotationInspector';
import { ClaimInspector } from './ClaimInspector';
import { GradeField } from './GradeField';
import { useNavigation } from '../navigation/NavigationContext';
import { DeleteSourceButton } from './DeleteSourceButton';
import { MetadataField } from './MetadataField';
import { formatCount, formatDateTime } from '../format/formatValues';
import type { MetadataField as FieldName } from '../../../shared/domain';
import { ErrorNotice } from '../views/parts/ErrorNotice';

const editableFields: readonly FieldName[] = ['title', 'outlet', 'byline', 'publishedAt', 'kind', 'language'];

/** The one place where things are edited: the selected source's fields and their origins. */
export function Inspector() {
  const { view } = useNavigation();
  if (view === 'claims') return <ClaimsInspector />;
  return <SourceInspector />;
}

/** On the Claims view the inspector judges the selected claim. */
function ClaimsInspector() {
  const { claimId } = useDeskSelection();
  const claim = useClaims().data?.claims.find((entry) => entry.id === claimId);
  return (
    <aside className="inspector" aria-label="Inspector">
      {claim ? (
        <ClaimInspector key={claim.id} claim={claim} />
      ) : (
        <p className="muted inspector-empty">Select a claim to set its verdict, tags and note, correct its mentions or split it.</p>
      )}
    </aside>
  );
}

function SourceInspector() {
  const { sourceId, sentenceId, view } = useNavigation();
  const source = useSource(sourceId);
  const { annotationId } = useDeskSelection();
  const annotation = useAnnotations().data?.find((entry) => entry.id === annotationId && entry.sourceId === sourceId);
  if (sourceId === null) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <p className="muted inspector-empty">Select a source to see where it came from and to correct its details.</p>
      </aside>
    );
  }
  const detail = source.data;
  const sentence = detail?.sentenceSpans.find((entry) => entry.id === sentenceId);
  return (
    <aside className="inspector" aria-label="Inspector">
      <ErrorNotice of={source} />
      {detail ? (
        <>
          <h2 className="inspector-heading">Source #{detail.id}</h2>
          {annotation && view === 'reader' ? <AnnotationInspector annotation={annotation} /> : null}
          {sentence && view === 'reader' ? (
            <section className="inspector-section" aria-label="Selected sentence">
              <h3>Selected sentence</h3>
              <p className="muted tabular">
                Sentence {sentence.ordinal + 1} · paragraph {sentence.paragraph + 1} · characters {sentence.start}–{sentence.end}
              </p>
            </section>
          ) : null}
          <GradeField sourceId={detail.id} />
          <section className="inspector-section" aria-label="Metadata">
            <h3>Metadata</h3>
            <dl className="fields">
              {editableFields.map((field) => (
                <MetadataField key={`${detail.id}-${field}`} source={detail} field={field} />
              ))}
            </dl>
          </section>
          <section className="inspector-section" aria-label="Original file">
            <h3>Original file</h3>
            <dl className="facts">
              <dt>File</dt>
              <dd className="break">{detail.fileName}</dd>
              <dt>Format</dt>
              <dd>
                {detail.format}, {detail.encoding}, {formatCount(detail.byteLength)} bytes
              </dd>
              <dt>Text</dt>
              <dd className="tabular">
                {formatCount(detail.words)} words, {formatCount(detail.sentences)} sentences, {detail.paragraphs.length} paragraphs
              </dd>
              <dt>Imported</dt>
              <dd className="tabular">{formatDateTime(detail.importedAt)}</dd>
              <dt>SHA-256</dt>
              <dd>
                <code className="hash is-full" aria-label="SHA-256 of the original bytes">
                  {detail.sha256}
                </code>
              </dd>
            </dl>
          </section>
          <DeleteSourceButton source={detail} />
        </>
      ) : (
        <p className="muted inspector-empty">Loading…</p>
      )}
    </aside>
  );
}
