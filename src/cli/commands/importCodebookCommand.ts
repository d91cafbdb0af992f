import { resolve } from 'node:path';
import type { CliCommand } from '../CliCommand';
import { cliExitCodes } from '../cliExitCodes';
import { runExchangeImport } from './runExchangeImport';

export const importCodebookCommand: CliCommand = {
  name: 'import-codebook',
  usage: 'import-codebook <file.qdc>',
  summary: 'Add the codes of a REFI-QDA codebook to the case\'s tags (nested codes as "Parent/Child"), as one undoable action.',
  async run({ args, isJson, openWorkbench, out, note }) {
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0) {
      note('import-codebook: name one REFI-QDA codebook (.qdc).');
      return cliExitCodes.usage;
    }
    const path = resolve(file);
    return runExchangeImport(note, 'import-codebook', path, () => {
      const report = openWorkbench().importCodebook(path);
      if (isJson) out(JSON.stringify(report, null, 2));
      else {
        out(`${report.file}: added ${report.added.length}, already present ${report.alreadyPresent.length}, refused ${report.refused.length}.`);
        for (const tag of report.added) out(`  + ${tag}`);
        for (const tag of report.alreadyPresent) out(`  = ${tag}`);
        for (const entry of report.refused) out(`  ! ${entry.name.slice(0, 80)}${entry.name.length > 80 ? '…' : ''}: ${entry.reason}`);
      }
      return report.refused.length > 0 ? cliExitCodes.someFilesFailed : cliExitCodes.ok;
    });
  },
};
