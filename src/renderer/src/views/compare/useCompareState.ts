import { useSyncExternalStore } from 'react';

export type CompareMode = 'overview' | 'side-by-side' | 'collation';

export interface CompareState {
  mode: CompareMode;
  /** The pair shown side by side: left is the origin when opened from the graph. */
  left: number | null;
  right: number | null;
  /** The source whose sentences make the rows of the collation. */
  base: number | null;
  /** The columns of the collation besides the base; null until the analyst picks. */
  collated: number[] | null;
}

// Kept outside the view so leaving Compare and coming back finds the same pair and mode.
let state: CompareState = { mode: 'overview', left: null, right: null, base: null, collated: null };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateCompareState(patch: Partial<CompareState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function useCompareState(): CompareState {
  return useSyncExternalStore(subscribe, () => state);
}
