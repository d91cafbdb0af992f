import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import './styles/theme.css';
import './styles/shell.css';
import './styles/views.css';
import './styles/claims.css';
import './styles/compare.css';
import './styles/dossier-view.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ImportProvider } from './importing/ImportContext';
import { NavigationProvider } from './navigation/NavigationContext';
import { AppShell } from './shell/AppShell';

// The data lives in a local file and changes only through the bridge, which announces
// every change; refetching on focus or on a timer would only add work.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } },
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <NavigationProvider>
        <ImportProvider>
          <AppShell />
        </ImportProvider>
      </NavigationProvider>
    </QueryClientProvider>
  </StrictMode>,
);
