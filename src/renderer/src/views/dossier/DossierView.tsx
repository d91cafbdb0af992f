import { useEffect, useMemo, useState } from 'react';
import { messageOf } from '../../bridge/callBridge';
import { useCodebook, useDossierPreview, useSources } from '../../bridge/queries';
import { DossierExportBar } from './DossierExportBar';
import { DossierOptionsForm, initialChoices, toDossierOptions, type DossierChoices } from './DossierOptionsForm';

/** Waits for typing to settle before re-rendering the preview. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The dossier as it will leave the machine: options on the left, the rendered page on the
 * right. The preview is the exported HTML itself, shown in a frame that may run nothing
 * and go nowhere (an empty `sandbox`).
 */
export function DossierView() {
  const [choices, setChoices] = useState<DossierChoices>(initialChoices);
  const options = useMemo(() => toDossierOptions(choices), [choices]);
  const settledOptions = useSettled(options, 250);
  const preview = useDossierPreview(settledOptions);
  const sources = useSources().data ?? [];
  const tags = useCodebook().data ?? [];
  const isUpdating = preview.isFetching || settledOptions !== options;

  return (
    <div className="dossier-view">
      <header className="view-toolbar">
        <h1>Dossier</h1>
        {preview.data ? (
          <span className="muted tabular">
            {preview.data.claims} {preview.data.claims === 1 ? 'claim' : 'claims'} from {preview.data.sources} {preview.data.sources === 1 ? 'source' : 'sources'}
          </span>
        ) : null}
        <span className="toolbar-spacer" />
        {preview.data ? (
          <span className="dossier-fingerprint" title="SHA-256 over the sources’ hashes and the analyst’s judgements">
            Case fingerprint <code className="hash" data-testid="dossier-fingerprint">{preview.data.fingerprint.slice(0, 16)}…</code>
          </span>
        ) : null}
      </header>
      <div className="dossier-body">
        <aside className="dossier-sidebar">
          <DossierOptionsForm choices={choices} onChange={setChoices} tags={tags} sources={sources} />
          <DossierExportBar options={settledOptions} />
        </aside>
        <section className="dossier-preview" aria-label="Dossier preview" aria-busy={isUpdating}>
          {preview.isError ? (
            <p className="notice is-error" role="alert">
              The preview could not be made. {messageOf(preview.error)}
            </p>
          ) : preview.data ? (
            <iframe className="dossier-frame" title="Dossier preview" sandbox="" srcDoc={preview.data.html} />
          ) : (
            <p className="loading">Making the preview…</p>
          )}
        </section>
      </div>
    </div>
  );
}
