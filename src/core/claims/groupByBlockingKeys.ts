class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let current = index;
    while (this.parent[current] !== root) {
      const next = this.parent[current] ?? root;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }
  union(first: number, second: number): void {
    const a = this.find(first);
    const b = this.find(second);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

/** Groups indices whose items share a blocking key and pass `isSame`. */
export function groupByBlockingKeys<T>(
  items: readonly T[],
  keysOf: (item: T, index: number) => string[],
  isSame: (first: T, second: T, firstIndex: number, secondIndex: number) => boolean,
  maxBlock = 400,
): number[][] {
  const sets = new UnionFind(items.length);
  const blocks = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const key of keysOf(item, index)) {
      const block = blocks.get(key) ?? [];
      block.push(index);
      blocks.set(key, block);
    }
  });
  for (const block of blocks.values()) {
    // A key shared by very many mentions says nothing about any two of them.
    if (block.length < 2 || block.length > maxBlock) continue;
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const first = block[i] as number;
        const second = block[j] as number;
        if (sets.find(first) === sets.find(second)) continue;
        if (isSame(items[first] as T, items[second] as T, first, second)) sets.union(first, second);
      }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, index) => {
    const root = sets.find(index);
    const group = groups.get(root) ?? [];
    group.push(index);
    groups.set(root, group);
  });
  return [...groups.values()];
}
