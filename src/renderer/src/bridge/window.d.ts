import type { WorkbenchBridge } from '../../../shared/api';

declare global {
  interface Window {
    /** The only way out of the page: exposed by the preload (or the e2e bridge). */
    readonly workbench: WorkbenchBridge;
  }
}
