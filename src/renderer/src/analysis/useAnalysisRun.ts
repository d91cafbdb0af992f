import { useEffect, useState } from 'react';
import type { AnalysisProgress } from '../../../shared/analysis';
import { BridgeCallError, callBridge } from '../bridge/callBridge';
import { useDeskMutation } from '../views/claims/useDeskMutations';

/** A run of the analysis from the Claims view: its progress while it runs, and a way to stop it. */
export function useAnalysisRun() {
  const run = useDeskMutation('analysis:run');
  const [progress, setProgress] = useState<AnalysisProgress | null>(null);
  const { isPending } = run;
  useEffect(() => {
    if (!isPending) return undefined;
    return window.workbench.on('analysis:did-progress', (payload: AnalysisProgress) => setProgress(payload));
  }, [isPending]);
  return {
    start: () => {
      setProgress(null);
      run.mutate({});
    },
    cancel: () => void callBridge('analysis:cancel', {}),
    isRunning: isPending,
    progress: isPending ? progress : null,
    summary: run.isSuccess ? run.data : null,
    wasCancelled: run.error instanceof BridgeCallError && run.error.code === 'cancelled',
    /** The failure to report: a cancel the analyst asked for is not one. */
    failure: { isError: run.isError && !(run.error instanceof BridgeCallError && run.error.code === 'cancelled'), error: run.error },
  };
}

export type AnalysisRun = ReturnType<typeof useAnalysisRun>;
