import { useMemo, useState } from 'react';
import type { ComparisonResult } from '../../../../shared/comparison';
import type { SourceSummary } from '../../../../shared/domain';
import { plural } from '../../format/formatValues';
import type { ComparisonIndex } from './indexComparison';
import { EvidenceTable } from './EvidenceTable';
import { OriginGraph } from './OriginGraph';
import { ReuseMatrix } from './ReuseMatrix';
import { updateCompareState } from './useCompareState';

interface Props {
  sources: readonly SourceSummary[];
  comparison: ComparisonResult;
  index: ComparisonIndex;
}

/** The reuse matrix and the origin graph: who shares text with whom, and who took it from whom. */
export function OverviewPanel({ sources, comparison, index }: Props) {
  const [isShowingAll, setIsShowingAll] = useState(false);
  const [activeEdge, setActiveEdge] = useState<string | null>(null);
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
  // Group members sit together so copying shows as blocks along the diagonal.
  const ordered = useMemo(() => {
    const position = new Map<number, number>();
    comparison.originGroups
      .slice()
      .sort((left, right) => right.length - left.length)
      .flat()
      .forEach((id, at) => position.set(id, at));
    return [...sources].sort((left, right) => (position.get(left.id) ?? 1e9) - (position.get(right.id) ?? 1e9) || left.id - right.id);
  }, [sources, comparison.originGroups]);
  const shown = isShowingAll ? ordered : ordered.filter((source) => index.reusingSources.has(source.id));
  const hidden = ordered.length - shown.length;
  const openPair = (left: number, right: number) => updateCompareState({ mode: 'side-by-side', left, right });

  return (
    <div className="overview">
      <section className="figure is-matrix" aria-labelledby="matrix-title">
        <header className="figure-head">
          <h2 id="matrix-title">Reuse matrix</h2>
          <p className="muted">
            Share of each row’s text found in the column’s source. Arrow keys move, Enter opens the pair side by side.
          </p>
          {hidden > 0 || isShowingAll ? (
            <button type="button" className="button is-small" aria-pressed={isShowingAll} onClick={() => setIsShowingAll((value) => !value)}>
              {isShowingAll ? 'Only sources that share text' : `Show all (${plural(hidden, 'source')} ${hidden === 1 ? 'shares' : 'share'} no text)`}
            </button>
          ) : null}
        </header>
        {shown.length === 0 ? (
          <p className="empty-state">No two sources share text: every source is its own origin.</p>
        ) : (
          <ReuseMatrix sources={shown} index={index} onOpenPair={openPair} />
        )}
      </section>
      <section className="figure is-graph" aria-labelledby="graph-title">
        <header className="figure-head">
          <h2 id="graph-title">Origin graph</h2>
          <p className="muted">
            {plural(comparison.originGroups.length, 'independent origin group')} among {plural(sources.length, 'source')}. Arrows
            run from the origin to the copy.
          </p>
        </header>
        <OriginGraph comparison={comparison} sourcesById={byId} activeKey={activeEdge} onActivate={setActiveEdge} onOpenPair={openPair} />
      </section>
      {comparison.edges.length > 0 ? (
        <section className="figure is-evidence" aria-labelledby="evidence-title">
          <h2 id="evidence-title">Copying evidence</h2>
          <EvidenceTable comparison={comparison} sourcesById={byId} activeKey={activeEdge} onOpenPair={openPair} />
        </section>
      ) : null}
    </div>
  );
}
