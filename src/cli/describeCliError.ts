import { ExplainedError } from '../core/ExplainedError';
import { IngestError } from '../core/ingest/IngestedDocument';
import { CaseFileError, type CaseFileErrorCode } from '../core/store/CaseFileError';
import { explainSqliteError } from '../core/store/explainSqliteError';
import { WorkbenchError } from '../core/WorkbenchError';
import { cliExitCodes } from './cliExitCodes';

export interface CliErrorReport {
  /** One sentence for the analyst. */
  message: string;
  exitCode: number;
  /** A defect rather than a condition of the files: its stack is worth showing under --debug. */
  isDefect: boolean;
}

const caseFileExitCodes: Record<CaseFileErrorCode, number> = {
  missing: cliExitCodes.noInput,
  unreadable: cliExitCodes.noInput,
  'not-a-case': cliExitCodes.dataError,
  'newer-schema': cliExitCodes.dataError,
  damaged: cliExitCodes.dataError,
  busy: cliExitCodes.temporaryFailure,
  'read-only': cliExitCodes.ioError,
  'disk-full': cliExitCodes.ioError,
  'io-error': cliExitCodes.ioError,
};

const workbenchExitCodes: Record<WorkbenchError['code'], number> = {
  'invalid-input': cliExitCodes.usage,
  'not-found': cliExitCodes.dataError,
  busy: cliExitCodes.temporaryFailure,
  'refused-target': cliExitCodes.cannotCreate,
  'cannot-write': cliExitCodes.ioError,
  cancelled: cliExitCodes.interrupted,
};

/** What the file system's own error codes mean, for failures no engine turned into a sentence. */
function describeSystemError(error: NodeJS.ErrnoException): CliErrorReport | undefined {
  const path = error.path ?? 'a file';
  const report = (message: string, exitCode: number): CliErrorReport => ({ message, exitCode, isDefect: false });
  switch (error.code) {
    case 'ENOSPC':
      return report(`The disk is full, so ${path} could not be written; free some space and try again.`, cliExitCodes.ioError);
    case 'EROFS':
      return report(`${path} is on a read-only disk; choose a place you may write to.`, cliExitCodes.ioError);
    case 'EIO':
      return report(`The disk failed while reading or writing ${path}.`, cliExitCodes.ioError);
    case 'EACCES':
    case 'EPERM':
      return report(`You may not write to ${path}; choose a place you may write to.`, cliExitCodes.cannotCreate);
    case 'EISDIR':
      return report(`${path} is a folder; give a file name.`, cliExitCodes.cannotCreate);
    case 'EEXIST':
      return report(`${path} already exists; choose another name.`, cliExitCodes.cannotCreate);
    case 'ENOTDIR':
      return report(`${path}: a part of that path is a file, not a folder; choose another place.`, cliExitCodes.cannotCreate);
    case 'ENOENT':
      return report(`${path} does not exist.`, cliExitCodes.noInput);
    default:
      return undefined;
  }
}

/** Turns anything a command threw into one sentence and a sysexits code. */
export function describeCliError(error: unknown, casePath: string): CliErrorReport {
  const explained = error instanceof ExplainedError ? error : explainSqliteError(error, casePath);
  if (explained instanceof CaseFileError) return { message: explained.message, exitCode: caseFileExitCodes[explained.code], isDefect: false };
  if (explained instanceof WorkbenchError) return { message: explained.message, exitCode: workbenchExitCodes[explained.code], isDefect: false };
  if (explained instanceof IngestError) return { message: explained.message, exitCode: cliExitCodes.dataError, isDefect: false };
  // Others (the sample articles or the app's resources missing) are faults of the installation.
  if (explained) return { message: explained.message, exitCode: cliExitCodes.internal, isDefect: false };
  const system = error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' ? describeSystemError(error) : undefined;
  if (system) return system;
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';
  return { message: `unexpected error (a defect in Triangulate): ${firstLine}; run again with --debug for the details.`, exitCode: cliExitCodes.internal, isDefect: true };
}
