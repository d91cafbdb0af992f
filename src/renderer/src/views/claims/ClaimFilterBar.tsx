import type { SourceSummary } from '../../../../shared/domain';
import { ChoiceFilter } from './ChoiceFilter';
import { kindLabels, statusLabels } from './claimLabels';
import { columnTitles, groupableColumns } from './claimColumns';
import type { ClaimTableSettings } from './useClaimTableSettings';
import { ColumnsMenu } from './ColumnsMenu';
import type { ClaimFilters } from './filterClaims';
import { shortTitle } from './useSourceInfo';

/** The drop-downs under the claim toolbar: kind, status, source, tag, grouping, columns. */
export function ClaimFilterBar(props: {
  filters: ClaimFilters;
  onFilters: (patch: Partial<ClaimFilters> | null) => void;
  isFiltered: boolean;
  sources: readonly SourceSummary[];
  tags: readonly string[];
  groupBy: string;
  onGroupBy: (columnId: string) => void;
  settings: ClaimTableSettings;
  onSettings: (settings: ClaimTableSettings) => void;
}) {
  const { filters, onFilters, isFiltered, sources, tags, groupBy, onGroupBy, settings, onSettings } = props;
  return (
    <div className="filter-bar" role="group" aria-label="Claim filters">
      <ChoiceFilter label="Kind" value={filters.kind} emptyLabel="All" choices={Object.entries(kindLabels)} onChange={(kind) => onFilters({ kind })} />
      <ChoiceFilter label="Status" value={filters.status} emptyLabel="All" choices={Object.entries(statusLabels)} onChange={(status) => onFilters({ status })} />
      <ChoiceFilter
        label="Source"
        value={filters.sourceId === null ? '' : String(filters.sourceId)}
        emptyLabel="All"
        choices={sources.map((source) => [String(source.id), source.outlet ?? shortTitle(source.title)] as const)}
        onChange={(sourceId) => onFilters({ sourceId: sourceId ? Number(sourceId) : null })}
      />
      <ChoiceFilter label="Tag" value={filters.tag} emptyLabel="All" choices={tags.map((tag) => [tag, tag] as const)} onChange={(tag) => onFilters({ tag })} />
      <ChoiceFilter
        label="Group by"
        value={groupBy}
        emptyLabel="Nothing"
        choices={groupableColumns.map((id) => [id, columnTitles[id] ?? id] as const)}
        onChange={onGroupBy}
      />
      {isFiltered ? (
        <button type="button" className="button is-small is-quiet" onClick={() => onFilters(null)}>
          Clear filters
        </button>
      ) : null}
      <span className="toolbar-spacer" />
      <ColumnsMenu settings={settings} onChange={onSettings} />
    </div>
  );
}
