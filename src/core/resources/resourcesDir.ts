import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExplainedError } from '../ExplainedError';

/** resources/ (the sample articles, the dossier stylesheet and print script) could not be found. */
export class ResourcesNotFoundError extends ExplainedError<'resources-missing'> {}

// Both folders must be there: a folder that merely happens to be called "resources" is not ours.
const isResourcesDir = (dir: string): boolean => existsSync(join(dir, 'sample')) && existsSync(join(dir, 'dossier'));

/**
 * Where resources/ is, wherever this code runs: from source (tsx, three folders above this
 * module), from the bundle (out/main/index.cjs or a worker chunk, two or three above), or in
 * a packaged app, which ships it in Electron's resources folder or inside app.asar. So no
 * relative path is written down: the packaged location is tried first, then every folder
 * from this module upwards that holds a package.json beside a resources/ folder.
 */
export function findResourcesDir(
  startDir: string = dirname(fileURLToPath(import.meta.url)),
  packagedDir: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string {
  if (packagedDir && isResourcesDir(packagedDir)) return packagedDir;
  const tried: string[] = [];
  for (let folder = startDir; ; folder = dirname(folder)) {
    const candidate = join(folder, 'resources');
    if (existsSync(join(folder, 'package.json')) && isResourcesDir(candidate)) return candidate;
    tried.push(folder);
    if (dirname(folder) === folder) break;
  }
  throw new ResourcesNotFoundError(
    'resources-missing',
    `The app's resources folder (sample articles, dossier stylesheet) was not found above ${startDir}; reinstall the app or rebuild it.`,
  );
}

let chosen: string | undefined;

/** Fixes the folder for this process (main passes the one it found to its worker). */
export function useResourcesDir(dir: string): void {
  chosen = dir;
}

/** The resources folder of this process: the one main chose, else found once. */
export function resourcesDir(): string {
  chosen ??= findResourcesDir();
  return chosen;
}

/** A file or folder inside resources/, e.g. `resourcePath('dossier', 'dossier.css')`. */
export function resourcePath(...parts: string[]): string {
  return join(resourcesDir(), ...parts);
}
