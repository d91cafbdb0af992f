import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** What the bytes at a case path are, read without SQLite so nothing is created or written. */
export type CaseFileKind = 'missing' | 'folder' | 'empty' | 'not-sqlite' | 'sqlite';

export interface CaseHeader {
  kind: CaseFileKind;
  /** The application id in the main file's header (0 when unset or not SQLite). */
  applicationId: number;
  /** A write-ahead log beside the file: its newest header may be there, not in the file. */
  hasWal: boolean;
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
// The SQLite file format puts the application id, big-endian, at byte 68 of the header.
const applicationIdOffset = 68;

export function readCaseHeader(path: string): CaseHeader {
  const hasWal = existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
  if (!existsSync(path)) return { kind: 'missing', applicationId: 0, hasWal };
  const stat = statSync(path);
  if (stat.isDirectory()) return { kind: 'folder', applicationId: 0, hasWal };
  if (stat.size === 0) return { kind: hasWal ? 'sqlite' : 'empty', applicationId: 0, hasWal };
  const header = Buffer.alloc(100);
  const descriptor = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(descriptor, header, 0, header.length, 0);
  } finally {
    closeSync(descriptor);
  }
  if (length < sqliteMagic.length || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    return { kind: 'not-sqlite', applicationId: 0, hasWal };
  }
  const applicationId = length >= applicationIdOffset + 4 ? header.readUInt32BE(applicationIdOffset) : 0;
  return { kind: 'sqlite', applicationId, hasWal };
}
