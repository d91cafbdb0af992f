import { useCallback } from 'react';
import type { ShellCommand } from '../../../shared/api';
import { useBridgeEvents, useCaseInfo } from '../bridge/queries';
import { useImporter } from '../importing/ImportContext';
import { Inspector } from '../inspector/Inspector';
import { useNavigation } from '../navigation/NavigationContext';
import { views, type ViewId } from '../navigation/views';
import { AuditLogView } from '../views/audit/AuditLogView';
import { ClaimsView } from '../views/claims/ClaimsView';
import { CompareView } from '../views/compare/CompareView';
import { DossierView } from '../views/dossier/DossierView';
import { LibraryView } from '../views/library/LibraryView';
import { ReaderView } from '../views/reader/ReaderView';
import { ErrorNotice } from '../views/parts/ErrorNotice';
import { SearchView } from '../views/search/SearchView';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useFileDrop } from './useFileDrop';
import { useShortcuts } from './useShortcuts';

export function AppShell() {
  useBridgeEvents();
  const { view, showView } = useNavigation();
  const importer = useImporter();
  const caseInfo = useCaseInfo();
  const caseName = caseInfo.data?.name;

  const run = useCallback(
    (command: ShellCommand) => {
      const target = views.find((entry) => entry.command === command);
      if (target) showView(target.id);
      else if (command === 'import-files' || command === 'import-folder') {
        showView('library');
        void importer.chooseAndImport(command === 'import-files' ? 'files' : 'folder');
      }
    },
    [showView, importer],
  );
  useShortcuts(run);

  const onDroppedPaths = useCallback(
    (paths: string[], withoutPath: number) => {
      showView('library');
      if (paths.length > 0) void importer.importPaths(paths);
      else if (withoutPath > 0) importer.fail('The dropped items are not files on this computer; use Import files… instead.');
    },
    [showView, importer],
  );
  const isDragging = useFileDrop(onDroppedPaths);

  return (
    <div className="app-shell">
      <Sidebar />
      <main className="view" id="view" aria-label={views.find((entry) => entry.id === view)?.label}>
        {/* No case open, or the sample case could not be made: the worker's reason, once, above every view. */}
        <ErrorNotice of={caseInfo} />
        <CurrentView view={view} />
      </main>
      <Inspector />
      <StatusBar />
      {isDragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to import into {caseName ?? 'this case'}</p>
        </div>
      ) : null}
    </div>
  );
}

function CurrentView({ view }: { view: ViewId }) {
  switch (view) {
    case 'library':
      return <LibraryView />;
    case 'reader':
      return <ReaderView />;
    case 'search':
      return <SearchView />;
    case 'audit':
      return <AuditLogView />;
    case 'compare':
      return <CompareView />;
    case 'claims':
      return <ClaimsView />;
    case 'dossier':
      return <DossierView />;
  }
}
