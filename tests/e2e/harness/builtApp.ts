import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WorkbenchWorkerClient } from '../../../src/main/workbenchWorker/WorkbenchWorkerClient';

export const projectRoot = resolve(import.meta.dirname, '../../..');
export const rendererDir = join(projectRoot, 'out/renderer');
const chunksDir = join(projectRoot, 'out/main/chunks');

export function assertAppIsBuilt(): void {
  if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(chunksDir)) {
    throw new Error('The app is not built: run `npm run build` (or `npm run test:e2e`, which builds first).');
  }
}

/**
 * The Workbench exactly as the app runs it: main's worker thread, bundled by the build,
 * calling createApiHandlers. The Chromium harness talks to it the way main does.
 */
export function startBuiltWorkbench(): WorkbenchWorkerClient {
  const chunk = readdirSync(chunksDir).find((name) => name.startsWith('workbenchWorker'));
  if (!chunk) throw new Error(`No workbench worker in ${chunksDir}; rebuild the app.`);
  return new WorkbenchWorkerClient(join(chunksDir, chunk), {
    resourcesDir: join(projectRoot, 'resources'),
    parseWorker: join(chunksDir, '../parseWorker.cjs'),
  });
}
