// Reading a case where SQLite may not write beside it (a read-only folder or mount).
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * SQLite reads a WAL case only through its `-shm` index, which it cannot create in a
 * read-only folder (a read-only mount, a CD): SQLITE_READONLY_DIRECTORY on every read. Such a
 * case with no log beside it is read from a copy in memory instead (whole, so large cases cost
 * their size in memory).
 */
export function needsCopyToRead(path: string): boolean {
  return !isWritable(dirname(path)) && !existsSync(`${path}-shm`) && !existsSync(`${path}-wal`);
}

/** The file's bytes marked as a rollback-journal database, which SQLite opens in memory without a log. */
export function walFreeCopy(path: string): Buffer {
  const bytes = readFileSync(path);
  // Header bytes 18 and 19 are the read and write format versions: 2 is WAL, 1 is legacy.
  if (bytes.length >= 20 && bytes.readUInt8(18) === 2) {
    bytes.writeUInt8(1, 18);
    bytes.writeUInt8(1, 19);
  }
  return bytes;
}

export function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
