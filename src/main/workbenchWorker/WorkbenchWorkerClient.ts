import { Worker } from 'node:worker_threads';
import type { ApiEventName, ApiInput, ApiMethod, ApiOutput, Result } from '../../shared/api';
import { ExplainedError } from '../../core/ExplainedError';
import { parseApiCall } from '../api/invokeApiHandler';
import type { CaseInfo } from '../../shared/domain';
import { CancelFlag } from '../../core/analysis/CancelFlag';
import type { FromWorker, ToWorker, WorkbenchWorkerData } from './workerMessages';

/** A Workbench call that failed in the worker, carrying its code on to toApiError. */
export class WorkerCallError extends ExplainedError {}

type EventListener = (event: ApiEventName, payload: unknown) => void;

/** Main's handle on the Workbench worker: request/reply by id, events forwarded. */
export class WorkbenchWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result<unknown>) => void>();
  private readonly listeners = new Set<EventListener>();
  private openedCase: { path: string; isSample: boolean } | undefined;
  private readonly analysisCancel = new CancelFlag();

  constructor(
    private readonly workerPath: string,
    private readonly data: Omit<WorkbenchWorkerData, 'analysisCancel'>,
  ) {}

  async openCase(path: string, isSample: boolean): Promise<Result<CaseInfo>> {
    const result = await this.send((id) => ({ type: 'open-case', id, path, isSample }));
    if (result.ok) this.openedCase = { path, isSample };
    return result as Result<CaseInfo>;
  }

  get casePath(): string | undefined {
    return this.openedCase?.path;
  }

  /** A call from outside main (the renderer, a test's page): checked against the contract here, once. */
  call(method: string, rawInput: unknown): Promise<Result<unknown>> {
    const parsed = parseApiCall(method, rawInput);
    if (!parsed.ok) return Promise.resolve(parsed);
    const { method: known, input } = parsed.value;
    // The worker is busy with the very run to stop, so the cancel is answered here, in shared memory.
    if (known === 'analysis:cancel') return Promise.resolve({ ok: true, value: { wasRunning: this.analysisCancel.cancel() } });
    return this.send((id) => ({ type: 'call', id, method: known, input }));
  }

  /** Main's own typed call: the contract's output, or a WorkerCallError with the Workbench's code and sentence. */
  async request<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const result = await this.call(method, input);
    if (!result.ok) throw new WorkerCallError(result.error.code, result.error.message);
    // The worker answered this method through createApiHandlers, whose type is the contract's output.
    return result.value as ApiOutput<M>;
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2000);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(build: (id: number) => ToWorker): Promise<Result<unknown>> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage(build(id));
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { workerData: { ...this.data, analysisCancel: this.analysisCancel.buffer } satisfies WorkbenchWorkerData });
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (error) => console.error('[workbench worker]', error));
    worker.on('exit', (code) => this.stopped(worker, code));
    this.worker = worker;
    // A worker restarted after a crash reopens the case the analyst had open.
    if (this.openedCase) {
      const { path, isSample } = this.openedCase;
      worker.postMessage({ type: 'open-case', id: this.nextId++, path, isSample } satisfies ToWorker);
    }
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'event') {
      for (const listener of this.listeners) listener(message.event, message.payload);
      return;
    }
    const resolve = this.pending.get(message.id);
    this.pending.delete(message.id);
    resolve?.(message.result);
  }

  private stopped(worker: Worker, exitCode: number): void {
    if (this.worker === worker) this.worker = undefined;
    for (const resolve of this.pending.values()) {
      resolve({ ok: false, error: { code: 'worker-stopped', message: `The workbench stopped (exit code ${exitCode}); try again.` } });
    }
    this.pending.clear();
  }
}
