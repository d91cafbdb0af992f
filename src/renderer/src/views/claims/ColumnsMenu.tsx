import { columnTitles, defaultColumnOrder } from './claimColumns';
import type { ClaimTableSettings } from './useClaimTableSettings';

/** Which columns show and in what order; saved with the case. */
export function ColumnsMenu({ settings, onChange }: { settings: ClaimTableSettings; onChange: (next: ClaimTableSettings) => void }) {
  const order = [...settings.columnOrder.filter((id) => defaultColumnOrder.includes(id)), ...defaultColumnOrder.filter((id) => !settings.columnOrder.includes(id))];
  const move = (index: number, by: number) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(Math.min(next.length, Math.max(0, index + by)), 0, moved);
    onChange({ ...settings, columnOrder: next });
  };
  const toggle = (id: string) =>
    onChange({
      ...settings,
      hiddenColumns: settings.hiddenColumns.includes(id) ? settings.hiddenColumns.filter((hidden) => hidden !== id) : [...settings.hiddenColumns, id],
    });
  return (
    <details className="columns-menu">
      <summary className="button is-small">Columns</summary>
      <div className="columns-popover" role="group" aria-label="Columns">
        <ul>
          {order.map((id, index) => (
            <li key={id}>
              <label>
                <input type="checkbox" checked={!settings.hiddenColumns.includes(id)} disabled={id === 'text'} onChange={() => toggle(id)} />
                {columnTitles[id] ?? id}
              </label>
              <span className="column-moves">
                <button type="button" className="button is-small is-quiet" aria-label={`Move ${columnTitles[id] ?? id} left`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button is-small is-quiet"
                  aria-label={`Move ${columnTitles[id] ?? id} right`}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ul>
        <button type="button" className="button is-small" onClick={() => onChange({ columnOrder: [], hiddenColumns: [] })}>
          Reset
        </button>
      </div>
    </details>
  );
}
