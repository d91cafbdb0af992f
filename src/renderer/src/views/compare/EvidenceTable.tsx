import type { ComparisonResult } from '../../../../shared/comparison';
import type { SourceSummary } from '../../../../shared/domain';
import { formatShare } from './matchLabels';
import { edgeKey } from './OriginGraph';
import { sourceShortName } from './sourceShortName';

interface Props {
  comparison: ComparisonResult;
  sourcesById: ReadonlyMap<number, SourceSummary>;
  activeKey: string | null;
  onOpenPair(origin: number, copy: number): void;
}

/** Every arrow of the origin graph as a row, with all its evidence in words. */
export function EvidenceTable({ comparison, sourcesById, activeKey, onOpenPair }: Props) {
  const nameOf = (id: number) => {
    const source = sourcesById.get(id);
    return source ? sourceShortName(source, 40) : `#${id}`;
  };
  return (
comparison.edges.length > 0 ? (
    <table className="data-table evidence-table" aria-label="Copying evidence">
      <thead>
        <tr>
          <th scope="col">Origin</th>
          <th scope="col">Copy</th>
          <th scope="col" className="is-numeric">
            Taken
          </th>
          <th scope="col">Evidence</th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {comparison.edges.map((edge) => (
          <tr key={edgeKey(edge)} className={edgeKey(edge) === activeKey ? 'is-active' : undefined}>
            <td>{nameOf(edge.from)}</td>
            <td>{nameOf(edge.to)}</td>
            <td className="is-numeric tabular">{formatShare(edge.share)}</td>
            <td>
              <ul className="evidence-list">
                {edge.evidence.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </td>
            <td>
              <button type="button" className="button is-small" onClick={() => onOpenPair(edge.from, edge.to)}>
                Side by side
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
) : null
  );
}
