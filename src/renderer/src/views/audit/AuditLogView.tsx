import { useAuditLog } from '../../bridge/queries';
import { formatDateTime } from '../../format/formatValues';
import { ErrorNotice } from '../parts/ErrorNotice';

const actionLabels: Record<string, string> = {
  'source.import': 'Imported',
  'source.delete': 'Deleted',
  'source.update-metadata': 'Edited metadata',
  'source.grade': 'Graded source',
  'claim.judge': 'Judged claim',
  'claim.merge': 'Merged claims',
  'claim.split': 'Split claim',
  'mention.correct': 'Corrected mention',
  'annotation.create': 'Highlighted passage',
  'annotation.update': 'Edited highlight',
  'annotation.delete': 'Removed highlight',
  'judgement.undo': 'Undid',
  'judgement.redo': 'Redid',
};

/** Every change to the case, newest first, with what it was before and after. */
export function AuditLogView() {
  const audit = useAuditLog();
  const entries = audit.data ?? [];
  return (
    <div className="audit">
      <header className="view-toolbar">
        <h1>Audit log</h1>
        <span className="muted">Every change to this case, newest first. Entries cannot be edited.</span>
      </header>
      <ErrorNotice of={audit}>The audit log could not be read.</ErrorNotice>
      {audit.isSuccess && entries.length === 0 ? <p className="empty-state">Nothing has changed in this case yet.</p> : null}
      {entries.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table" aria-label="Audit log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Item</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="tabular nowrap">{formatDateTime(entry.at)}</td>
                  <td>{actionLabels[entry.action] ?? entry.action}</td>
                  <td className="nowrap">
                    {entry.entityType} {entry.entityId ? `#${entry.entityId}` : ''}
                  </td>
                  <td>
                    <ChangeValue value={entry.before} />
                  </td>
                  <td>
                    <ChangeValue value={entry.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function ChangeValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value !== 'object') return <span>{String(value)}</span>;
  return (
    <dl className="change">
      {Object.entries(value as Record<string, unknown>).map(([key, inner]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{inner === null ? <span className="muted">empty</span> : typeof inner === 'object' ? JSON.stringify(inner) : String(inner)}</dd>
        </div>
      ))}
    </dl>
  );
}
