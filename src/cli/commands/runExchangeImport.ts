import { existsSync } from 'node:fs';
import { ExchangeFileError } from '../../core/exchange/ExchangeFileError';

/** sysexits(3): EX_NOINPUT for a file that is not there, EX_DATAERR for one that is not that format. */
const exitCodes = { 'missing-file': 66, 'unreadable-file': 65, 'wrong-format': 65 } as const;

/**
 * Runs an import of an exchange file; a file that cannot be read as its format is one line on
 * stderr and its exit code, anything else is left to the CLI's own error report.
 */
export function runExchangeImport(note: (text: string) => void, commandName: string, path: string, run: () => number): number {
  // Checked before the case is opened, so a mistyped file name does not create an empty case.
  if (!existsSync(path)) {
    note(`triangulate ${commandName}: There is no file ${path}.`);
    return exitCodes['missing-file'];
  }
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ExchangeFileError)) throw error;
    note(`triangulate ${commandName}: ${error.message}`);
    return exitCodes[error.code];
  }
}
