import { useCaseInfo, useNetworkStatus } from '../bridge/queries';
import { formatDateTime, plural } from '../format/formatValues';
import { useImporter } from '../importing/ImportContext';

export function StatusBar() {
  const caseInfo = useCaseInfo().data;
  const network = useNetworkStatus().data;
  const importer = useImporter();
  return (
    <footer className="status-bar" aria-label="Status">
      <span>{caseInfo ? plural(caseInfo.sources, 'source') : '…'}</span>
      <span>{caseInfo ? plural(caseInfo.sentences, 'sentence') : ''}</span>
      <span>Last import {formatDateTime(caseInfo?.lastImportAt ?? null)}</span>
      {importer.isRunning && importer.progress ? (
        <span>
          Importing {importer.progress.done}/{importer.progress.total}
        </span>
      ) : null}
      <span className="status-spacer" />
      <NetworkIndicator
        isOffline={network?.isOffline ?? false}
        isKnown={network !== undefined}
        blocked={network?.blockedRequests ?? 0}
        lastBlockedUrl={network?.lastBlockedUrl ?? null}
      />
    </footer>
  );
}

function NetworkIndicator(props: { isOffline: boolean; isKnown: boolean; blocked: number; lastBlockedUrl: string | null }) {
  if (!props.isKnown) return <span className="network">Checking network…</span>;
  const detail = props.isOffline
    ? props.blocked === 0
      ? 'Every request leaving the app is cancelled; none has been attempted.'
      : `Every request leaving the app is cancelled; ${plural(props.blocked, 'attempt')} blocked, last: ${props.lastBlockedUrl ?? ''}`
    : 'The network guard is not active.';
  return (
    <span className="network" title={detail} data-offline={props.isOffline} data-testid="network-status">
      <span className={`dot ${props.isOffline ? 'is-offline' : 'is-exposed'}`} aria-hidden="true">
        ●
      </span>
      {props.isOffline ? 'Offline' : 'Network guard off'}
      {props.blocked > 0 ? ` · ${plural(props.blocked, 'request')} blocked` : ''}
    </span>
  );
}
