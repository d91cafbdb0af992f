import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be read at all, with the reason. */
  unreadable: { file: string; error: string }[];
}

const isHidden = (name: string) => name.startsWith('.');

type PathKind = 'file' | 'folder' | { error: string };

async function kindOf(path: string): Promise<PathKind> {
  try {
    const info = await stat(path);
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'folder';
    return { error: `${basename(path)} is neither a file nor a folder.` };
  } catch (error) {
    return { error: describeFsError(path, error) };
  }
}

/** A folder entry's kind from the listing itself; only links and odd entries need a `stat`. */
function kindOfEntry(entry: Dirent, path: string): PathKind | Promise<PathKind> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  return kindOf(path);
}

/**
 * Expands the paths an analyst dropped into the files to import: files as given, folders
 * recursively in name order, hidden entries skipped. Which files are supported is decided
 * by ingest, so an unsupported file is reported rather than silently passed over. Paths are
 * looked at all at once, not one after another: a folder of thousands of files is otherwise
 * thousands of round trips before the first file is parsed.
 */
export async function collectImportFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const unreadable: CollectedFiles['unreadable'] = [];
  const visitAll = async (paths: readonly string[], kinds: readonly (PathKind | Promise<PathKind>)[]): Promise<void> => {
    const known = await Promise.all(kinds);
    for (const [index, path] of paths.entries()) {
      const kind = known[index];
      if (kind === 'file') files.push(path);
      else if (kind === 'folder') await visitFolder(path);
      else if (kind) unreadable.push({ file: path, error: kind.error });
    }
  };
  const visitFolder = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ file: folder, error: describeFsError(folder, error) });
      return;
    }
    const visible = entries.filter((entry) => !isHidden(entry.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const entryPaths = visible.map((entry) => join(folder, entry.name));
    await visitAll(entryPaths, visible.map((entry) => kindOfEntry(entry, join(folder, entry.name))));
  };
  const resolved = paths.map((path) => resolve(path));
  await visitAll(resolved, resolved.map(kindOf));
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
