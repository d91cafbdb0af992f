// The analysis run's contract: what it reports while it runs and when it is done.
import { z } from 'zod';

/** The steps of a run, in order; `done` of `total` counts that step's units (sources, pairs). */
export const AnalysisStep = z.enum(['indexing', 'aligning', 'extracting', 'clustering']);
export type AnalysisStep = z.infer<typeof AnalysisStep>;

export const AnalysisProgress = z.object({
  step: AnalysisStep,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type AnalysisProgress = z.infer<typeof AnalysisProgress>;

export const AnalysisSummary = z.object({
  pairsScored: z.number(),
  sourcesCompared: z.number(),
  sourcesExtracted: z.number(),
  claims: z.number(),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummary>;
