import { useEffect, useMemo, useRef, useState } from 'react';
import type { SentenceRecord, SourceDetail } from '../../../../shared/domain';
import { messageOf } from '../../bridge/callBridge';
import { useSource, useSources } from '../../bridge/queries';
import { formatPublished, kindLabels, plural } from '../../format/formatValues';
import { useNavigation } from '../../navigation/NavigationContext';

export function ReaderView() {
  const { sourceId, sentenceId, selectSource, selectSentence, showView, focusRequest } = useNavigation();
  const sources = useSources();
  const source = useSource(sourceId);
  const [isShowingRemoved, setIsShowingRemoved] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);

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
        <span className="toolbar-spacer" />
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
      {source.isError ? (
        <p className="notice is-error" role="alert">
          This source could not be opened. {messageOf(source.error)}
        </p>
      ) : null}
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

/** The clean text by paragraph; each sentence can be hovered, focused and selected. */
function SourceText(props: {
  source: SourceDetail;
  selectedSentenceId: number | null;
  onSelect: (sentenceId: number | null) => void;
}) {
  const { source, selectedSentenceId, onSelect } = props;
  const paragraphs = useMemo(() => groupByParagraph(source), [source]);
  return paragraphs.map(({ key, sentences, fallback }) => (
    <p key={key}>
      {sentences.length === 0
        ? fallback
        : sentences.map((sentence, index) => (
            <span key={sentence.id}>
              {index > 0 ? ' ' : null}
              <span
                className="sentence"
                data-sentence-id={sentence.id}
                aria-current={sentence.id === selectedSentenceId ? 'true' : undefined}
                tabIndex={sentence.id === selectedSentenceId ? 0 : -1}
                onClick={() => onSelect(sentence.id === selectedSentenceId ? null : sentence.id)}
              >
                {source.text.slice(sentence.start, sentence.end)}
              </span>
            </span>
          ))}
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
