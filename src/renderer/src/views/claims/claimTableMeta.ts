import type { BridgeInput } from '../../../../shared/api';
import type { SourceInfo } from './useSourceInfo';

/**
 * What every cell of the claim table shares, handed down once through the table's meta rather
 * than looked up per cell: a cell that subscribes to a query or a store is paid for again for
 * every row that scrolls into view.
 */
export interface ClaimTableMeta {
  sources: Map<number, SourceInfo>;
  judge: (input: BridgeInput<'claims:judge'>) => void;
  toggleChecked: (claimId: string) => void;
  /** The claim whose row carries the inline editors; other rows show the same values as text. */
  activeClaimId: string | null;
  checkedClaimIds: ReadonlySet<string>;
}
