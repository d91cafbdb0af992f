import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExplainedError } from '../ExplainedError';
import { resourcePath } from '../resources/resourcesDir';
import { Workbench, type WorkbenchOptions } from '../workbench';

/**
 * The sample case could not be made: its articles are missing (`sample-missing`) or none of
 * them imported (`sample-failed`). Thrown rather than leaving an empty case, which would look
 * to the analyst like a case with nothing in it and no reason why.
 */
export class SampleCaseError extends ExplainedError<'sample-missing' | 'sample-failed'> {}

/** The bundled sample case: the five articles of the founding case, shipped in resources/sample. */
export const sampleDir = (): string => resourcePath('sample');

function sampleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
    throw new SampleCaseError('sample-missing', `The sample case could not be made: its articles are not in ${dir} (${reason}); reinstall or rebuild the app.`);
  }
  const files = names.filter((name) => name.endsWith('.txt')).sort().map((name) => join(dir, name));
  if (files.length === 0) throw new SampleCaseError('sample-missing', `The sample case could not be made: ${dir} holds no articles; reinstall or rebuild the app.`);
  return files;
}

/** Opens the sample case at `casePath`, importing the bundled articles the first time. */
export async function ensureSampleCase(
  casePath: string,
  options: WorkbenchOptions & { sampleDir?: string } = {},
): Promise<Workbench> {
  const workbench = Workbench.open(casePath, options);
  if (workbench.caseInfo().sources > 0) return workbench;
  try {
    const report = await workbench.importPaths(sampleFiles(options.sampleDir ?? sampleDir()));
    if (report.imported.length === 0) {
      const first = report.failed[0];
      throw new SampleCaseError(
        'sample-failed',
        `The sample case could not be made: none of its articles imported${first ? ` (${first.file}: ${first.error})` : ''}.`,
      );
    }
    workbench.analyse();
    return workbench;
  } catch (error) {
    // Closed so the worker holds no half-made case; the next start tries the import again.
    workbench.close();
    throw error;
  }
}
