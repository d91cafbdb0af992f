import type { AnalysisStep } from '../../../shared/analysis';
import { formatCount, plural } from '../format/formatValues';
import { ErrorNotice } from '../views/parts/ErrorNotice';
import type { AnalysisRun } from './useAnalysisRun';

const stepLabels: Record<AnalysisStep, string> = {
  indexing: 'indexing sources',
  aligning: 'aligning sentences',
  extracting: 'reading claims',
  clustering: 'grouping claims',
};

/** The button that stops a run, then how far it has got (after the button, so a changing count never moves it). */
export function AnalysisRunProgress({ run }: { run: AnalysisRun }) {
  if (!run.isRunning) return null;
  const { progress } = run;
  return (
    <>
      <button type="button" className="button is-small" title="Stop the run; the case stays as it was before it" onClick={run.cancel}>
        Stop analysis
      </button>
      <span className="analysis-progress" role="status" aria-live="polite">
        <progress aria-label="Analysis running" {...(progress && progress.total > 0 ? { value: progress.done, max: progress.total } : {})} />
        {progress ? `${stepLabels[progress.step]}: ${formatCount(progress.done)} of ${formatCount(progress.total)}` : 'Analysing…'}
      </span>
    </>
  );
}

/** What the last run did, or why it did not; `summary` off for views that show the result themselves. */
export function AnalysisRunNotice({ run, showSummary = true }: { run: AnalysisRun; showSummary?: boolean }) {
  if (run.wasCancelled) {
    return (
      <p className="notice" role="status">
        Analysis stopped: the case is as it was before the run.
      </p>
    );
  }
  if (run.summary && showSummary) {
    return (
      <p className="notice" role="status">
        Analysis brought up to date: {plural(run.summary.sourcesExtracted, 'source')} re-read, {plural(run.summary.claims, 'claim')}.
      </p>
    );
  }
  return (
    <ErrorNotice of={run.failure} advice="Try again; if it fails again, the audit log names the last change.">
      The analysis could not be run.
    </ErrorNotice>
  );
}
