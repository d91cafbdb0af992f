import type { SourceSummary } from '../../../../shared/domain';

/**
 * A name short enough for an axis or a column head: the outlet when known, else the first
 * words of the title, always prefixed by the id so two sources never read the same.
 */
export function sourceShortName(source: Pick<SourceSummary, 'id' | 'outlet' | 'title'>, maxLength = 22): string {
  const base = source.outlet?.trim() || source.title.trim() || 'Untitled';
  const cut = base.length > maxLength ? `${base.slice(0, maxLength - 1).trimEnd()}…` : base;
  return `#${source.id} ${cut}`;
}
