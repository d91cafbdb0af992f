import { useMemo, type KeyboardEvent } from 'react';
import type { SourceSummary } from '../../../../shared/domain';
import { AnalysisRunNotice, AnalysisRunProgress } from '../../analysis/AnalysisRunControls';
import { useAnalysisRun } from '../../analysis/useAnalysisRun';
import { useComparison, useSources } from '../../bridge/queries';
import { plural } from '../../format/formatValues';
import { CollationView } from './CollationView';
import { indexComparison } from './indexComparison';
import { MatchLegend } from './MatchLegend';
import { OverviewPanel } from './OverviewPanel';
import { SideBySideView } from './SideBySideView';
import { updateCompareState, useCompareState, type CompareMode } from './useCompareState';
import { ErrorNotice } from '../parts/ErrorNotice';

const modes: readonly { id: CompareMode; label: string }[] = [
  { id: 'overview', label: 'Reuse overview' },
  { id: 'side-by-side', label: 'Side by side' },
  { id: 'collation', label: 'Collation' },
];

const noSources: SourceSummary[] = [];

export function CompareView() {
  const { mode } = useCompareState();
  const sources = useSources();
  const comparison = useComparison();
  const analysis = useAnalysisRun();
  const index = useMemo(() => (comparison.data ? indexComparison(comparison.data) : null), [comparison.data]);
  const sourceList = sources.data ?? noSources;
  const notCompared = index ? sourceList.filter((source) => !index.comparedSources.has(source.id)).length : 0;
  const isEmpty = index !== null && index.comparedSources.size === 0;

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, position: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = modes[(position + (event.key === 'ArrowRight' ? 1 : modes.length - 1)) % modes.length];
    if (!next) return;
    updateCompareState({ mode: next.id });
    document.getElementById(`compare-tab-${next.id}`)?.focus();
    event.preventDefault();
  };

  return (
    <div className="compare">
      <header className="view-toolbar">
        <h1>Compare</h1>
        <div role="tablist" aria-label="Compare mode" className="segmented">
          {modes.map((entry, position) => (
            <button
              key={entry.id}
              id={`compare-tab-${entry.id}`}
              type="button"
              role="tab"
              aria-selected={mode === entry.id}
              aria-controls="compare-panel"
              tabIndex={mode === entry.id ? 0 : -1}
              className="segment"
              onClick={() => updateCompareState({ mode: entry.id })}
              onKeyDown={(event) => onTabKeyDown(event, position)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        {analysis.isRunning ? (
          <AnalysisRunProgress run={analysis} />
        ) : notCompared > 0 && !isEmpty ? (
          <span className="muted" role="status">
            {plural(notCompared, 'source')} not yet compared
          </span>
        ) : null}
        {analysis.isRunning ? null : (
          <button
            type="button"
            className={`button${isEmpty || notCompared > 0 ? ' is-primary' : ''}`}
            onClick={analysis.start}
            disabled={sourceList.length < 2}
          >
            Run analysis
          </button>
        )}
      </header>
      <AnalysisRunNotice run={analysis} showSummary={false} />
      <ErrorNotice of={comparison}>The comparison could not be read.</ErrorNotice>
      <div id="compare-panel" role="tabpanel" aria-labelledby={`compare-tab-${mode}`} className="compare-panel">
        {sources.isSuccess && sourceList.length < 2 ? (
          <div className="empty-state">
            <p>Comparing needs at least two sources; import more in the Library.</p>
          </div>
        ) : isEmpty ? (
          <div className="empty-state">
            <p>These {plural(sourceList.length, 'source')} have not been compared yet.</p>
            <button type="button" className="button is-primary" onClick={analysis.start} disabled={analysis.isRunning}>
              {analysis.isRunning ? 'Analysing…' : 'Run analysis'}
            </button>
          </div>
        ) : index && comparison.data && sources.data ? (
          mode === 'overview' ? (
            <OverviewPanel sources={sources.data} comparison={comparison.data} index={index} />
          ) : mode === 'side-by-side' ? (
            <SideBySideView sources={sources.data} comparison={comparison.data} index={index} />
          ) : (
            <CollationView sources={sources.data} index={index} />
          )
        ) : (
          <p className="muted loading">Reading the comparison…</p>
        )}
      </div>
      {mode !== 'overview' ? <MatchLegend /> : null}
    </div>
  );
}
