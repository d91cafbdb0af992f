import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Workbench, type WorkbenchOptions } from '../workbench';

/** The bundled sample case: the five articles of the founding case, shipped in resources/. */
export const defaultSampleDir = fileURLToPath(new URL('../../../resources/sample', import.meta.url));

/** Opens the sample case at `casePath`, importing the bundled articles the first time. */
export async function ensureSampleCase(
  casePath: string,
  options: WorkbenchOptions & { sampleDir?: string } = {},
): Promise<Workbench> {
  const workbench = Workbench.open(casePath, options);
  if (workbench.caseInfo().sources === 0) {
    const sampleDir = options.sampleDir ?? defaultSampleDir;
    const files = readdirSync(sampleDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(sampleDir, name));
    await workbench.importPaths(files);
    workbench.analyse();
  }
  return workbench;
}
