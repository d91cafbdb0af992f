import type { ApiError } from '../../shared/api';

/**
 * Turns anything thrown behind the bridge into what the views may show: the error's own
 * code and message when it carries a code (WorkbenchError, CaseFileError, IngestError),
 * otherwise a plain sentence. Never a stack trace.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0 && !code.startsWith('ERR_') && !/^E[A-Z]+$/.test(code)) {
      return { code, message: error.message };
    }
    return { code: 'internal', message: `The workbench could not finish: ${firstLine(error.message)}` };
  }
  return { code: 'internal', message: 'The workbench could not finish for an unknown reason.' };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
