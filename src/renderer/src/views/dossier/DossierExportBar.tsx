import { useEffect, useState } from 'react';
import type { BridgeEventPayload } from '../../../../shared/api';
import type { DossierFormat, DossierOptionsInput } from '../../../../shared/dossier';
import { messageOf } from '../../bridge/callBridge';
import { useDossierExport } from '../../bridge/queries';

const formats: { format: DossierFormat; label: string; description: string }[] = [
  { format: 'pdf', label: 'PDF', description: 'for reading and printing' },
  { format: 'html', label: 'HTML', description: 'one self-contained page' },
  { format: 'csv', label: 'CSV', description: 'four tables in a zip' },
  { format: 'json', label: 'JSON', description: 'the full data' },
];

const stepLabels: Record<BridgeEventPayload<'dossier:did-export-progress'>['step'], string> = {
  building: 'Building the dossier…',
  printing: 'Printing the PDF…',
  writing: 'Writing the file…',
  done: 'Done',
};

/** The export buttons, the progress while one runs, and where the last one was saved. */
export function DossierExportBar({ options }: { options: DossierOptionsInput }) {
  const exporter = useDossierExport();
  const [running, setRunning] = useState<DossierFormat | null>(null);
  const [step, setStep] = useState<string | null>(null);

  useEffect(() => window.workbench.on('dossier:did-export-progress', (progress) => setStep(stepLabels[progress.step])), []);

  const start = (format: DossierFormat) => {
    setRunning(format);
    setStep(null);
    exporter.mutate({ format, options }, { onSettled: () => setRunning(null) });
  };
  const label = formats.find((entry) => entry.format === running)?.label;

  return (
    <div className="dossier-export">
      <div className="dossier-export-buttons" role="group" aria-label="Export the dossier">
        {formats.map(({ format, label: formatLabel, description }) => (
          <button
            key={format}
            type="button"
            className={format === 'pdf' ? 'button is-primary' : 'button'}
            disabled={running !== null}
            title={`Export as ${formatLabel}: ${description}`}
            onClick={() => start(format)}
          >
            Export {formatLabel}…
          </button>
        ))}
      </div>
      <div className="dossier-export-status" role="status" aria-live="polite">
        {running ? (
          <span className="dossier-export-progress">
            <progress aria-label={`Exporting ${label ?? ''}`} />
            {step ?? 'Waiting for a place to save…'}
          </span>
        ) : exporter.isError ? (
          <span className="dossier-export-error">The dossier could not be exported. {messageOf(exporter.error)}</span>
        ) : exporter.data?.path ? (
          <span>
            Saved to <span className="file-name break" data-testid="dossier-saved-path">{exporter.data.path}</span>
          </span>
        ) : exporter.data ? (
          <span className="muted">Export cancelled.</span>
        ) : null}
      </div>
    </div>
  );
}
