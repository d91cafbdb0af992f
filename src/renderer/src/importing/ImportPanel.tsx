import { basename } from '../format/basename';
import { plural } from '../format/formatValues';
import type { SkippedLinkReason } from '../../../shared/domain';
import { useImporter } from './ImportContext';

const linkReasons: Record<SkippedLinkReason, string> = {
  loop: 'leads back into a folder it is inside (a loop); not followed.',
  'already imported': 'leads to a file or folder this import already reached; imported once.',
  'broken link': 'a broken link: what it points to does not exist.',
};

/** Progress of the running import, then what happened to every file. */
export function ImportPanel() {
  const { isRunning, progress, report, error, cancel, dismiss } = useImporter();
  if (error) {
    return (
      <section className="import-panel is-error" aria-label="Import" role="alert">
        <p>
          <strong>The import did not run.</strong> {error}
        </p>
        <button type="button" className="button" onClick={dismiss}>
          Dismiss
        </button>
      </section>
    );
  }
  if (isRunning && progress) {
    const total = Math.max(progress.total, 1);
    return (
      <section className="import-panel" aria-label="Import">
        <div className="import-progress-row">
          <label htmlFor="import-progress" className="import-progress-label">
            Importing {progress.total > 0 ? `${progress.done} of ${progress.total}` : '…'}
            {progress.current ? <span className="muted"> · {progress.current}</span> : null}
          </label>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        </div>
        <progress id="import-progress" max={total} value={progress.done} />
      </section>
    );
  }
  if (!report) return null;
  const isClean = report.failed.length === 0 && report.duplicates.length === 0 && report.skippedLinks.length === 0;
  return (
    <section className={`import-panel${report.failed.length > 0 ? ' is-error' : ''}`} aria-label="Import report" role="status">
      <div className="import-progress-row">
        <p className="import-summary">
          {report.isCancelled ? 'Import cancelled: ' : 'Import finished: '}
          {plural(report.imported.length, 'source')} imported
          {report.duplicates.length > 0 ? `, ${plural(report.duplicates.length, 'duplicate')} skipped` : ''}
          {report.skippedLinks.length > 0 ? `, ${plural(report.skippedLinks.length, 'link')} not followed` : ''}
          {report.failed.length > 0 ? `, ${plural(report.failed.length, 'file')} failed` : ''}.
        </p>
        <button type="button" className="button" onClick={dismiss}>
          {isClean ? 'Dismiss' : 'Done'}
        </button>
      </div>
      {report.failed.length > 0 ? (
        <ul className="import-problems" aria-label="Files that failed">
          {report.failed.map((failure) => (
            <li key={failure.file}>
              <span className="file-name">{basename(failure.file)}</span> — {failure.error}
            </li>
          ))}
        </ul>
      ) : null}
      {report.duplicates.length > 0 ? (
        <ul className="import-problems is-quiet" aria-label="Duplicates skipped">
          {report.duplicates.map((duplicate) => (
            <li key={duplicate.file}>
              <span className="file-name">{basename(duplicate.file)}</span> has the same bytes as source #{duplicate.sameAs}; skipped.
            </li>
          ))}
        </ul>
      ) : null}
      {report.skippedLinks.length > 0 ? (
        <ul className="import-problems is-quiet" aria-label="Links not followed">
          {report.skippedLinks.map((link) => (
            <li key={link.file}>
              <span className="file-name">{link.file}</span> — {linkReasons[link.reason]}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
