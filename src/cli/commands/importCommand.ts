import { basename } from 'node:path';
import type { CliCommand } from '../CliCommand';

export const importCommand: CliCommand = {
  name: 'import',
  caseAccess: 'creates',
  usage: 'import <files or folders…>',
  summary: 'Import .txt, .md and .html files (folders recursively) into the case.',
  async run({ args, isJson, openWorkbench, out, note }) {
    if (args.length === 0) {
      note('import: name at least one file or folder.');
      return 64;
    }
    const workbench = openWorkbench();
    const stopProgress = workbench.onEvent((event, payload) => {
      if (event === 'sources:did-import-progress' && 'current' in payload && payload.current) {
        note(`importing ${payload.done + 1}/${payload.total}: ${payload.current}`);
      }
    });
    const report = await workbench.importPaths(args);
    stopProgress();
    if (isJson) {
      const { imported, duplicates, failed } = report;
      out(JSON.stringify({ imported, duplicates, failed }, null, 2));
    } else {
      out(`Imported ${report.imported.length}, duplicates ${report.duplicates.length}, failed ${report.failed.length}.`);
      for (const item of report.imported) out(`  + ${item.id}  ${item.title}  (${basename(item.file)})`);
      for (const item of report.duplicates) out(`  = ${basename(item.file)} is already source ${item.sameAs}`);
      for (const item of report.failed) out(`  ! ${item.error}`);
    }
    return report.failed.length > 0 ? 2 : 0;
  },
};
