import { basename } from 'node:path';
import { ImportRequest, maxFileSizeMbCeiling } from '../../shared/domain';
import type { CliCommand } from '../CliCommand';

/** The --max-file-size value as megabytes, or undefined when it is absent; null when it is no valid limit. */
function maxFileSizeMb(value: string | boolean | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  // Number('') is 0 and Number(' 2 ') is 2: only a plain decimal figure is taken.
  if (typeof value !== 'string' || !/^\d+(?:\.\d+)?$/.test(value.trim())) return null;
  const parsed = ImportRequest.shape.maxFileSizeMb.safeParse(Number(value));
  return parsed.success ? parsed.data : null;
}

export const importCommand: CliCommand = {
  name: 'import',
  caseAccess: 'creates',
  usage: 'import [--max-file-size <MB>] <files or folders…>',
  summary: 'Import .txt, .md and .html files (folders recursively) into the case.',
  options: {
    'max-file-size': { type: 'string', description: 'largest file to accept, in megabytes (default 20)' },
  },
  async run({ args, options, isJson, openWorkbench, out, note }) {
    if (args.length === 0) {
      note('import: name at least one file or folder.');
      return 64;
    }
    const limit = maxFileSizeMb(options['max-file-size']);
    if (limit === null) {
      note(`import: --max-file-size must be a number of megabytes above 0 and at most ${maxFileSizeMbCeiling}, such as 50.`);
      return 64;
    }
    const workbench = openWorkbench();
    const stopProgress = workbench.onEvent((event, payload) => {
      if (event === 'sources:did-import-progress' && 'current' in payload && payload.current) {
        note(`importing ${payload.done + 1}/${payload.total}: ${payload.current}`);
      }
    });
    const report = await workbench.importPaths(args, limit === undefined ? {} : { maxFileSizeMb: limit });
    stopProgress();
    if (isJson) {
      const { imported, duplicates, failed, skippedLinks } = report;
      out(JSON.stringify({ imported, duplicates, failed, skippedLinks }, null, 2));
    } else {
      const links = report.skippedLinks.length > 0 ? `, links skipped ${report.skippedLinks.length}` : '';
      out(`Imported ${report.imported.length}, duplicates ${report.duplicates.length}, failed ${report.failed.length}${links}.`);
      for (const item of report.imported) out(`  + ${item.id}  ${item.title}  (${basename(item.file)})`);
      for (const item of report.duplicates) out(`  = ${basename(item.file)} is already source ${item.sameAs}`);
      for (const item of report.failed) out(`  ! ${item.error}`);
      // The whole path: a loop's links often share one name in different folders.
      for (const item of report.skippedLinks) out(`  ~ ${item.file}: ${item.reason}`);
    }
    return report.failed.length > 0 ? 2 : 0;
  },
};
