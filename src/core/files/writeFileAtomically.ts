// The one routine that writes an export (app and CLI): the bytes go to `<target>.partial` in
// the target's folder, are flushed to disk, then renamed over the target, so a reader sees
// the old file or the whole new one. Before anything is written the target is checked: an
// export must never replace the open case, any other SQLite file, a folder or a device.
import { closeSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WorkbenchError } from '../WorkbenchError';

export interface AtomicWriteOptions {
  /**
   * Files the write must never replace: the open case. Its `-wal`, `-shm` and `-journal`
   * companions are protected with it, by device and inode and by name.
   */
  protectedFiles?: readonly string[];
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
const sqliteCompanions = ['', '-wal', '-shm', '-journal'];

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The path with its folder's links resolved, so two spellings of one place compare equal. */
function canonicalPath(path: string): string {
  const absolute = resolve(path);
  try {
    return join(realpathSync(dirname(absolute)), basename(absolute));
  } catch {
    return absolute;
  }
}

function startsWithSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(sqliteHeader.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

function refuse(message: string): never {
  throw new WorkbenchError('refused-target', message);
}

/** Throws a one-sentence refusal when `target` is not a place an export may write. */
export function checkWriteTarget(target: string, options: AtomicWriteOptions = {}): void {
  const path = canonicalPath(target);
  const protectedFiles = (options.protectedFiles ?? []).flatMap((file) => sqliteCompanions.map((suffix) => canonicalPath(`${file}${suffix}`)));
  if (protectedFiles.includes(path)) refuse(`${target} is the open case (or one of its files); choose another name for the export.`);
  const link = statOrNull(path, false);
  const stats = statOrNull(path, true);
  if (link && !stats) refuse(`${target} is a link to nothing; choose a plain file name for the export.`);
  if (!stats) return;
  for (const file of protectedFiles) {
    const other = statOrNull(file, true);
    if (other && other.dev === stats.dev && other.ino === stats.ino) refuse(`${target} is the open case (or one of its files); choose another name for the export.`);
  }
  if (stats.isDirectory()) refuse(`${target} is a folder; give a file name for the export.`);
  if (!stats.isFile()) refuse(`${target} is not a regular file (a device, socket or pipe); give a file name for the export.`);
  if (startsWithSqliteHeader(path)) refuse(`${target} is an SQLite database (perhaps a case); an export will not replace it.`);
}

function describeWriteError(target: string, error: unknown): WorkbenchError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new WorkbenchError('cannot-write', `The disk is full: ${target} was not written; free some space and export again.`);
    case 'EROFS':
      return new WorkbenchError('cannot-write', `${dirname(target)} is on a read-only disk; choose another place for the export.`);
    case 'EACCES':
    case 'EPERM':
      return new WorkbenchError('cannot-write', `You may not write to ${dirname(target)}; choose another place for the export.`);
    case 'EISDIR':
      return new WorkbenchError('refused-target', `${target} is a folder; give a file name for the export.`);
    case 'ENOTDIR':
      return new WorkbenchError('refused-target', `A part of ${dirname(target)} is a file, not a folder; choose another place for the export.`);
    default:
      return new WorkbenchError('cannot-write', `${target} could not be written (${code ?? (error as Error).message}).`);
  }
}

/**
 * Writes `data` to `target` in one step and returns the bytes written. Refuses targets
 * `checkWriteTarget` refuses; on any failure (full disk, a folder in the way) the
 * `.partial` file is removed and the target is as it was.
 */
export function writeFileAtomically(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): number {
  const path = resolve(target);
  checkWriteTarget(path, options);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const partial = `${path}.partial`;
  let fd: number | undefined;
  let isPartialOurs = false;
  try {
    mkdirSync(dirname(path), { recursive: true });
    // A stale `.partial` (a crash) may be in the way; a link there must not be followed, so it
    // is unlinked rather than opened, and the new one is created exclusively.
    const stale = statOrNull(partial, false);
    if (stale && !stale.isDirectory()) unlinkSync(partial);
    fd = openSync(partial, 'wx', 0o644);
    isPartialOurs = true;
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    closeSync(fd);
    fd = undefined;
    // Checked again just before the rename: the target may have changed while we wrote.
    checkWriteTarget(path, options);
    renameSync(partial, path);
    isPartialOurs = false;
    syncFolder(dirname(path));
    return bytes.byteLength;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (isPartialOurs) removeQuietly(partial);
    if (error instanceof WorkbenchError) throw error;
    throw describeWriteError(path, error);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone; nothing is left behind either way.
  }
}

/** Makes the rename itself durable; some file systems refuse to fsync a folder, which is harmless. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the data is already on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
