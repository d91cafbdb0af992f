import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be read at all, with the reason. */
  unreadable: { file: string; error: string }[];
}

const isHidden = (name: string) => name.startsWith('.');

/**
 * Expands the paths an analyst dropped into the files to import: files as given, folders
 * recursively in name order, hidden entries skipped. Which files are supported is decided
 * by ingest, so an unsupported file is reported rather than silently passed over.
 */
export async function collectImportFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const unreadable: CollectedFiles['unreadable'] = [];
  const visit = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      unreadable.push({ file: path, error: describeFsError(path, error) });
      return;
    }
    if (info.isFile()) {
      files.push(path);
      return;
    }
    if (!info.isDirectory()) {
      unreadable.push({ file: path, error: `${basename(path)} is neither a file nor a folder.` });
      return;
    }
    let entries;
    try {
      entries = await readdir(path);
    } catch (error) {
      unreadable.push({ file: path, error: describeFsError(path, error) });
      return;
    }
    for (const entry of entries.filter((name) => !isHidden(name)).sort()) await visit(join(path, entry));
  };
  for (const path of paths) await visit(resolve(path));
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
