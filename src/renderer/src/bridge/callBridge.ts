import type { BridgeInput, BridgeMethod, BridgeOutput } from '../../../shared/api';

/** A failed bridge call, carrying the code and the sentence the Workbench gave. */
export class BridgeCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeCallError';
  }
}

/** Calls `window.workbench` and unwraps its Result, so queries can throw on failure. */
export async function callBridge<M extends BridgeMethod>(method: M, input: BridgeInput<M>): Promise<BridgeOutput<M>> {
  const call = window.workbench[method] as (input: BridgeInput<M>) => Promise<
    { ok: true; value: BridgeOutput<M> } | { ok: false; error: { code: string; message: string } }
  >;
  const result = await call(input);
  if (!result.ok) throw new BridgeCallError(result.error.code, result.error.message);
  return result.value;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
