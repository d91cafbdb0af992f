import type { ComparisonResult } from '../../../../shared/comparison';
import type { ClaimRow } from './claimLabels';
import type { SourceInfo } from './useSourceInfo';

const nodeWidth = 150;
const nodeHeight = 30;
const groupGap = 22;
const padding = 12;

/**
 * The sources of one claim grouped by origin: sources that copied one another sit in one box
 * and count once. Arrows run from the likely origin to the copy, labelled with the share copied.
 */
export function OriginGraph({ claim, comparison, sources }: { claim: ClaimRow; comparison: ComparisonResult | undefined; sources: Map<number, SourceInfo> }) {
  const stanceOf = new Map<number, 'supports' | 'contradicts'>();
  for (const mention of claim.mentions) {
    if (stanceOf.get(mention.source) !== 'supports') stanceOf.set(mention.source, mention.stance);
  }
  const ids = [...stanceOf.keys()];
  const groups: number[][] = [];
  const placed = new Set<number>();
  for (const group of comparison?.originGroups ?? []) {
    const members = group.filter((id) => stanceOf.has(id));
    if (members.length === 0) continue;
    groups.push(members);
    members.forEach((id) => placed.add(id));
  }
  for (const id of ids) if (!placed.has(id)) groups.push([id]);

  const position = new Map<number, { x: number; y: number }>();
  groups.forEach((group, column) => {
    group.forEach((id, row) => {
      position.set(id, { x: padding + column * (nodeWidth + 2 * padding + groupGap) + padding, y: padding + 22 + row * (nodeHeight + 10) });
    });
  });
  const tallest = Math.max(1, ...groups.map((group) => group.length));
  const width = groups.length * (nodeWidth + 2 * padding + groupGap) + padding;
  const height = 22 + padding * 3 + tallest * (nodeHeight + 10);
  const edges = (comparison?.edges ?? []).filter((edge) => position.has(edge.from) && position.has(edge.to));

  return (
    <figure className="origin-graph">
      <figcaption>
        Origins: <strong className="tabular">{groups.length}</strong> independent {groups.length === 1 ? 'origin' : 'origins'} among{' '}
        <span className="tabular">{ids.length}</span> {ids.length === 1 ? 'source' : 'sources'}
      </figcaption>
      <svg width={width} height={height} role="img" aria-label={`Origin graph: ${groups.map((group) => group.map((id) => sources.get(id)?.label ?? id).join(' + ')).join('; ')}`}>
        <defs>
          <marker id="origin-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L8,4 L0,8 z" className="graph-arrow" />
          </marker>
        </defs>
        {groups.map((group, column) => {
          const x = padding + column * (nodeWidth + 2 * padding + groupGap);
          return (
            <g key={group.join('-')}>
              <rect x={x} y={padding} width={nodeWidth + 2 * padding} height={22 + group.length * (nodeHeight + 10) + padding} rx={8} className="graph-group" />
              <text x={x + 8} y={padding + 15} className="graph-group-label">
                Origin {column + 1}
                {group.length > 1 ? ` · ${group.length} sources` : ''}
              </text>
            </g>
          );
        })}
        {edges.map((edge) => {
          const from = position.get(edge.from);
          const to = position.get(edge.to);
          if (!from || !to) return null;
          const boxWidth = nodeWidth - 20;
          // Copies inside one origin arc on the right of their box; across origins, a straight arrow.
          const path =
            from.x === to.x
              ? `M${from.x + boxWidth},${from.y + nodeHeight / 2} C${from.x + boxWidth + 16 + Math.abs(to.y - from.y) / 5},${from.y + nodeHeight / 2} ${to.x + boxWidth + 16 + Math.abs(to.y - from.y) / 5},${to.y + nodeHeight / 2} ${to.x + boxWidth + 2},${to.y + nodeHeight / 2}`
              : `M${from.x + boxWidth},${from.y + nodeHeight / 2} L${to.x - 2},${to.y + nodeHeight / 2}`;
          return (
            <g key={`${edge.from}-${edge.to}`}>
              <path d={path} className="graph-edge" markerEnd="url(#origin-arrow)">
                <title>
                  {sources.get(edge.to)?.label} took {Math.round(edge.share * 100)}% of its text from {sources.get(edge.from)?.label}
                </title>
              </path>
            </g>
          );
        })}
        {ids.map((id) => {
          const at = position.get(id);
          if (!at) return null;
          const stance = stanceOf.get(id) ?? 'supports';
          const source = sources.get(id);
          const label = source?.label ?? `Source ${id}`;
          return (
            <g key={id} className={`graph-node is-${stance}`}>
              <title>
                {source?.title ?? label} · grade {source?.grade ?? 'F'} · {stance === 'supports' ? 'supports' : 'contradicts'}
              </title>
              <rect x={at.x} y={at.y} width={nodeWidth - 20} height={nodeHeight} rx={6} />
              <text x={at.x + 8} y={at.y + 19}>
                {stance === 'supports' ? '✓' : '✕'} {label.length > 15 ? `${label.slice(0, 14)}…` : label} · {source?.grade ?? 'F'}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
