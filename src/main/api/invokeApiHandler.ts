import type { ApiHandlers } from '../../core/createApiHandlers';
import { api, type ApiMethod, type Result } from '../../shared/api';
import { toApiError } from './toApiError';

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(api, name);

/**
 * Validates one call against the contract, runs it and wraps the outcome as a Result.
 * Main's worker and the e2e bridge both call the Workbench through here, so a call
 * behaves the same in the app and in the tests.
 */
export async function invokeApiHandler(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'unknown-method', message: `No such method: ${method}.` } };
  const parsed = api[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error.issues) } };
  try {
    // The map is keyed by the same method, so its handler takes exactly this parsed input.
    const handler = handlers[method] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}

export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
