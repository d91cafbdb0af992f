import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BridgeInput, BridgeMethod } from '../../../../shared/api';
import { callBridge } from '../../bridge/callBridge';

/**
 * A bridge call that changes the case. The Workbench announces every change and the views
 * refetch on it; invalidating here as well keeps the page right even if an event is missed.
 */
export function useDeskMutation<M extends BridgeMethod>(method: M) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BridgeInput<M>) => callBridge(method, input),
    onSettled: () => queryClient.invalidateQueries(),
  });
}
