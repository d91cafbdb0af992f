import type { AnalysisSummary, AnalysisStep } from '../shared/analysis';
import type { Workbench } from '../core/workbench';

const stepNames: Record<AnalysisStep, string> = {
  indexing: 'indexing sources',
  aligning: 'aligning sentence pairs',
  extracting: 'extracting claims from sources',
  clustering: 'clustering claims',
};
const quietMs = 2000;

/**
 * Runs the analysis, noting each step as it starts and then at most every two seconds, so a
 * long run shows it is moving. Ctrl-C kills the run mid-transaction: the case stays as it was.
 */
export function analyseWithProgress(workbench: Workbench, note: (line: string) => void): AnalysisSummary {
  let lastStep: AnalysisStep | undefined;
  let lastNoteAt = 0;
  const stop = workbench.onEvent((event, payload) => {
    if (event !== 'analysis:did-progress' || !('step' in payload)) return;
    const now = Date.now();
    if (payload.step === lastStep && now - lastNoteAt < quietMs) return;
    lastStep = payload.step;
    lastNoteAt = now;
    note(`${stepNames[payload.step]}: ${payload.done}/${payload.total}`);
  });
  try {
    return workbench.analyse();
  } finally {
    stop();
  }
}
