import type { Page } from '@playwright/test';
import type { NetworkStatus } from '../../../src/shared/api';
import type { LaunchMode } from './launchMode';

/** What a spec may ask of the app, whichever way it was launched. */
export interface AppHarness {
  mode: LaunchMode;
  page: Page;
  casePath: string;
  /** Makes the next native open dialog answer with these paths. */
  setImportSelection(paths: readonly string[]): Promise<void>;
  /** Makes the next native save dialog answer with this path (null: the analyst cancels). */
  setSaveSelection(path: string | null): Promise<void>;
  /** What the app's own network guard reports. */
  networkStatus(): Promise<NetworkStatus>;
  /** Every request that tried to leave the app since launch (seen by the harness). */
  leakedRequests(): readonly string[];
  close(): Promise<void>;
}
