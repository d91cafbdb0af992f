import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SkippedLink, SkippedLinkReason } from '../../shared/domain';

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be read at all, with the reason. */
  unreadable: { file: string; error: string }[];
  /** Links inside folders that were not followed, with the reason. */
  skippedLinks: SkippedLink[];
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

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A folder's identity whatever path reaches it; bigint because inode numbers can pass 2^53. */
function folderIdentity(path: string): string {
  const info = statSync(path, { bigint: true });
  return `${info.dev}:${info.ino}`;
}

/** Whether `folder` is `ancestor` or lies inside it (both real paths). */
function isWithin(folder: string, ancestor: string): boolean {
  const path = relative(ancestor, folder);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** Why a link cannot be followed at all, from the error resolving it; undefined when that is no link fault. */
function linkFault(error: unknown): SkippedLinkReason | undefined {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'broken link';
  // A chain of links that ends where it began: the system refuses to resolve it.
  if (code === 'ELOOP') return 'loop';
  return undefined;
}

interface PendingLink {
  path: string;
  /** Real path of the folder holding the link. */
  parentRealPath: string;
}

/**
 * Expands the paths an analyst dropped into the files to import: files as given, folders
 * recursively in name order, hidden entries skipped. Which files are supported is decided
 * by ingest, so an unsupported file is reported rather than silently passed over.
 *
 * Each real folder is walked once and each real file collected once, however many links lead
 * to it: a folder holding two links to itself would otherwise make the walk grow without end.
 * Links inside folders are followed only after every real entry has been walked, so a file is
 * imported under its own path and a link to it, met before it in name order, is the one skipped.
 * Every link not followed is reported with its reason.
 *
 * Synchronous on purpose: a `stat` takes microseconds, where the promise round trip of an
 * asynchronous one cost 27 µs of this thread's time (1.4 s before the first of 50,000 files).
 */
export function collectImportFiles(paths: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const unreadable: CollectedFiles['unreadable'] = [];
  const skippedLinks: SkippedLink[] = [];
  const walkedFolders = new Set<string>();
  const reachedFiles = new Set<string>();
  const pendingLinks: PendingLink[] = [];

  const addFile = (path: string, realPath: string): boolean => {
    if (reachedFiles.has(realPath)) return false;
    reachedFiles.add(realPath);
    files.push(path);
    return true;
  };

  /** Walks the folder unless it was walked already (reached another way); returns whether it walked. */
  const enterFolder = (path: string, realPath: string): boolean => {
    let identity: string;
    try {
      identity = folderIdentity(path);
    } catch (error) {
      unreadable.push({ file: path, error: describeFsError(path, error) });
      return true;
    }
    if (walkedFolders.has(identity)) return false;
    walkedFolders.add(identity);
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ file: path, error: describeFsError(path, error) });
      return true;
    }
    for (const entry of entries.filter((each) => !isHidden(each.name)).sort(byName)) {
      const entryPath = join(path, entry.name);
      const entryRealPath = join(realPath, entry.name);
      if (entry.isSymbolicLink()) {
        pendingLinks.push({ path: entryPath, parentRealPath: realPath });
        continue;
      }
      // Only odd entries (or a file system that does not type its listing) need a `stat`.
      const kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : kindOf(entryPath);
      if (kind === 'file') addFile(entryPath, entryRealPath);
      else if (kind === 'folder') enterFolder(entryPath, entryRealPath);
      else unreadable.push({ file: entryPath, error: kind.error });
    }
    return true;
  };

  const followLink = ({ path, parentRealPath }: PendingLink): void => {
    let target: string;
    let kind: PathKind;
    try {
      target = realpathSync(path);
      kind = kindOf(target);
    } catch (error) {
      const reason = linkFault(error);
      if (reason) skippedLinks.push({ file: path, reason });
      else unreadable.push({ file: path, error: describeFsError(path, error) });
      return;
    }
    if (kind === 'file') {
      if (!addFile(path, target)) skippedLinks.push({ file: path, reason: 'already imported' });
    } else if (kind === 'folder') {
      if (!enterFolder(path, target)) {
        skippedLinks.push({ file: path, reason: isWithin(parentRealPath, target) ? 'loop' : 'already imported' });
      }
    } else {
      unreadable.push({ file: path, error: kind.error });
    }
  };

  for (const path of paths) {
    const resolved = resolve(path);
    const kind = kindOf(resolved);
    if (typeof kind !== 'string') {
      unreadable.push({ file: resolved, error: kind.error });
      continue;
    }
    let realPath: string;
    try {
      realPath = realpathSync(resolved);
    } catch (error) {
      unreadable.push({ file: resolved, error: describeFsError(resolved, error) });
      continue;
    }
    // A path the analyst named is imported as named, even twice (the store reports the duplicate).
    if (kind === 'file') {
      reachedFiles.add(realPath);
      files.push(resolved);
    } else {
      enterFolder(resolved, realPath);
    }
  }
  // Links found while following links join the end of the queue: the walk is breadth-first over links.
  for (let index = 0; index < pendingLinks.length; index += 1) {
    const link = pendingLinks[index];
    if (link) followLink(link);
  }
  return { files, unreadable, skippedLinks };
}

export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const name = basename(path);
  if (code === 'ENOENT') return `${name} does not exist (${path}).`;
  if (code === 'EACCES' || code === 'EPERM') return `${name} cannot be read: permission denied.`;
  if (code === 'EISDIR') return `${name} is a folder.`;
  return `${name} cannot be read: ${(error as Error).message}`;
}
