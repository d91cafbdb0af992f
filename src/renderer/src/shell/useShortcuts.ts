import { useEffect } from 'react';
import type { ShellCommand } from '../../../shared/api';
import { callBridge } from '../bridge/callBridge';
import { views } from '../navigation/views';

/**
 * ⌘/Ctrl+Z undoes the analyst's last decision, ⇧⌘Z or Ctrl+Y redoes it; inside a text field
 * the keys keep their usual meaning. The Workbench announces the change, which refetches.
 */
function undoRedoShortcut(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const key = event.key.toLowerCase();
  const isUndo = key === 'z' && !event.shiftKey;
  const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
  if (!isUndo && !isRedo) return false;
  const target = event.target as HTMLElement | null;
  const isTextField = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type));
  if (isTextField || target?.isContentEditable) return false;
  event.preventDefault();
  void callBridge(isUndo ? 'history:undo' : 'history:redo', {}).catch(() => undefined);
  return true;
}

/**
 * Ctrl/⌘ + 1–5, K and L. In Electron the menu accelerators take these keys first and
 * send the same commands, so both roads end in `run`.
 */
export function useShortcuts(run: (command: ShellCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (undoRedoShortcut(event)) return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const entry = views.find((view) => view.shortcutKey.toLowerCase() === event.key.toLowerCase());
      if (!entry) return;
      event.preventDefault();
      run(entry.command);
    };
    window.addEventListener('keydown', onKeyDown);
    const stop = window.workbench.on('shell:did-request-command', ({ command }) => run(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stop();
    };
  }, [run]);
}
