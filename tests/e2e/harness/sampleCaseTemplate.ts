import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltWorkbench } from './builtApp';

/**
 * Builds the sample case once per worker; every spec then gets its own copy, so each
 * starts from a fresh case without paying for the import again.
 */
export async function createSampleTemplate(): Promise<{ path: string; dispose(): void }> {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-template-'));
  const path = join(folder, 'Sample case.tri');
  const workbench = startBuiltWorkbench();
  const opened = await workbench.openCase(path, true);
  // Closing checkpoints the WAL into the main file, so copying the file copies the case.
  await workbench.dispose();
  if (!opened.ok) throw new Error(`The sample case could not be created: ${opened.error.message}`);
  return { path, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

export function copyCase(template: string, folder: string): string {
  const path = join(folder, 'Sample case.tri');
  copyFileSync(template, path);
  return path;
}
