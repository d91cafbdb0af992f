import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { bridgeApi, type BridgeMethod, type Result, type ShellApi, type ShellMethod } from '../../shared/api';
import { isTrustedSender, type SenderFrame } from '../security/isTrustedSender';
import type { WorkbenchWorkerClient } from '../workbenchWorker/WorkbenchWorkerClient';
import { describeIssues, isApiMethod } from './invokeApiHandler';
import { toApiError } from './toApiError';

export type ShellHandlers = {
  [M in ShellMethod]: (input: z.output<ShellApi[M]['input']>) => Promise<z.output<ShellApi[M]['output']>>;
};

/**
 * One `ipcMain.handle` per contract key (the key is the channel). Each call is checked
 * for its sender (our page, top frame) and its input schema before anything runs.
 */
export function registerBridgeHandlers(workbench: WorkbenchWorkerClient, shell: ShellHandlers): void {
  for (const method of Object.keys(bridgeApi) as BridgeMethod[]) {
    ipcMain.handle(method, async (event, rawInput: unknown): Promise<Result<unknown>> => {
      if (!isTrustedEvent(event)) {
        console.warn(`[ipc] refused ${method} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
        return { ok: false, error: { code: 'forbidden', message: 'This page may not call the workbench.' } };
      }
      return handle(method, rawInput, workbench, shell);
    });
  }
}

function isTrustedEvent(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  const sender: SenderFrame | null = frame ? { url: frame.url, isTopFrame: frame === event.sender.mainFrame } : null;
  return isTrustedSender(sender);
}

async function handle(
  method: BridgeMethod,
  rawInput: unknown,
  workbench: WorkbenchWorkerClient,
  shell: ShellHandlers,
): Promise<Result<unknown>> {
  // The worker client checks Workbench calls against the contract itself.
  if (isApiMethod(method)) return workbench.call(method, rawInput);
  const parsed = bridgeApi[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error.issues) } };
  try {
    // The key names the handler, so the parsed input is the one it declares.
    const handler = shell[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
