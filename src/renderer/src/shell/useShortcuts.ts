import { useEffect } from 'react';
import type { ShellCommand } from '../../../shared/api';
import { views } from '../navigation/views';

/**
 * Ctrl/⌘ + 1–5, K and L. In Electron the menu accelerators take these keys first and
 * send the same commands, so both roads end in `run`.
 */
export function useShortcuts(run: (command: ShellCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
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
