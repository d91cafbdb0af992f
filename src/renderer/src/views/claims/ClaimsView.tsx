import { useMemo, useState } from 'react';
import { messageOf } from '../../bridge/callBridge';
import { useClaims, useSources } from '../../bridge/queries';
import { plural } from '../../format/formatValues';
import { useNavigation } from '../../navigation/NavigationContext';
import { ChoiceFilter } from './ChoiceFilter';
import { ClaimDetail } from './ClaimDetail';
import { kindLabels, statusLabels, type ClaimRow } from './claimLabels';
import { defaultColumnOrder, groupableColumns, columnTitles } from './claimColumns';
import { ClaimTable } from './ClaimTable';
import { ColumnsMenu } from './ColumnsMenu';
import { selectClaim, setCheckedClaims, useDeskSelection } from './deskSelection';
import { filterClaims, lazySearchTexts, noFilters, type ClaimFilters } from './filterClaims';
import { HistoryButtons } from './HistoryButtons';
import { shortTitle } from './useSourceInfo';
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
  const analyse = useDeskMutation('analysis:run');

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
  const isFiltered = filters !== noFilters && JSON.stringify(filters) !== JSON.stringify(noFilters);

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

  const set = (patch: Partial<ClaimFilters>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <div className="claims">
      <header className="view-toolbar">
        <h1>Claims</h1>
        <input
          type="search"
          className="filter"
          placeholder="Filter claims: words, speaker, value, note…"
          aria-label="Filter claims"
          value={filters.text}
          onChange={(event) => set({ text: event.target.value })}
        />
        <span className="muted tabular" aria-live="polite" data-testid="claim-count">
          {isFiltered ? `${shown.length} of ${plural(all.length, 'claim')}` : plural(all.length, 'claim')}
        </span>
        <span className="toolbar-spacer" />
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
        <button
          type="button"
          className="button is-small"
          disabled={analyse.isPending}
          title="Bring the claims up to date with the sources; your verdicts, notes, tags, merges and splits are kept"
          onClick={() => analyse.mutate({})}
        >
          {analyse.isPending ? 'Analysing…' : 'Re-run analysis'}
        </button>
      </header>
      <div className="filter-bar" role="group" aria-label="Claim filters">
        <ChoiceFilter label="Kind" value={filters.kind} emptyLabel="All" choices={Object.entries(kindLabels)} onChange={(kind) => set({ kind })} />
        <ChoiceFilter label="Status" value={filters.status} emptyLabel="All" choices={Object.entries(statusLabels)} onChange={(status) => set({ status })} />
        <ChoiceFilter
          label="Source"
          value={filters.sourceId === null ? '' : String(filters.sourceId)}
          emptyLabel="All"
          choices={sources.map((source) => [String(source.id), source.outlet ?? shortTitle(source.title)] as const)}
          onChange={(sourceId) => set({ sourceId: sourceId ? Number(sourceId) : null })}
        />
        <ChoiceFilter label="Tag" value={filters.tag} emptyLabel="All" choices={tags.map((tag) => [tag, tag] as const)} onChange={(tag) => set({ tag })} />
        <ChoiceFilter
          label="Group by"
          value={groupBy}
          emptyLabel="Nothing"
          choices={groupableColumns.map((id) => [id, columnTitles[id] ?? id] as const)}
          onChange={setGroupBy}
        />
        {isFiltered ? (
          <button type="button" className="button is-small is-quiet" onClick={() => setFilters(noFilters)}>
            Clear filters
          </button>
        ) : null}
        <span className="toolbar-spacer" />
        <ColumnsMenu settings={settings} onChange={saveSettings} />
      </div>
      {claims.isError ? (
        <p className="notice is-error" role="alert">
          The claims could not be read. {messageOf(claims.error)}
        </p>
      ) : null}
      {analyse.isError ? (
        <p className="notice is-error" role="alert">
          The analysis could not be run. {messageOf(analyse.error)}
        </p>
      ) : null}
      {analyse.isSuccess ? (
        <p className="notice" role="status">
          Analysis brought up to date: {plural(analyse.data.sourcesExtracted, 'source')} re-read, {plural(analyse.data.claims, 'claim')}.
        </p>
      ) : null}
      {merge.isError ? (
        <p className="notice is-error" role="alert">
          The claims could not be merged. {messageOf(merge.error)}
        </p>
      ) : null}
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
