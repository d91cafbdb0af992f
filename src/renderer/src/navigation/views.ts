import type { ShellCommand } from '../../../shared/api';

export type ViewId = 'library' | 'reader' | 'compare' | 'claims' | 'dossier' | 'search' | 'audit';

export interface ViewEntry {
  id: ViewId;
  label: string;
  /** The key pressed with Ctrl/⌘. */
  shortcutKey: string;
  command: ShellCommand;
}

/** The sidebar, in order. Compare, Claims and Dossier arrive with later work. */
export const views: readonly ViewEntry[] = [
  { id: 'library', label: 'Library', shortcutKey: '1', command: 'show-library' },
  { id: 'reader', label: 'Reader', shortcutKey: '2', command: 'show-reader' },
  { id: 'compare', label: 'Compare', shortcutKey: '3', command: 'show-compare' },
  { id: 'claims', label: 'Claims', shortcutKey: '4', command: 'show-claims' },
  { id: 'dossier', label: 'Dossier', shortcutKey: '5', command: 'show-dossier' },
  { id: 'search', label: 'Search', shortcutKey: 'K', command: 'show-search' },
  { id: 'audit', label: 'Audit log', shortcutKey: 'L', command: 'show-audit' },
];

export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.userAgent);
export const shortcutLabel = (key: string) => (isMac ? `⌘${key}` : `Ctrl+${key}`);
