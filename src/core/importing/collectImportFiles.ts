import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be read at all, with the reason. */
  unreadable: { file: string; error: string }[];
}

const isHidden = (name: string) => name.startsWith('.');

type PathKind = 'file' | 'folder' | { error: string };

function kindOf(path: string): PathKind {
  try {
    const info = statSync(path);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'folder';
    return { error: `${basename(path)} is neither a file nor a folder.` };
  } catch (error) {
    return { error: describeFsError(path, error) };
  }
}

/** A folder entry's kind from the listing itself; only links and odd entries need a `stat`. */
function kindOfEntry(entry: Dirent, path: string): PathKind {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  return kindOf(path);
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands the paths an analyst dropped into the files to import: files as given, folders
 * recursively in name order, hidden entries skipped. Which files are supported is decided
 * by ingest, so an unsupported file is reported rather than silently passed over.
 * Synchronous on purpose: a `stat` takes microseconds, where the promise round trip of an
 * asynchronous one cost 27 µs of this thread's time (1.4 s before the first of 50,000 files).
 */
export function collectImportFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const unreadable: CollectedFiles['unreadable'] = [];
  const visit = (path: string, kind: PathKind): void => {
    if (kind === 'file') {
      files.push(path);
      return;
    }
    if (kind !== 'folder') {
      unreadable.push({ file: path, error: kind.error });
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ file: path, error: describeFsError(path, error) });
      return;
    }
    for (const entry of entries.filter((each) => !isHidden(each.name)).sort(byName)) {
      const entryPath = join(path, entry.name);
      visit(entryPath, kindOfEntry(entry, entryPath));
    }
  };
  for (const path of paths) {
    const resolved = resolve(path);
    visit(resolved, kindOf(resolved));
  }
  return { files, unreadable };
}

export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const name = basename(path);
  if (code === 'ENOENT') return `${name} does not exist (${path}).`;
  if (code === 'EACCES' || code === 'EPERM') return `${name} cannot be read: permission denied.`;
  if (code === 'EISDIR') return `${name} is a folder.`;
  return `${name} cannot be read: ${(error as Error).message}`;
}
