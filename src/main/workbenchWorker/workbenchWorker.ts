// The worker thread that owns the Workbench, so SQLite work never blocks main's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { CancelFlag } from '../../core/analysis/CancelFlag';
import { createApiHandlers, type ApiHandlers } from '../../core/createApiHandlers';
import { useResourcesDir } from '../../core/resources/resourcesDir';
import { explainSqliteError } from '../../core/store/explainSqliteError';
import { ensureSampleCase } from '../../core/sample/ensureSampleCase';
import { Workbench } from '../../core/workbench';
import type { Result } from '../../shared/api';
import { invokeApiHandler } from '../api/invokeApiHandler';
import { toApiError } from '../api/toApiError';
import type { FromWorker, ToWorker, WorkbenchWorkerData } from './workerMessages';

interface OpenCase {
  workbench: Workbench;
  handlers: ApiHandlers;
  stopForwarding: () => void;
  /** Says a locked, read-only, full or damaged case file as such, not as a defect. */
  explainError: (error: unknown) => unknown;
}

const port = parentPort;
if (!port) throw new Error('workbenchWorker must run as a worker thread.');
const settings = workerData as WorkbenchWorkerData;
let current: OpenCase | undefined;
// Why the last open failed while no case was open (the sample case could not be made, say):
// every call then answers with it, so the window says why it is empty.
let openFailure: Result<never> | undefined;
if (settings.resourcesDir) useResourcesDir(settings.resourcesDir);
const analysisCancel = new CancelFlag(settings.analysisCancel);

const post = (message: FromWorker) => port.postMessage(message);

async function openCase(path: string, isSample: boolean): Promise<Result<unknown>> {
  try {
    const options = {
      analysisCancel,
      ...(settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {}),
      ...(settings.parseWorker ? { parseWorker: settings.parseWorker } : {}),
    };
    const workbench = isSample
      ? await ensureSampleCase(path, options)
      : Workbench.open(path, options);
    closeCurrent();
    const stopForwarding = workbench.onEvent((event, payload) => post({ type: 'event', event, payload }));
    current = { workbench, handlers: createApiHandlers(workbench), stopForwarding, explainError: (error) => explainSqliteError(error, path) ?? error };
    openFailure = undefined;
    return { ok: true, value: workbench.caseInfo() };
  } catch (error) {
    const failure: Result<never> = { ok: false, error: toApiError(error) };
    if (!current) openFailure = failure;
    return failure;
  }
}

function closeCurrent(): void {
  current?.stopForwarding();
  current?.workbench.close();
  current = undefined;
}

// Calls are not queued: a cancel must reach the Workbench while an import is awaiting. Their
// input was parsed against the contract by the client in main.
port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'open-case':
      void openCase(message.path, message.isSample).then((result) => post({ type: 'reply', id: message.id, result }));
      return;
    case 'call': {
      const answer: Promise<Result<unknown>> = current
        ? invokeApiHandler(current.handlers, message.method, message.input, current.explainError)
        : Promise.resolve(openFailure ?? { ok: false, error: { code: 'no-case', message: 'No case is open. Open or create one from the File menu.' } });
      void answer.then((result) => post({ type: 'reply', id: message.id, result }));
      return;
    }
    case 'close':
      closeCurrent();
      port.close();
      return;
  }
});
