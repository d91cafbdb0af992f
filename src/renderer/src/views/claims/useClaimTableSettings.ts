import { useCallback, useState } from 'react';
import { useCaseInfo } from '../../bridge/queries';

/** How the analyst arranged the claim table; kept per case (by the case file's path). */
export interface ClaimTableSettings {
  columnOrder: string[];
  hiddenColumns: string[];
}

const empty: ClaimTableSettings = { columnOrder: [], hiddenColumns: [] };

function read(key: string): ClaimTableSettings {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return empty;
    const parsed = JSON.parse(raw) as Partial<ClaimTableSettings>;
    const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
    return { columnOrder: strings(parsed.columnOrder), hiddenColumns: strings(parsed.hiddenColumns) };
  } catch {
    // A damaged entry only loses the arrangement, never the analyst's work.
    return empty;
  }
}

export function useClaimTableSettings(): [ClaimTableSettings, (next: ClaimTableSettings) => void] {
  const casePath = useCaseInfo().data?.path ?? '';
  const key = `triangulate:claim-table:${casePath}`;
  // Settings belong to one case: keep the key they were read for, and read again when it changes.
  const [stored, setStored] = useState(() => ({ key, settings: read(key) }));
  const settings = stored.key === key ? stored.settings : read(key);
  const save = useCallback(
    (next: ClaimTableSettings) => {
      setStored({ key, settings: next });
      if (casePath) window.localStorage.setItem(key, JSON.stringify(next));
    },
    [key, casePath],
  );
  return [settings, save];
}
