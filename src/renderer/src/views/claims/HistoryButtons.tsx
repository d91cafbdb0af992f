import { useHistory } from '../../bridge/queries';
import { isMac } from '../../navigation/views';
import { useDeskMutation } from './useDeskMutations';

/** Undo and redo of the analyst's last decisions, each naming what it will reverse. */
export function HistoryButtons() {
  const history = useHistory().data;
  const undo = useDeskMutation('history:undo');
  const redo = useDeskMutation('history:redo');
  const undoKeys = isMac ? '⌘Z' : 'Ctrl+Z';
  const redoKeys = isMac ? '⇧⌘Z' : 'Ctrl+Y';
  return (
    <span className="history-buttons">
      <button
        type="button"
        className="button is-small"
        disabled={!history?.canUndo || undo.isPending}
        title={history?.undoLabel ? `Undo: ${history.undoLabel} (${undoKeys})` : 'Nothing to undo'}
        onClick={() => undo.mutate({})}
      >
        ↶ Undo{history?.undoLabel ? <span className="history-label">: {history.undoLabel}</span> : null}
      </button>
      <button
        type="button"
        className="button is-small"
        disabled={!history?.canRedo || redo.isPending}
        title={history?.redoLabel ? `Redo: ${history.redoLabel} (${redoKeys})` : 'Nothing to redo'}
        onClick={() => redo.mutate({})}
      >
        ↷ Redo{history?.redoLabel ? <span className="history-label">: {history.redoLabel}</span> : null}
      </button>
    </span>
  );
}
