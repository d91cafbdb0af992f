import { useMemo, useState } from 'react';
import { AnalysisRunNotice, AnalysisRunProgress } from '../../analysis/AnalysisRunControls';
import { useAnalysisRun } from '../../analysis/useAnalysisRun';
import { useClaims, useSources } from '../../bridge/queries';
import { useNavigation } from '../../navigation/NavigationContext';
import { ErrorNotice } from '../parts/ErrorNotice';
import { ViewToolbar } from '../parts/ViewToolbar';
import { ClaimDetail } from './ClaimDetail';
import { ClaimFilterBar } from './ClaimFilterBar';
import type { ClaimRow } from './claimLabels';
import { defaultColumnOrder } from './claimColumns';
import { ClaimTable } from './ClaimTable';
import { selectClaim, setCheckedClaims, useDeskSelection } from './deskSelection';
import { filterClaims, isFiltering, lazySearchTexts, noFilters, type ClaimFilters } from './filterClaims';
import { HistoryButtons } from './HistoryButtons';
import { useClaimTableSettings } from './useClaimTableSettings';
import { useDeskMutation } from './useDeskMutations';

const noClaims: ClaimRow[] = [];

/** The claim table: every claim of the case, who supports and contradicts it, and the analyst's verdict. */
export function ClaimsView() {
  const claims = useClaims();
  const sources = useSources().data ?? [];
  const { focusRequest } = useNavigation();
  const { claimId, checkedClaimIds } = useDeskSelection();
  const [filters, setFilters] = useState<ClaimFilters>(noFilters);
  const [groupBy, setGroupBy] = useState('');
  const [settings, saveSettings] = useClaimTableSettings();
  const [detailFocus, setDetailFocus] = useState(0);
  const [tableFocus, setTableFocus] = useState(0);
  const merge = useDeskMutation('claims:merge');
  const analysis = useAnalysisRun();

  const all = claims.data?.claims ?? noClaims;
  const searchText = useMemo(() => lazySearchTexts(all), [all]);
  const shown = useMemo(() => filterClaims(all, searchText, filters), [all, searchText, filters]);
  const tags = useMemo(() => [...new Set(all.flatMap((claim) => claim.judgement.tags))].sort(), [all]);
  const selected = all.find((claim) => claim.id === claimId) ?? null;
  const checked = checkedClaimIds.filter((id) => all.some((claim) => claim.id === id));
  const columnOrder = useMemo(
    () => [...settings.columnOrder.filter((id) => defaultColumnOrder.includes(id)), ...defaultColumnOrder.filter((id) => !settings.columnOrder.includes(id))],
    [settings.columnOrder],
  );
  const grouping = useMemo(() => (groupBy ? [groupBy] : []), [groupBy]);
  const isFiltered = isFiltering(filters);

  const mergeChecked = () => {
    const into = checked.includes(claimId ?? '') ? (claimId ?? '') : (checked[0] ?? '');
    merge.mutate(
      { claimIds: checked, into },
      {
        onSuccess: () => {
          setCheckedClaims([]);
          selectClaim(into);
        },
      },
    );
  };

  const changeFilters = (patch: Partial<ClaimFilters> | null) => setFilters((current) => (patch ? { ...current, ...patch } : noFilters));

  return (
    <div className="claims">
      <ViewToolbar
        title="Claims"
        filter={{ value: filters.text, onChange: (text) => changeFilters({ text }), placeholder: 'Filter claims: words, speaker, value, note…', label: 'Filter claims' }}
        count={{ shown: shown.length, total: all.length, noun: 'claim', isFiltered }}
      >
        <button
          type="button"
          className="button is-small"
          disabled={checked.length < 2 || merge.isPending}
          title={checked.length < 2 ? 'Tick two or more claims to merge them into one' : undefined}
          onClick={mergeChecked}
        >
          Merge {checked.length >= 2 ? `${checked.length} claims` : 'claims'}
        </button>
        <HistoryButtons />
        <AnalysisRunProgress run={analysis} />
        {analysis.isRunning ? null : (
          <button
            type="button"
            className="button is-small"
            title="Bring the claims up to date with the sources; your verdicts, notes, tags, merges and splits are kept"
            onClick={analysis.start}
          >
            Re-run analysis
          </button>
        )}
      </ViewToolbar>
      <ClaimFilterBar
        filters={filters}
        onFilters={changeFilters}
        isFiltered={isFiltered}
        sources={sources}
        tags={tags}
        groupBy={groupBy}
        onGroupBy={setGroupBy}
        settings={settings}
        onSettings={saveSettings}
      />
      <ErrorNotice of={claims}>The claims could not be read.</ErrorNotice>
      <AnalysisRunNotice run={analysis} />
      <ErrorNotice of={merge}>The claims could not be merged.</ErrorNotice>
      {claims.isSuccess && all.length === 0 ? (
        <div className="empty-state">
          <p>No claims yet: import articles in the Library and the engine lists what each asserts.</p>
        </div>
      ) : null}
      {all.length > 0 ? (
        <div className={`claims-split ${selected ? 'has-detail' : ''}`}>
          <ClaimTable
            claims={shown}
            grouping={grouping}
            columnOrder={columnOrder}
            hiddenColumns={settings.hiddenColumns}
            focusRequest={focusRequest + tableFocus}
            onOpen={() => setDetailFocus((value) => value + 1)}
          />
          {shown.length === 0 ? <p className="empty-state">No claim matches these filters.</p> : null}
          {selected ? (
            <ClaimDetail
              claim={selected}
              focusRequest={detailFocus}
              onClose={() => {
                selectClaim(null);
                setTableFocus((value) => value + 1);
              }}
            />
          ) : (
            <p className="hint">↑↓ select · Enter opens the detail · Esc closes · tick rows to merge · the Inspector edits the verdict, tags, note and mentions.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
