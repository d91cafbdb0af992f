import { useMemo, type KeyboardEvent } from 'react';
import type { ComparisonResult } from '../../../../shared/comparison';
import type { SourceSummary } from '../../../../shared/domain';
import { kindLabels } from '../../format/formatValues';
import { layoutOriginGraph, nodeHeight, nodeWidth } from './layoutOriginGraph';
import { formatShare } from './matchLabels';
import { sourceShortName } from './sourceShortName';

type Edge = ComparisonResult['edges'][number];

interface Props {
  comparison: ComparisonResult;
  sourcesById: ReadonlyMap<number, SourceSummary>;
  activeKey: string | null;
  onActivate(key: string): void;
  onOpenPair(origin: number, copy: number): void;
}

export const edgeKey = (edge: Edge) => `${edge.from}-${edge.to}`;

/** Who copied whom: arrows from origin to copy inside outlined origin groups, evidence on every edge. */
export function OriginGraph({ comparison, sourcesById, activeKey, onActivate, onOpenPair }: Props) {
  const layout = useMemo(() => layoutOriginGraph(comparison), [comparison]);
  const nameOf = (id: number) => {
    const source = sourcesById.get(id);
    return source ? sourceShortName(source) : `#${id}`;
  };
  const active = comparison.edges.find((edge) => edgeKey(edge) === activeKey) ?? null;
  const describeEdge = (edge: Edge) =>
    `${nameOf(edge.from)} to ${nameOf(edge.to)}: ${formatShare(edge.share)} of the copy taken from the origin. ${edge.evidence.join('; ')}.`;
  const onEdgeKeyDown = (event: KeyboardEvent<SVGGElement>, edge: Edge) => {
    if (event.key === 'Enter' || event.key === ' ') {
      onOpenPair(edge.from, edge.to);
      event.preventDefault();
    }
  };

  return (
    <div className="origin-graph">
      {layout.groups.length === 0 ? (
        <p className="muted">No source copies another: each stands alone.</p>
      ) : (
        <div className="graph-scroll">
          <svg
            className="graph-svg"
            width={layout.width + 4}
            height={layout.height + 4}
            viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`}
            role="group"
            aria-label="Origin graph"
          >
            <defs>
              <marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" className="graph-arrowhead" />
              </marker>
            </defs>
            {layout.groups.map((group, at) => (
              <g key={group.index} className="graph-group">
                <rect x={group.x} y={group.y} width={group.width} height={group.height} rx={10} />
                <text x={group.x + 10} y={group.y + 16} className="graph-group-label">
                  Origin group {at + 1} · {group.members.length} sources
                </text>
              </g>
            ))}
            {comparison.edges.map((edge) => {
              const from = layout.nodes.get(edge.from);
              const to = layout.nodes.get(edge.to);
              if (!from || !to) return null;
              const x1 = from.x + nodeWidth / 2;
              const y1 = from.y + nodeHeight;
              const x2 = to.x + nodeWidth / 2;
              const y2 = to.y;
              const isSameLayer = Math.abs(y1 - nodeHeight - y2) < 1;
              const path = isSameLayer
                ? `M${from.x + nodeWidth},${from.y + nodeHeight / 2} L${to.x},${to.y + nodeHeight / 2}`
                : `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2 - 2}`;
              const key = edgeKey(edge);
              return (
                <g
                  key={key}
                  className="graph-edge"
                  data-edge={key}
                  data-active={key === activeKey ? 'true' : undefined}
                  tabIndex={0}
                  role="button"
                  aria-label={describeEdge(edge)}
                  onMouseEnter={() => onActivate(key)}
                  onFocus={() => onActivate(key)}
                  onClick={() => onOpenPair(edge.from, edge.to)}
                  onKeyDown={(event) => onEdgeKeyDown(event, edge)}
                >
                  <title>{describeEdge(edge)}</title>
                  <path d={path} className="graph-edge-hit" />
                  <path d={path} className="graph-edge-line" strokeWidth={1.5 + edge.share * 5} markerEnd="url(#graph-arrow)" />
                  <text x={(x1 + x2) / 2 + 6} y={(y1 + y2) / 2} className="graph-edge-label">
                    {formatShare(edge.share)}
                  </text>
                </g>
              );
            })}
            {[...layout.nodes.values()].map((node) => {
              const source = sourcesById.get(node.id);
              return (
                <g key={node.id} className="graph-node" transform={`translate(${node.x},${node.y})`}>
                  <title>{source ? `${source.title} (${kindLabels[source.kind] ?? source.kind})` : `#${node.id}`}</title>
                  <rect width={nodeWidth} height={nodeHeight} rx={6} className={source?.kind === 'press-release' ? 'is-release' : undefined} />
                  <text x={8} y={14} className="graph-node-name">
                    {nameOf(node.id).slice(0, 19)}
                  </text>
                  <text x={8} y={27} className="graph-node-kind">
                    {source ? (kindLabels[source.kind] ?? source.kind) : ''}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      )}
      <div className="edge-detail" aria-live="polite">
        {active ? (
          <>
            <strong>
              {nameOf(active.from)} → {nameOf(active.to)}
            </strong>{' '}
            <span className="tabular">{formatShare(active.share)} of the copy</span>
            <ul>
              {active.evidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <span className="muted">Hover or focus an arrow to read its evidence; Enter or a click opens the pair side by side.</span>
        )}
      </div>
      {layout.alone.length > 0 ? (
        <p className="graph-alone">
          <span className="muted">Standing alone, each its own origin group: </span>
          {layout.alone.map((id) => nameOf(id)).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
