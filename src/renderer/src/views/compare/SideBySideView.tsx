import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ComparisonResult } from '../../../../shared/comparison';
import type { SourceSummary } from '../../../../shared/domain';
import { useComparePair, useSource } from '../../bridge/queries';
import { useNavigation } from '../../navigation/NavigationContext';
import { DiffedSentence } from './DiffedSentence';
import type { ComparisonIndex } from './indexComparison';
import { formatShare, matchLabelText } from './matchLabels';
import { pairMatches, type PairMatch } from './pairMatches';
import { SentenceColumn, type Side } from './SentenceColumn';
import { SourcePicker } from './SourcePicker';
import { updateCompareState, useCompareState } from './useCompareState';
import { ErrorNotice } from '../parts/ErrorNotice';

interface Props {
  sources: readonly SourceSummary[];
  comparison: ComparisonResult;
  index: ComparisonIndex;
}

interface Link {
  key: string;
  label: PairMatch['label'];
  y1: number;
  y2: number;
}

/** The pair the analyst would look at first: the two sources sharing the most text. */
function mostSharedPair(comparison: ComparisonResult): [number, number] | null {
  let best: ComparisonResult['matrix'][number] | undefined;
  for (const row of comparison.matrix) if (!best || row.shared > best.shared) best = row;
  return best ? [best.a, best.b] : null;
}

export function SideBySideView({ sources, comparison, index }: Props) {
  const state = useCompareState();
  const fallback = useMemo(() => mostSharedPair(comparison), [comparison]);
  const leftId = state.left ?? fallback?.[0] ?? sources[0]?.id ?? null;
  const rightId = state.right ?? fallback?.[1] ?? sources[1]?.id ?? null;
  const left = useSource(leftId);
  const right = useSource(rightId);
  const pair = useComparePair(leftId, rightId);
  const matches = useMemo(() => pairMatches(pair.data), [pair.data]);
  // Hover and selection belong to one pair; choosing another pair forgets them.
  const pairKey = `${leftId}-${rightId}`;
  const [hovered, setHovered] = useState<{ pair: string; key: string | null }>({ pair: '', key: null });
  const [selected, setSelected] = useState<{ pair: string; key: string | null }>({ pair: '', key: null });
  const setHoveredKey = (key: string | null) => setHovered({ pair: pairKey, key });
  const setSelectedKey = (key: string | null) => setSelected({ pair: pairKey, key });
  const activeKey = (hovered.pair === pairKey ? hovered.key : null) ?? (selected.pair === pairKey ? selected.key : null);
  const active = matches.all.find((match) => match.key === activeKey);
  const navigation = useNavigation();

  const leftScroll = useRef<HTMLDivElement>(null);
  const rightScroll = useRef<HTMLDivElement>(null);
  const gutter = useRef<SVGSVGElement>(null);
  const driver = useRef<Side>('a');
  const [links, setLinks] = useState<Link[]>([]);

  const measureLinks = useCallback(() => {
    const svg = gutter.current;
    const a = leftScroll.current;
    const b = rightScroll.current;
    if (!svg || !a || !b) return;
    const { top, height } = svg.getBoundingClientRect();
    const next: Link[] = [];
    for (const match of matches.all) {
      const from = a.querySelector<HTMLElement>(`[data-sentence-id="${match.aSentence}"]`);
      const to = b.querySelector<HTMLElement>(`[data-sentence-id="${match.bSentence}"]`);
      if (!from || !to) continue;
      const fromRect = from.getBoundingClientRect();
      const toRect = to.getBoundingClientRect();
      const y1 = fromRect.top + Math.min(fromRect.height / 2, 14) - top;
      const y2 = toRect.top + Math.min(toRect.height / 2, 14) - top;
      if ((y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
      next.push({ key: match.key, label: match.label, y1, y2 });
    }
    setLinks(next);
  }, [matches]);

  // The column the analyst scrolls leads; the other brings the counterpart of its first
  // visible match level with it, so linked sentences stay side by side.
  const follow = useCallback(
    (side: Side) => {
      if (driver.current !== side) return;
      const lead = side === 'a' ? leftScroll.current : rightScroll.current;
      const other = side === 'a' ? rightScroll.current : leftScroll.current;
      if (!lead || !other) return;
      const byId = side === 'a' ? matches.left : matches.right;
      const anchor = [...lead.querySelectorAll<HTMLElement>('[data-matched="true"]')].find(
        (element) => element.offsetTop + element.offsetHeight > lead.scrollTop,
      );
      const match = anchor ? byId.get(Number(anchor.dataset.sentenceId)) : undefined;
      const counterpartId = match ? (side === 'a' ? match.bSentence : match.aSentence) : undefined;
      const counterpart = counterpartId ? other.querySelector<HTMLElement>(`[data-sentence-id="${counterpartId}"]`) : null;
      if (anchor && counterpart) level(anchor, counterpart, other);
      else {
        const leadRange = lead.scrollHeight - lead.clientHeight;
        other.scrollTop = leadRange > 0 ? (lead.scrollTop / leadRange) * (other.scrollHeight - other.clientHeight) : 0;
      }
    },
    [matches],
  );

  // A new pair opens at its first match, with the counterpart level on the other side.
  const openedPair = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = `${leftId}-${rightId}`;
    const a = leftScroll.current;
    if (!left.data || !right.data || !pair.data || openedPair.current === key || !a) return;
    openedPair.current = key;
    const first = a.querySelector<HTMLElement>('[data-matched="true"]');
    driver.current = 'a';
    a.scrollTop = first ? Math.max(0, first.offsetTop - 48) : 0;
    follow('a');
  }, [leftId, rightId, left.data, right.data, pair.data, follow]);

  useLayoutEffect(() => {
    measureLinks();
  }, [measureLinks, left.data, right.data, activeKey]);

  useEffect(() => {
    let frame = 0;
    const schedule = (side: Side) => () => {
      follow(side);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measureLinks);
    };
    const onLeft = schedule('a');
    const onRight = schedule('b');
    const a = leftScroll.current;
    const b = rightScroll.current;
    a?.addEventListener('scroll', onLeft, { passive: true });
    b?.addEventListener('scroll', onRight, { passive: true });
    const resize = new ResizeObserver(() => measureLinks());
    if (a) resize.observe(a);
    if (b) resize.observe(b);
    return () => {
      cancelAnimationFrame(frame);
      a?.removeEventListener('scroll', onLeft);
      b?.removeEventListener('scroll', onRight);
      resize.disconnect();
    };
  }, [follow, measureLinks, left.data, right.data]);

  const selectMatch = (side: Side, sentenceId: number, sourceId: number) => {
    const match = (side === 'a' ? matches.left : matches.right).get(sentenceId);
    setSelectedKey(match?.key ?? null);
    navigation.selectSource(sourceId);
    navigation.selectSentence(sentenceId);
    if (!match) return;
    // Bring the counterpart level with the chosen sentence.
    const lead = side === 'a' ? leftScroll.current : rightScroll.current;
    const other = side === 'a' ? rightScroll.current : leftScroll.current;
    const anchor = lead?.querySelector<HTMLElement>(`[data-sentence-id="${sentenceId}"]`);
    const counterpart = other?.querySelector<HTMLElement>(`[data-sentence-id="${side === 'a' ? match.bSentence : match.aSentence}"]`);
    if (lead && other && anchor && counterpart) {
      driver.current = side;
      level(anchor, counterpart, other);
    }
  };

  const jumpAcross = (side: Side, sentenceId: number) => {
    const match = (side === 'a' ? matches.left : matches.right).get(sentenceId);
    if (!match) return;
    const other = side === 'a' ? rightScroll.current : leftScroll.current;
    other?.querySelector<HTMLElement>(`[data-sentence-id="${side === 'a' ? match.bSentence : match.aSentence}"]`)?.focus();
  };

  const shareLeft = leftId !== null && rightId !== null ? index.share(leftId, rightId) : undefined;
  const shareRight = leftId !== null && rightId !== null ? index.share(rightId, leftId) : undefined;

  return (
    <div className="side-by-side">
      <div className="pair-pickers">
        <SourcePicker id="compare-left" label="Left source" sources={sources} value={leftId} onChange={(id) => updateCompareState({ left: id, right: rightId })} />
        <button
          type="button"
          className="button is-small"
          aria-label="Swap left and right"
          title="Swap left and right"
          onClick={() => updateCompareState({ left: rightId, right: leftId })}
        >
          ⇄
        </button>
        <SourcePicker id="compare-right" label="Right source" sources={sources} value={rightId} onChange={(id) => updateCompareState({ left: leftId, right: id })} />
        <span className="pair-summary muted tabular" aria-live="polite">
          {leftId === rightId
            ? 'Pick two different sources.'
            : `${matches.all.length} matched sentences · left in right ${formatShare(shareLeft?.shared ?? 0)} · right in left ${formatShare(shareRight?.shared ?? 0)}`}
        </span>
      </div>
      <ErrorNotice of={pair}>The matches of this pair could not be read.</ErrorNotice>
      <div className="pair-columns">
        <SentenceColumn
          side="a"
          source={left.data}
          matches={matches.left}
          activeKey={activeKey}
          scrollRef={leftScroll}
          onLead={() => (driver.current = 'a')}
          onHover={setHoveredKey}
          onSelect={(sentenceId) => leftId !== null && selectMatch('a', sentenceId, leftId)}
          onJumpAcross={(sentenceId) => jumpAcross('a', sentenceId)}
          share={shareLeft?.shared ?? 0}
        />
        <svg ref={gutter} className="pair-gutter" aria-hidden="true">
          {links.map((link) => (
            <path
              key={link.key}
              className={`gutter-link is-${link.label}${link.key === activeKey ? ' is-active' : ''}`}
              d={`M0,${link.y1} C28,${link.y1} 28,${link.y2} 56,${link.y2}`}
            />
          ))}
        </svg>
        <SentenceColumn
          side="b"
          source={right.data}
          matches={matches.right}
          activeKey={activeKey}
          scrollRef={rightScroll}
          onLead={() => (driver.current = 'b')}
          onHover={setHoveredKey}
          onSelect={(sentenceId) => rightId !== null && selectMatch('b', sentenceId, rightId)}
          onJumpAcross={(sentenceId) => jumpAcross('b', sentenceId)}
          share={shareRight?.shared ?? 0}
        />
      </div>
      <div className="pair-detail" aria-live="polite">
        {active && left.data && right.data ? (
          <MatchDetail match={active} leftText={sentenceText(left.data, active.aSentence)} rightText={sentenceText(right.data, active.bSentence)} />
        ) : (
          <span className="muted">Hover or select a marked sentence to see what changed; ←/→ jump to its counterpart, ↑/↓ to the next match.</span>
        )}
      </div>
    </div>
  );
}

/** Scrolls `other` so `counterpart` stands at the same height on screen as `anchor`. */
function level(anchor: HTMLElement, counterpart: HTMLElement, other: HTMLElement): void {
  other.scrollTop += counterpart.getBoundingClientRect().top - anchor.getBoundingClientRect().top;
}

function sentenceText(source: { text: string; sentenceSpans: { id: number; start: number; end: number }[] }, id: number): string {
  const span = source.sentenceSpans.find((sentence) => sentence.id === id);
  return span ? source.text.slice(span.start, span.end) : '';
}

function MatchDetail({ match, leftText, rightText }: { match: PairMatch; leftText: string; rightText: string }) {
  const changes = match.diff.filter((op) => op.op !== 'equal').length;
  return (
    <div className="match-detail">
      <span className={`match-chip is-${match.label}`}>{matchLabelText[match.label]}</span>
      <span className="muted tabular">
        score {match.score.toFixed(2)} · {changes === 0 ? 'no word changed' : `${changes} change${changes === 1 ? '' : 's'}`}
      </span>
      <p className="detail-line">
        <span className="detail-side">Left</span>
        <DiffedSentence text={leftText} match={match} side="a" />
      </p>
      <p className="detail-line">
        <span className="detail-side">Right</span>
        <DiffedSentence text={rightText} match={match} side="b" />
      </p>
    </div>
  );
}
