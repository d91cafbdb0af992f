import type { ApiError } from '../../shared/api';
import { ExplainedError } from '../../core/ExplainedError';

/**
 * Turns anything thrown behind the bridge into what the views may show: an ExplainedError's
 * own code and message, otherwise a plain sentence naming the first line of the defect. Never
 * a stack trace. Runs where the error was thrown (the worker), so the class is still known.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ExplainedError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'internal', message: `The workbench could not finish: ${firstLine(error.message)}` };
  return { code: 'internal', message: 'The workbench could not finish for an unknown reason.' };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
