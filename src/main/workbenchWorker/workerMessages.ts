// The messages between main and the Workbench's worker thread. Both sides import these
// types; the channel is a MessagePort, so no method name is written twice.
import type { ApiEventName, ApiMethod, Result } from '../../shared/api';

export interface WorkbenchWorkerData {
  /** better-sqlite3 built for Electron's ABI; absent under plain Node. */
  nativeBinding?: string;
  /**
   * resources/ as main found it (sample articles, dossier stylesheet); absent when main found
   * none, so opening the sample case reports why instead of making an empty case.
   */
  resourcesDir?: string;
  /** The built parse worker (out/main/parseWorker.cjs), so large imports parse beside the SQLite writes. */
  parseWorker?: string;
  /** The CancelFlag's memory main sets to stop an analysis run this worker is busy with. */
  analysisCancel: SharedArrayBuffer;
}

export type ToWorker =
  | { type: 'open-case'; id: number; path: string; isSample: boolean }
  /** `input` has been parsed against the contract by the client; the worker does not parse it again. */
  | { type: 'call'; id: number; method: ApiMethod; input: unknown }
  | { type: 'close' };

export type FromWorker =
  | { type: 'reply'; id: number; result: Result<unknown> }
  | { type: 'event'; event: ApiEventName; payload: unknown };
