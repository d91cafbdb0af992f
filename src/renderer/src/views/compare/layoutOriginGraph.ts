import type { ComparisonResult } from '../../../../shared/comparison';

export interface PlacedNode {
  id: number;
  x: number;
  y: number;
}

export interface PlacedGroup {
  index: number;
  members: number[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphLayout {
  nodes: Map<number, PlacedNode>;
  groups: PlacedGroup[];
  /** Sources no copying touches: each is its own origin group, listed rather than drawn. */
  alone: number[];
  width: number;
  height: number;
}

export const nodeWidth = 128;
export const nodeHeight = 34;
const columnGap = 18;
const layerGap = 70;
const groupPadding = 18;
const groupGap = 24;
const maxRowWidth = 560;

/**
 * Each origin group in layers (origins on top, their copies below, copies of copies lower),
 * groups placed left to right and wrapped into rows.
 */
export function layoutOriginGraph(comparison: ComparisonResult): GraphLayout {
  const nodes = new Map<number, PlacedNode>();
  const groups: PlacedGroup[] = [];
  const alone: number[] = [];
  const incoming = new Map<number, number[]>();
  for (const edge of comparison.edges) {
    const list = incoming.get(edge.to);
    if (list) list.push(edge.from);
    else incoming.set(edge.to, [edge.from]);
  }
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  let width = 0;
  const sorted = comparison.originGroups
    .map((members, index) => ({ members, index }))
    .sort((left, right) => right.members.length - left.members.length || left.index - right.index);
  for (const { members, index } of sorted) {
    if (members.length < 2) {
      alone.push(...members);
      continue;
    }
    const depth = new Map<number, number>(members.map((id) => [id, 0]));
    // Longest path from an origin; bounded by the group size so a cycle cannot spin.
    for (let pass = 0; pass < members.length; pass += 1) {
      let isChanged = false;
      for (const id of members) {
        for (const from of incoming.get(id) ?? []) {
          const candidate = (depth.get(from) ?? 0) + 1;
          if (candidate > (depth.get(id) ?? 0) && candidate < members.length) {
            depth.set(id, candidate);
            isChanged = true;
          }
        }
      }
      if (!isChanged) break;
    }
    const layers: number[][] = [];
    for (const id of [...members].sort((left, right) => left - right)) {
      const at = depth.get(id) ?? 0;
      (layers[at] ??= []).push(id);
    }
    const widest = Math.max(...layers.map((layer) => layer.length));
    const innerWidth = widest * nodeWidth + (widest - 1) * columnGap;
    const groupWidth = innerWidth + groupPadding * 2;
    const groupHeight = layers.length * nodeHeight + (layers.length - 1) * layerGap + groupPadding * 2 + 14;
    if (cursorX > 0 && cursorX + groupWidth > maxRowWidth) {
      cursorX = 0;
      cursorY += rowHeight + groupGap;
      rowHeight = 0;
    }
    layers.forEach((layer, layerAt) => {
      const layerWidth = layer.length * nodeWidth + (layer.length - 1) * columnGap;
      const startX = cursorX + groupPadding + (innerWidth - layerWidth) / 2;
      layer.forEach((id, at) => {
        nodes.set(id, {
          id,
          x: startX + at * (nodeWidth + columnGap),
          y: cursorY + groupPadding + 14 + layerAt * (nodeHeight + layerGap),
        });
      });
    });
    groups.push({ index, members, x: cursorX, y: cursorY, width: groupWidth, height: groupHeight });
    cursorX += groupWidth + groupGap;
    width = Math.max(width, cursorX - groupGap);
    rowHeight = Math.max(rowHeight, groupHeight);
  }
  return { nodes, groups, alone: alone.sort((left, right) => left - right), width, height: cursorY + rowHeight };
}
