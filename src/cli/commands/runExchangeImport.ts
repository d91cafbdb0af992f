import { existsSync } from 'node:fs';
import { ExchangeFileError } from '../../core/exchange/ExchangeFileError';
import { cliExitCodes } from '../cliExitCodes';

/** No input for a file that is not there, a data error for one that cannot be read as its format. */
const exitCodes = { 'missing-file': cliExitCodes.noInput, 'unreadable-file': cliExitCodes.dataError, 'wrong-format': cliExitCodes.dataError } as const;

/**
 * Runs an import of an exchange file; a file that cannot be read as its format is one line on
 * stderr and its exit code, anything else (a missing or damaged case) is left to runCli's report.
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
