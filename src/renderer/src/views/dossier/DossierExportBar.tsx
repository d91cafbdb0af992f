import { useEffect, useState } from 'react';
import type { BridgeEventPayload } from '../../../../shared/api';
import type { DossierFormat, DossierOptionsInput } from '../../../../shared/dossier';
import { BridgeCallError, callBridge, messageOf } from '../../bridge/callBridge';
import { useDossierExport } from '../../bridge/queries';

interface FormatChoice {
  format: DossierFormat;
  label: string;
  description: string;
}

/** What the analyst reads or hands on. */
const readingFormats: FormatChoice[] = [
  { format: 'pdf', label: 'PDF', description: 'for reading and printing' },
  { format: 'html', label: 'HTML', description: 'one self-contained page' },
  { format: 'md', label: 'Markdown', description: 'plain text with headings, for notes and wikis' },
  { format: 'csv', label: 'CSV', description: 'the tables in a zip, for spreadsheets' },
  { format: 'json', label: 'JSON', description: 'the full data' },
];

/** What other tools read: annotation servers, fact-check feeds, qualitative analysis software. */
const exchangeFormats: FormatChoice[] = [
  { format: 'annotations', label: 'Annotations', description: 'W3C Web Annotation JSON-LD, for annotation tools' },
  { format: 'claimreview', label: 'ClaimReview', description: 'schema.org ClaimReview JSON-LD of the judged claims' },
  { format: 'qdpx', label: 'QDA project', description: 'a REFI-QDA project: sources and coded passages for QualCoder, ATLAS.ti, MAXQDA or NVivo' },
  { format: 'qdc', label: 'QDA codebook', description: 'a REFI-QDA codebook: the tags as codes for QDA software' },
];

const stepLabels: Record<BridgeEventPayload<'dossier:did-export-progress'>['step'], string> = {
  building: 'Building the dossier…',
  printing: 'Printing the PDF…',
  writing: 'Writing the file…',
  done: 'Done',
};

/** The export buttons, the progress while one runs (with a way to stop it), and where the last one was saved. */
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
  const label = [...readingFormats, ...exchangeFormats].find((entry) => entry.format === running)?.label;
  const wasStopped = exporter.error instanceof BridgeCallError && exporter.error.code === 'cancelled';
  const buttons = (choices: FormatChoice[], verb: string) =>
    choices.map(({ format, label: formatLabel, description }) => (
      <button
        key={format}
        type="button"
        className={format === 'pdf' ? 'button is-primary is-wide' : 'button'}
        disabled={running !== null}
        title={`Export as ${formatLabel}: ${description}`}
        onClick={() => start(format)}
      >
        {verb}
        {formatLabel}…
      </button>
    ));

  return (
    <div className="dossier-export">
      <div className="dossier-export-buttons" role="group" aria-label="Export the dossier">
        {buttons(readingFormats, 'Export ')}
      </div>
      <h3 className="dossier-export-heading" id="dossier-exchange-heading">
        Export for other tools
      </h3>
      <div className="dossier-export-buttons" role="group" aria-labelledby="dossier-exchange-heading">
        {buttons(exchangeFormats, '')}
      </div>
      <div className="dossier-export-status" role="status" aria-live="polite">
        {running ? (
          <span className="dossier-export-progress">
            <progress aria-label={`Exporting ${label ?? ''}`} />
            {step ?? 'Waiting for a place to save…'}
            {step ? (
              <button type="button" className="button is-small" onClick={() => void callBridge('dossier:cancel-export', {})}>
                Stop export
              </button>
            ) : null}
          </span>
        ) : wasStopped ? (
          <span className="muted">Export stopped: nothing was written.</span>
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
