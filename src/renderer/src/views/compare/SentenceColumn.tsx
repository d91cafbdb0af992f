import type { KeyboardEvent, RefObject } from 'react';
import type { SourceDetail } from '../../../../shared/domain';
import { formatPublished, kindLabels, plural } from '../../format/formatValues';
import { DiffedSentence } from './DiffedSentence';
import { formatShare, matchLabelText } from './matchLabels';
import type { PairMatch } from './pairMatches';

export type Side = 'a' | 'b';

interface Props {
  side: Side;
  source: SourceDetail | undefined;
  matches: ReadonlyMap<number, PairMatch>;
  activeKey: string | null;
  scrollRef: RefObject<HTMLDivElement | null>;
  share: number;
  onLead(): void;
  onHover(key: string | null): void;
  onSelect(sentenceId: number): void;
  onJumpAcross(sentenceId: number): void;
}

/** One source's text, sentence by sentence, each marked by its closest relation to the other side. */
export function SentenceColumn(props: Props) {
  const { side, source, matches, activeKey, scrollRef, share } = props;
  const heading = side === 'a' ? 'Left' : 'Right';
  if (!source) {
    return (
      <section className="pair-column" aria-label={`${heading} text`}>
        <p className="muted loading">Opening…</p>
      </section>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, sentenceId: number) => {
    const target = event.currentTarget;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const all = [...(scrollRef.current?.querySelectorAll<HTMLElement>('[data-matched="true"]') ?? [])];
      const next = all[all.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
      next?.focus();
      event.preventDefault();
    } else if (event.key === (side === 'a' ? 'ArrowRight' : 'ArrowLeft')) {
      props.onJumpAcross(sentenceId);
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      props.onSelect(sentenceId);
      event.preventDefault();
    }
  };

  const length = Math.max(1, source.text.length);
  return (
    <section className="pair-column" aria-labelledby={`pair-title-${side}`}>
      <header className="pair-column-head">
        <h2 id={`pair-title-${side}`} className="pair-title">
          <span className="pair-side">{heading}</span> #{source.id} {source.title}
        </h2>
        <p className="reading-meta">
          {[source.outlet, formatPublished(source.publishedAt), kindLabels[source.kind], plural(source.words, 'word')]
            .filter((part) => part && part !== '—')
            .join(' · ')}
          {' · '}
          <strong className="tabular">{formatShare(share)}</strong> found on the other side
        </p>
      </header>
      <div className="pair-body">
        <div
          ref={scrollRef}
          className="pair-scroll"
          onWheel={props.onLead}
          onPointerDown={props.onLead}
          onFocusCapture={props.onLead}
          onKeyDownCapture={props.onLead}
          tabIndex={-1}
        >
          <div className="pair-text">
            {source.sentenceSpans.map((sentence, at) => {
              const match = matches.get(sentence.id);
              const isParagraphStart = sentence.paragraph !== source.sentenceSpans[at - 1]?.paragraph;
              const isActive = match !== undefined && match.key === activeKey;
              const text = source.text.slice(sentence.start, sentence.end);
              const label = match?.label ?? 'unique';
              return (
                <div
                  key={sentence.id}
                  className={`cmp-sentence match is-${label}${isParagraphStart ? ' is-paragraph-start' : ''}${isActive ? ' is-active' : ''}`}
                  data-sentence-id={sentence.id}
                  data-label={label}
                  data-matched={match ? 'true' : undefined}
                  tabIndex={match ? 0 : -1}
                  onMouseEnter={match ? () => props.onHover(match.key) : undefined}
                  onMouseLeave={match ? () => props.onHover(null) : undefined}
                  onClick={() => props.onSelect(sentence.id)}
                  onKeyDown={(event) => onKeyDown(event, sentence.id)}
                >
                  <span className="visually-hidden">{matchLabelText[label]}: </span>
                  {isActive ? <DiffedSentence text={text} match={match} side={side} /> : text}
                </div>
              );
            })}
          </div>
        </div>
        <div className="mini-map" aria-hidden="true" title="Where the matches are">
          {source.sentenceSpans.map((sentence) => {
            const match = matches.get(sentence.id);
            return (
              <div
                key={sentence.id}
                className={`mini-tick is-${match?.label ?? 'unique'}`}
                style={{
                  top: `${(sentence.start / length) * 100}%`,
                  height: `max(2px, ${((sentence.end - sentence.start) / length) * 100}%)`,
                }}
                onClick={() =>
                  scrollRef.current
                    ?.querySelector<HTMLElement>(`[data-sentence-id="${sentence.id}"]`)
                    ?.scrollIntoView({ block: 'center' })
                }
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
