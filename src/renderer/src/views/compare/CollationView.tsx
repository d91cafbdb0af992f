import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { SourceDetail, SourceSummary } from '../../../../shared/domain';
import { callBridge } from '../../bridge/callBridge';
import { compareQueryKeys, queryKeys } from '../../bridge/queries';
import { plural } from '../../format/formatValues';
import { DiffedSentence } from './DiffedSentence';
import type { ComparisonIndex } from './indexComparison';
import { matchLabelText } from './matchLabels';
import { pairMatches, type SideMatches } from './pairMatches';
import { SourcePicker } from './SourcePicker';
import { sourceShortName } from './sourceShortName';
import { updateCompareState, useCompareState } from './useCompareState';

interface Props {
  sources: readonly SourceSummary[];
  index: ComparisonIndex;
}

const defaultColumns = 6;

/** The sources sharing the most sentences with the base, so the first view already says something. */
function defaultCollated(base: number, sources: readonly SourceSummary[], index: ComparisonIndex): number[] {
  return sources
    .filter((source) => source.id !== base)
    .map((source) => ({ id: source.id, shared: index.share(base, source.id)?.shared ?? 0 }))
    .filter((entry) => entry.shared > 0)
    .sort((left, right) => right.shared - left.shared)
    .slice(0, defaultColumns)
    .map((entry) => entry.id);
}

/** One row per sentence of the base source, one column per source: who carries it, who changed it. */
export function CollationView({ sources, index }: Props) {
  const state = useCompareState();
  const base = state.base ?? mostConnected(sources, index) ?? sources[0]?.id ?? 0;
  const collated = useMemo(
    () => (state.collated ?? defaultCollated(base, sources, index)).filter((id) => id !== base),
    [state.collated, base, sources, index],
  );
  const [isOnlyShared, setIsOnlyShared] = useState(false);
  // The chooser lists every source of the case; it is built when opened, not on every visit.
  const [isChooserOpen, setIsChooserOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const byId = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);

  const details = useQueries({
    queries: [base, ...collated].map((id) => ({
      queryKey: queryKeys.source(id),
      queryFn: () => callBridge('sources:get', { id }),
    })),
  });
  const pairs = useQueries({
    queries: collated.map((id) => ({
      queryKey: compareQueryKeys.pair(base, id),
      queryFn: () => callBridge('compare:pair', { a: base, b: id }),
    })),
  });
  const baseDetail = details[0]?.data;
  const detailById = new Map<number, SourceDetail>();
  for (const query of details) if (query.data) detailById.set(query.data.id, query.data);
  const matchesById = new Map<number, SideMatches>();
  collated.forEach((id, at) => {
    const data = pairs[at]?.data;
    if (data) matchesById.set(id, pairMatches(data));
  });

  const toggle = (id: number) => {
    const next = collated.includes(id) ? collated.filter((other) => other !== id) : [...collated, id];
    updateCompareState({ collated: next });
  };
  const candidates = sources.filter(
    (source) => source.id !== base && (filter === '' || sourceShortName(source, 200).toLowerCase().includes(filter.toLowerCase()) || source.title.toLowerCase().includes(filter.toLowerCase())),
  );

  const rows = (baseDetail?.sentenceSpans ?? []).map((sentence) => {
    const carriers = collated.filter((id) => matchesById.get(id)?.left.has(sentence.id));
    return { sentence, carriers };
  });
  const shownRows = isOnlyShared ? rows.filter((row) => row.carriers.length > 0) : rows;

  return (
    <div className="collation">
      <div className="pair-pickers">
        <SourcePicker
          id="collation-base"
          label="Base"
          sources={sources}
          value={base}
          onChange={(id) => updateCompareState({ base: id, collated: null })}
        />
        <details className="column-chooser" onToggle={(event) => setIsChooserOpen(event.currentTarget.open)}>
          <summary className="button is-small">Sources ({collated.length})</summary>
          {isChooserOpen ? (
            <div className="chooser-panel">
              <input type="search" aria-label="Filter sources to collate" placeholder="Filter…" value={filter} onChange={(event) => setFilter(event.target.value)} />
              <ul>
                {candidates.map((source) => {
                  const shared = index.share(base, source.id)?.shared ?? 0;
                  return (
                    <li key={source.id}>
                      <label>
                        <input type="checkbox" checked={collated.includes(source.id)} onChange={() => toggle(source.id)} />
                        {sourceShortName(source, 30)}
                        <span className="muted tabular"> {shared > 0 ? `${Math.round(shared * 100)}% shared` : 'nothing shared'}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </details>
        <label className="checkbox-label">
          <input type="checkbox" checked={isOnlyShared} onChange={(event) => setIsOnlyShared(event.target.checked)} />
          Only passages another source carries
        </label>
        <span className="pair-summary muted tabular">
          {plural(shownRows.length, 'passage')} · {plural(collated.length + 1, 'source')}
        </span>
      </div>
      {collated.length === 0 ? (
        <p className="empty-state">No other source shares text with this one; add sources with the Sources button to collate them anyway.</p>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Passages">
        <table className="data-table collation-table" aria-label="Collation">
          <thead>
            <tr>
              <th scope="col" className="is-numeric">
                Carried by
              </th>
              {[base, ...collated].map((id) => {
                const source = byId.get(id);
                return (
                  <th key={id} scope="col" title={source?.title}>
                    {source ? sourceShortName(source) : `#${id}`}
                    {id === base ? <span className="badge">base</span> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shownRows.map(({ sentence, carriers }) => (
              <tr key={sentence.id} data-sentence-id={sentence.id} className={carriers.length === 0 ? 'is-unique' : undefined}>
                <td className="is-numeric tabular carried">
                  {carriers.length}/{collated.length}
                </td>
                <td className="collation-cell is-base">{baseDetail ? baseDetail.text.slice(sentence.start, sentence.end) : ''}</td>
                {collated.map((id) => {
                  const match = matchesById.get(id)?.left.get(sentence.id);
                  const detail = detailById.get(id);
                  const span = match ? detail?.sentenceSpans.find((other) => other.id === match.bSentence) : undefined;
                  if (!match || !detail || !span) {
                    return (
                      <td key={id} className="collation-cell is-absent">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">not carried</span>
                      </td>
                    );
                  }
                  return (
                    <td key={id} className="collation-cell" data-label={match.label}>
                      <span className={`match-chip is-${match.label}`}>{matchLabelText[match.label]}</span>
                      <span className={`match is-${match.label}`}>
                        <DiffedSentence text={detail.text.slice(span.start, span.end)} match={match} side="b" />
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function mostConnected(sources: readonly SourceSummary[], index: ComparisonIndex): number | undefined {
  let best: { id: number; count: number } | undefined;
  for (const source of sources) {
    let count = 0;
    for (const other of sources) if (other.id !== source.id && (index.share(source.id, other.id)?.shared ?? 0) > 0) count += 1;
    if (!best || count > best.count) best = { id: source.id, count };
  }
  return best?.id;
}
