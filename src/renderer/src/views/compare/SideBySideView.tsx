import { useMemo, useState } from 'react';
import type { ComparisonResult } from '../../../../shared/comparison';
import type { SourceSummary } from '../../../../shared/domain';
import { useComparePair, useSource } from '../../bridge/queries';
import { useNavigation } from '../../navigation/NavigationContext';
import type { ComparisonIndex } from './indexComparison';
import { formatShare } from './matchLabels';
import { MatchDetail } from './MatchDetail';
import { pairMatches } from './pairMatches';
import { SentenceColumn, type Side } from './SentenceColumn';
import { SourcePicker } from './SourcePicker';
import { updateCompareState, useCompareState } from './useCompareState';
import { usePairScrolling } from './usePairScrolling';
import { ErrorNotice } from '../parts/ErrorNotice';

interface Props {
  sources: readonly SourceSummary[];
  comparison: ComparisonResult;
  index: ComparisonIndex;
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

  const { leftScroll, rightScroll, gutter, links, lead, levelCounterpart } = usePairScrolling({
    pairKey,
    matches,
    activeKey,
    left: left.data,
    right: right.data,
    pair: pair.data,
  });

  const selectMatch = (side: Side, sentenceId: number, sourceId: number) => {
    const match = (side === 'a' ? matches.left : matches.right).get(sentenceId);
    setSelectedKey(match?.key ?? null);
    navigation.selectSource(sourceId);
    navigation.selectSentence(sentenceId);
    if (match) levelCounterpart(side, sentenceId, side === 'a' ? match.bSentence : match.aSentence);
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
          onLead={() => lead('a')}
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
          onLead={() => lead('b')}
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

function sentenceText(source: { text: string; sentenceSpans: { id: number; start: number; end: number }[] }, id: number): string {
  const span = source.sentenceSpans.find((sentence) => sentence.id === id);
  return span ? source.text.slice(span.start, span.end) : '';
}
