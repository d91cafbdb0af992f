import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SourceDetail } from '../../../../shared/domain';
import { callBridge } from '../../bridge/callBridge';
import { queryKeys, useComparison } from '../../bridge/queries';
import { formatPublished } from '../../format/formatValues';
import { useNavigation } from '../../navigation/NavigationContext';
import { credibilityLabel, kindLabels, statusLabels, type ClaimMentionRow, type ClaimRow } from './claimLabels';
import { diffWords } from './diffWords';
import { OriginGraph } from './OriginGraph';
import { useSourceInfo, type SourceInfo } from './useSourceInfo';

/** The sentence (or sentences) around a span, and the span's place in it. */
function contextOf(source: SourceDetail, mention: ClaimMentionRow): { before: string; after: string; sentenceId: number | null } {
  const sentences = source.sentenceSpans;
  const first = sentences.find((sentence) => sentence.start <= mention.start && mention.start < sentence.end);
  const last = sentences.find((sentence) => sentence.start < mention.end && mention.end <= sentence.end) ?? first;
  const start = Math.min(first?.start ?? mention.start, mention.start);
  const end = Math.max(last?.end ?? mention.end, mention.end);
  return { before: source.text.slice(start, mention.start), after: source.text.slice(mention.end, end), sentenceId: first?.id ?? null };
}

/**
 * Every mention of the selected claim in its sentence, side by side, with the words that differ
 * from the reference wording (the first supporting mention) struck through or underlined; why
 * each contradiction contradicts; and the origin graph of the claim's sources.
 */
export function ClaimDetail({ claim, onClose, focusRequest }: { claim: ClaimRow; onClose: () => void; focusRequest: number }) {
  const sources = useSourceInfo();
  const comparison = useComparison().data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sourceIds = [...new Set(claim.mentions.map((mention) => mention.source))];
  const details = useQueries({
    queries: sourceIds.map((id) => ({ queryKey: queryKeys.source(id), queryFn: () => callBridge('sources:get', { id }) })),
  });
  const detailById = new Map(details.flatMap((query) => (query.data ? [[query.data.id, query.data] as const] : [])));
  const reference = claim.mentions.find((mention) => mention.stance === 'supports') ?? claim.mentions[0];

  useEffect(() => {
    if (focusRequest > 0) headingRef.current?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      onClose();
      event.preventDefault();
    }
  };

  return (
    <section className="claim-detail" aria-label="Claim detail" onKeyDown={onKeyDown}>
      <header className="claim-detail-header">
        <div>
          <p className="claim-detail-meta">
            <span className="badge is-plain">{kindLabels[claim.kind]}</span>
            <span className={`status is-${claim.status}`}>{statusLabels[claim.status]}</span>
            {claim.speaker ? <span>Speaker: {claim.speaker}</span> : null}
            {claim.value ? <span>Value: {claim.value}</span> : null}
          </p>
          <h2 ref={headingRef} tabIndex={-1} className="claim-detail-title">
            {claim.text}
          </h2>
          <p className="claim-detail-reason">
            <span>Proposed {credibilityLabel(claim.credibility.proposed)}</span>
            <span className="muted"> — {claim.credibility.reason}</span>
            {claim.judgement.verdict !== null ? <span> · Analyst: {credibilityLabel(claim.judgement.verdict)}</span> : null}
          </p>
        </div>
        <button type="button" className="button is-small" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </header>
      <div className="claim-detail-body">
        <ol className="mention-grid" aria-label="Mentions">
          {claim.mentions.map((mention) => (
            <MentionCard
              key={`${mention.source}:${mention.start}:${mention.end}`}
              mention={mention}
              source={sources.get(mention.source)}
              detail={detailById.get(mention.source)}
              reference={mention === reference ? null : (reference ?? null)}
            />
          ))}
        </ol>
        <OriginGraph claim={claim} comparison={comparison} sources={sources} />
      </div>
    </section>
  );
}

function MentionCard(props: { mention: ClaimMentionRow; source: SourceInfo | undefined; detail: SourceDetail | undefined; reference: ClaimMentionRow | null }) {
  const { mention, source, detail, reference } = props;
  const { openSource } = useNavigation();
  const context = detail ? contextOf(detail, mention) : null;
  const parts = reference ? diffWords(reference.text, mention.text) : [{ text: mention.text, kind: 'same' as const }];
  const hasDifference = parts.some((part) => part.kind !== 'same');
  return (
    <li className={`mention-card is-${mention.stance}`} data-source-id={mention.source}>
      <p className="mention-head">
        <span className={`stance-chip is-${mention.stance}`}>{mention.stance === 'supports' ? '✓ Supports' : '✕ Contradicts'}</span>
        <span className="mention-source" title={source?.title}>
          {source?.label ?? `Source ${mention.source}`}
        </span>
        <span className="badge" title={`Reliability ${source?.grade ?? 'F'}`}>
          {source?.grade ?? 'F'}
        </span>
        <span className="muted tabular">{formatPublished(source?.publishedAt ?? null)}</span>
      </p>
      <p className="mention-context">
        {context ? <span className="context-text">{context.before}</span> : null}
        <mark className={`mention-span ${hasDifference ? 'has-difference' : ''}`}>
          {parts.map((part, index) => (
            <span key={index}>
              {index > 0 ? ' ' : null}
              {part.kind === 'inserted' ? (
                <ins title="differs from the reference wording">{part.text}</ins>
              ) : part.kind === 'deleted' ? (
                <del title="in the reference wording, not here">{part.text}</del>
              ) : (
                part.text
              )}
            </span>
          ))}
        </mark>
        {context ? <span className="context-text">{context.after}</span> : null}
      </p>
      {mention.reason ? <p className="mention-reason">✕ {mention.reason}</p> : null}
      {!reference ? <p className="mention-note muted">Reference wording</p> : null}
      <button type="button" className="button is-small is-quiet" onClick={() => openSource(mention.source, context?.sentenceId ?? null)}>
        Open in Reader
      </button>
    </li>
  );
}
