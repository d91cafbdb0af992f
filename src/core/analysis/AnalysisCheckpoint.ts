import type { AnalysisProgress } from '../../shared/analysis';

/**
 * Called by the analysis between units of work with how far it has got. It may throw
 * (a cancel) to stop the run: every caller is inside the run's one transaction, so the throw
 * rolls the case back to what it was.
 */
export type AnalysisCheckpoint = (progress: AnalysisProgress) => void;

export const noCheckpoint: AnalysisCheckpoint = () => undefined;
