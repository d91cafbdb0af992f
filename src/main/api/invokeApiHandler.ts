import type { ApiHandlers } from '../../core/createApiHandlers';
import { api, type ApiMethod, type Result } from '../../shared/api';
import { toApiError } from './toApiError';

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(api, name);

/**
 * Checks a call against the contract: the one validation, done where a call enters main from
 * the renderer (or from a test's page). What passes carries the contract's parsed input.
 */
export function parseApiCall(method: string, rawInput: unknown): Result<{ method: ApiMethod; input: unknown }> {
  if (!isApiMethod(method)) return { ok: false, error: { code: 'unknown-method', message: `No such method: ${method}.` } };
  const parsed = api[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error.issues) } };
  return { ok: true, value: { method, input: parsed.data } };
}

/**
 * Runs one call already parsed by `parseApiCall` and wraps the outcome as a Result;
 * `explain` may turn a raw failure (an SQLite error) into one the analyst can act on.
 */
export async function invokeApiHandler(
  handlers: ApiHandlers,
  method: ApiMethod,
  input: unknown,
  explain: (error: unknown) => unknown = (error) => error,
): Promise<Result<unknown>> {
  try {
    // The map is keyed by the same method, so its handler takes exactly this parsed input.
    const handler = handlers[method] as (input: unknown) => unknown;
    const value: unknown = await handler(input);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toApiError(explain(error)) };
  }
}

export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
