import { useSyncExternalStore } from 'react';

/**
 * What the analyst has picked on the desk: one claim (shown in the detail pane and edited in
 * the Inspector), the claims ticked for a merge, and one annotation. A small store outside the
 * React tree, so the Claims view, the Reader and the Inspector share it without a provider.
 */
export interface DeskSelection {
  claimId: string | null;
  checkedClaimIds: readonly string[];
  annotationId: number | null;
}

let state: DeskSelection = { claimId: null, checkedClaimIds: [], annotationId: null };
const listeners = new Set<() => void>();

function update(patch: Partial<DeskSelection>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useDeskSelection(): DeskSelection {
  return useSyncExternalStore(subscribe, () => state);
}

export const selectClaim = (claimId: string | null) => update({ claimId });
export const selectAnnotation = (annotationId: number | null) => update({ annotationId });
export const setCheckedClaims = (checkedClaimIds: readonly string[]) => update({ checkedClaimIds });
export function toggleCheckedClaim(claimId: string): void {
  const checked = state.checkedClaimIds.includes(claimId)
    ? state.checkedClaimIds.filter((id) => id !== claimId)
    : [...state.checkedClaimIds, claimId];
  update({ checkedClaimIds: checked });
}
