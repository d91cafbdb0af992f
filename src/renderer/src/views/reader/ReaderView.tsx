import { useEffect, useMemo, useRef, useState } from 'react';
import type { SentenceRecord, SourceDetail } from '../../../../shared/domain';
import { useAnnotations, useClaims, useComparison, useSource, useSources } from '../../bridge/queries';
import { HistoryButtons } from '../claims/HistoryButtons';
import { selectAnnotation, selectClaim, useDeskSelection } from '../claims/deskSelection';
import { useDeskMutation } from '../claims/useDeskMutations';
import { markSpans, textOffsetOf, type AnnotationSpan, type ClaimSpan } from './markSpans';
import { formatPublished, kindLabels, plural } from '../../format/formatValues';
import { useNavigation } from '../../navigation/NavigationContext';
import { ErrorNotice } from '../parts/ErrorNotice';

export function ReaderView() {
  const { sourceId, sentenceId, selectSource, selectSentence, showView, focusRequest } = useNavigation();
  const sources = useSources();
  const source = useSource(sourceId);
  const [isShowingRemoved, setIsShowingRemoved] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const createAnnotation = useDeskMutation('annotations:create');

  // A selection of text inside the article can be highlighted; anything else clears the offer.
  useEffect(() => {
    const onSelectionChange = () => {
      const selection = window.getSelection();
      const container = textRef.current;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !container) return setPending(null);
      const range = selection.getRangeAt(0);
      if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return setPending(null);
      const start = textOffsetOf(range.startContainer, range.startOffset);
      const end = textOffsetOf(range.endContainer, range.endOffset);
      setPending(start !== null && end !== null && end > start ? { start, end } : null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  const highlight = () => {
    if (!pending || sourceId === null) return;
    createAnnotation.mutate(
      { sourceId, start: pending.start, end: pending.end },
      {
        onSuccess: (annotation) => {
          window.getSelection()?.removeAllRanges();
          setPending(null);
          selectAnnotation(annotation.id);
        },
      },
    );
  };

  // A jump from search (or any selection) brings its sentence into view and focus.
  useEffect(() => {
    if (!source.data) return;
    const target =
      sentenceId !== null ? textRef.current?.querySelector<HTMLElement>(`[data-sentence-id="${sentenceId}"]`) : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    } else if (focusRequest > 0) {
      textRef.current?.focus({ preventScroll: true });
    }
  }, [source.data, sentenceId, focusRequest]);

  if (sourceId === null) {
    return (
      <div className="empty-state">
        <h1>Reader</h1>
        <p>Pick a source in the Library to read it with its provenance.</p>
        <button type="button" className="button is-primary" onClick={() => showView('library')}>
          Open the Library
        </button>
      </div>
    );
  }

  return (
    <div className="reader">
      <header className="view-toolbar">
        <label htmlFor="reader-source" className="visually-hidden">
          Source
        </label>
        <select
          id="reader-source"
          className="source-picker"
          value={sourceId}
          onChange={(event) => selectSource(Number(event.target.value))}
        >
          {(sources.data ?? []).map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button is-primary is-small"
          disabled={!pending || createAnnotation.isPending}
          title={pending ? 'Highlight the selected passage; add a note, tags and a claim in the Inspector' : 'Select text in the article to highlight it'}
          onMouseDown={(event) => event.preventDefault()}
          onClick={highlight}
        >
          Highlight{pending ? ` ${pending.end - pending.start} characters` : ''}
        </button>
        <span className="reader-legend" aria-hidden="true">
          <span>
            <span className="legend-swatch is-claim" />
            claim
          </span>
          <span>
            <span className="legend-swatch is-annotation" />
            highlight
          </span>
        </span>
        <span className="toolbar-spacer" />
        <HistoryButtons />
        {source.data ? (
          <button
            type="button"
            className="button"
            aria-pressed={isShowingRemoved}
            aria-controls={isShowingRemoved ? 'removed-lines' : undefined}
            onClick={() => setIsShowingRemoved((value) => !value)}
          >
            {isShowingRemoved ? 'Hide' : 'Show'} removed page furniture ({source.data.removed.length})
          </button>
        ) : null}
      </header>
      <ErrorNotice of={createAnnotation}>The passage could not be highlighted.</ErrorNotice>
      <ErrorNotice of={source}>This source could not be opened.</ErrorNotice>
      {source.data ? (
        <div ref={textRef} className="reader-scroll" tabIndex={0} role="region" aria-label="Text">
          <article className="reading" aria-labelledby="reader-title">
            <h1 id="reader-title" className="reading-title">
              {source.data.title}
            </h1>
            <p className="reading-meta">
              {[
                source.data.outlet,
                formatPublished(source.data.publishedAt),
                source.data.byline,
                kindLabels[source.data.kind],
                plural(source.data.words, 'word'),
              ]
                .filter((part) => part && part !== '—')
                .join(' · ')}
            </p>
            {isShowingRemoved ? <RemovedLines source={source.data} /> : null}
            <div className="reading-text">
              <SourceText source={source.data} selectedSentenceId={sentenceId} onSelect={selectSentence} />
            </div>
          </article>
        </div>
      ) : source.isPending ? (
        <p className="muted loading">Opening…</p>
      ) : null}
    </div>
  );
}

function RemovedLines({ source }: { source: SourceDetail }) {
  return (
    <section id="removed-lines" className="removed-lines" aria-label="Removed page furniture">
      <h2>Removed page furniture</h2>
      {source.removed.length === 0 ? (
        <p className="muted">Nothing was removed: the file held only the article.</p>
      ) : (
        <>
          <p className="muted">
            These lines of {source.fileName} were taken out as page furniture rather than article text. The original bytes
            are kept unchanged.
          </p>
          <ol>
            {source.removed.map((line) => (
              <li key={line.line}>
                <span className="line-number tabular">line {line.line}</span>
                <span className="removed-text">{line.text}</span>
                <span className="badge">{line.reason}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/**
 * The clean text by paragraph; each sentence can be hovered, focused and selected. Claim
 * mentions are underlined, the analyst's highlights filled, and sentences the comparison
 * matched in other sources carry a label that jumps to the counterpart.
 */
function SourceText(props: {
  source: SourceDetail;
  selectedSentenceId: number | null;
  onSelect: (sentenceId: number | null) => void;
}) {
  const { source, selectedSentenceId, onSelect } = props;
  const { openSource } = useNavigation();
  const { annotationId } = useDeskSelection();
  const paragraphs = useMemo(() => groupByParagraph(source), [source]);
  const claims = useClaims().data?.claims;
  const annotations = useAnnotations().data;
  const comparison = useComparison().data;
  const sourceTitles = new Map((useSources().data ?? []).map((entry) => [entry.id, entry.outlet ?? `Source ${entry.id}`]));
  const claimSpans = useMemo<ClaimSpan[]>(
    () =>
      (claims ?? []).flatMap((claim) =>
        claim.mentions
          .filter((mention) => mention.source === source.id)
          .map((mention) => ({
            id: claim.id,
            text: claim.text,
            isBroad: claim.kind === 'event' || claim.kind === 'statement',
            stance: mention.stance,
            start: mention.start,
            end: mention.end,
          })),
      ),
    [claims, source.id],
  );
  const annotationSpans = useMemo<AnnotationSpan[]>(
    () => (annotations ?? []).filter((entry) => entry.sourceId === source.id && !entry.isOrphaned),
    [annotations, source.id],
  );
  const counterparts = useMemo(() => {
    const bySentence = new Map<number, { source: number; sentence: number; label: string }[]>();
    for (const alignment of comparison?.alignments ?? []) {
      const [mine, other] =
        alignment.a === source.id
          ? [alignment.aSentence, { source: alignment.b, sentence: alignment.bSentence, label: alignment.label }]
          : alignment.b === source.id
            ? [alignment.bSentence, { source: alignment.a, sentence: alignment.aSentence, label: alignment.label }]
            : [null, null];
      if (mine === null || other === null) continue;
      bySentence.set(mine, [...(bySentence.get(mine) ?? []), other]);
    }
    return bySentence;
  }, [comparison, source.id]);

  return paragraphs.map(({ key, sentences, fallback }) => (
    <p key={key}>
      {sentences.length === 0
        ? fallback
        : sentences.map((sentence, index) => {
            const matches = counterparts.get(sentence.id) ?? [];
            return (
              <span key={sentence.id}>
                {index > 0 ? ' ' : null}
                <span
                  className="sentence"
                  data-sentence-id={sentence.id}
                  aria-current={sentence.id === selectedSentenceId ? 'true' : undefined}
                  tabIndex={sentence.id === selectedSentenceId ? 0 : -1}
                  onClick={() => {
                    // A drag that selected text is a selection, not a click on the sentence.
                    if (!(window.getSelection()?.isCollapsed ?? true)) return;
                    onSelect(sentence.id === selectedSentenceId ? null : sentence.id);
                  }}
                >
                  {markSpans(sentence.start, sentence.end, claimSpans, annotationSpans).map((segment) => {
                    const text = source.text.slice(segment.start, segment.end);
                    const classes = [
                      segment.claims.length > 0 ? 'claim-mark' : '',
                      segment.claims.length > 0 && segment.claims.every((claim) => claim.isBroad) ? 'is-broad' : '',
                      segment.claims.some((claim) => claim.stance === 'contradicts') ? 'is-contradicts' : '',
                      segment.annotationIds.length > 0 ? 'annotation-mark' : '',
                      annotationId !== null && segment.annotationIds.includes(annotationId) ? 'is-selected' : '',
                    ]
                      .filter(Boolean)
                      .join(' ');
                    const title = segment.claims.map((claim) => `${claim.stance === 'contradicts' ? '✕' : '✓'} ${claim.text}`).join('\n');
                    return (
                      <span
                        key={segment.start}
                        data-offset={segment.start}
                        className={classes || undefined}
                        title={title || undefined}
                        data-annotation-id={segment.annotationIds[0]}
                        data-claim-ids={segment.claims.map((claim) => claim.id).join(' ') || undefined}
                        onClick={
                          segment.annotationIds.length > 0 || segment.claims.length > 0
                            ? (event) => {
                                if (!(window.getSelection()?.isCollapsed ?? true)) return;
                                if (segment.annotationIds[0] !== undefined) {
                                  selectAnnotation(segment.annotationIds[0]);
                                  event.stopPropagation();
                                }
                                if (segment.claims[0]) selectClaim(segment.claims[0].id);
                              }
                            : undefined
                        }
                      >
                        {text}
                      </span>
                    );
                  })}
                </span>
                {matches.length > 0 ? (
                  <span className="align-labels">
                    {matches.slice(0, 3).map((match) => (
                      <button
                        key={`${match.source}-${match.sentence}`}
                        type="button"
                        className={`align-label is-${match.label}`}
                        title={`${match.label} match in ${sourceTitles.get(match.source) ?? `source ${match.source}`}: open it`}
                        onClick={() => openSource(match.source, match.sentence)}
                      >
                        {match.label} · {sourceTitles.get(match.source) ?? `#${match.source}`}
                      </button>
                    ))}
                    {matches.length > 3 ? <span className="muted"> +{matches.length - 3}</span> : null}
                  </span>
                ) : null}
              </span>
            );
          })}
    </p>
  ));
}

function groupByParagraph(source: SourceDetail): { key: number; sentences: SentenceRecord[]; fallback: string }[] {
  return source.paragraphs.map((span, index) => ({
    key: index,
    sentences: source.sentenceSpans.filter((sentence) => sentence.start >= span.start && sentence.end <= span.end),
    fallback: source.text.slice(span.start, span.end),
  }));
}
