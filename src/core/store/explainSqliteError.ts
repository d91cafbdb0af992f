import Database from 'better-sqlite3';
import { basename } from 'node:path';
import { CaseFileError } from './CaseFileError';

/** Sentences shared by the open checks and by failures met later, in the middle of a command. */
export const caseSentences = {
  damaged: (fileName: string, detail: string) =>
    `${fileName} is damaged (SQLite reports: ${detail}), so Triangulate will not write to it; \`sources\`, \`show\`, \`search\` and \`export\` still read what is intact, and \`sqlite3 ${fileName} .dump > ${fileName}.sql\` copies out every readable row.`,
  busy: (fileName: string) =>
    `Another program is using ${fileName} (its lock was held for the whole wait); close the other Triangulate window or command and try again.`,
  readOnly: (fileName: string) =>
    `${fileName} is read-only (the file or its folder), so Triangulate refuses to write to it; \`sources\`, \`show\`, \`search\` and \`export\` still read it, or copy it to a folder you may write to.`,
  diskFull: (fileName: string) =>
    `The disk holding ${fileName} is full, so the change was not saved (the case is as it was before); free some space and run the command again.`,
  ioError: (fileName: string, detail: string) =>
    `The disk failed while reading or writing ${fileName} (${detail}); check the disk or copy the case elsewhere and try again.`,
};

/**
 * The CaseFileError an SQLite failure on a case means, or undefined when it is not one of
 * the file's conditions (a defect such as a bad statement stays a defect).
 */
export function explainSqliteError(error: unknown, path: string): CaseFileError | undefined {
  if (!(error instanceof Database.SqliteError)) return undefined;
  const fileName = basename(path);
  const code = error.code;
  const cause = { cause: error };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new CaseFileError('busy', caseSentences.busy(fileName), cause);
  if (code.startsWith('SQLITE_READONLY')) return new CaseFileError('read-only', caseSentences.readOnly(fileName), cause);
  if (code === 'SQLITE_FULL') return new CaseFileError('disk-full', caseSentences.diskFull(fileName), cause);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new CaseFileError('damaged', caseSentences.damaged(fileName, error.message), cause);
  }
  if (code.startsWith('SQLITE_IOERR')) return new CaseFileError('io-error', caseSentences.ioError(fileName, error.message), cause);
  return undefined;
}
