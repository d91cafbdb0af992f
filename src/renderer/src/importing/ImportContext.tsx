import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportProgress, ImportReport } from '../../../shared/domain';
import { callBridge, messageOf } from '../bridge/callBridge';

interface ImportState {
  isRunning: boolean;
  progress: ImportProgress | null;
  report: ImportReport | null;
  /** The import could not run at all (busy, no case…); per-file failures are in the report. */
  error: string | null;
}

interface Importer extends ImportState {
  importPaths(paths: readonly string[]): Promise<void>;
  chooseAndImport(kind: 'files' | 'folder'): Promise<void>;
  cancel(): void;
  dismiss(): void;
  /** Shows a problem found before the import could start. */
  fail(message: string): void;
}

const ImportContext = createContext<Importer | null>(null);

const idle: ImportState = { isRunning: false, progress: null, report: null, error: null };

/** One import at a time for the whole window, so its progress survives switching views. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>(idle);

  const importPaths = useCallback(
    async (paths: readonly string[]) => {
      if (paths.length === 0) return;
      setState({ isRunning: true, progress: { done: 0, total: 0, current: '' }, report: null, error: null });
      const stopProgress = window.workbench.on('sources:did-import-progress', (progress) =>
        setState((current) => (current.isRunning ? { ...current, progress } : current)),
      );
      try {
        const report = await callBridge('sources:import', { paths: [...paths] });
        setState((current) => ({ ...current, isRunning: false, report }));
      } catch (error) {
        setState({ ...idle, error: messageOf(error) });
      } finally {
        stopProgress();
        await queryClient.invalidateQueries();
      }
    },
    [queryClient],
  );

  const chooseAndImport = useCallback(
    async (kind: 'files' | 'folder') => {
      try {
        const { paths } = await callBridge('dialog:choose-import', { kind });
        await importPaths(paths);
      } catch (error) {
        setState({ ...idle, error: messageOf(error) });
      }
    },
    [importPaths],
  );

  const value = useMemo<Importer>(
    () => ({
      ...state,
      importPaths,
      chooseAndImport,
      cancel: () => void callBridge('sources:cancel-import', {}),
      dismiss: () => setState(idle),
      fail: (message) => setState({ ...idle, error: message }),
    }),
    [state, importPaths, chooseAndImport],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (!importer) throw new Error('useImporter must be used inside ImportProvider.');
  return importer;
}
