import { resolve } from 'node:path';
import type { CliCommand } from '../CliCommand';
import { cliExitCodes } from '../cliExitCodes';
import { runExchangeImport } from './runExchangeImport';

export const importAnnotationsCommand: CliCommand = {
  name: 'import-annotations',
  usage: 'import-annotations <file.jsonld>',
  summary: 'Add the annotations of a W3C Web Annotation file (ours or another tool\'s) to the sources of the case, as one undoable action.',
  async run({ args, isJson, openWorkbench, out, note }) {
    const [file, ...extra] = args;
    if (file === undefined || extra.length > 0) {
      note('import-annotations: name one Web Annotation file (.jsonld or .json).');
      return cliExitCodes.usage;
    }
    const path = resolve(file);
    return runExchangeImport(note, 'import-annotations', path, () => {
      const report = openWorkbench().importAnnotations(path);
      if (isJson) out(JSON.stringify(report, null, 2));
      else {
        out(
          `${report.file}: imported ${report.imported.length}, duplicates ${report.duplicates.length}, unmatched source ${report.unmatched.length}, could not anchor ${report.unanchored.length}, refused ${report.refused.length}.`,
        );
        const label = (entry: { item: number; id: string | null }) => `#${entry.item}${entry.id ? ` ${entry.id}` : ''}`;
        for (const entry of report.imported) out(`  + ${label(entry)} → annotation ${entry.annotationId} on source ${entry.sourceId}: ${entry.reason}`);
        for (const entry of report.duplicates) out(`  = ${label(entry)}: ${entry.reason}`);
        for (const entry of report.unmatched) out(`  ? ${label(entry)}: unmatched source: ${entry.reason}`);
        for (const entry of report.unanchored) out(`  ! ${label(entry)} on source ${entry.sourceId}: could not anchor: ${entry.reason}`);
        for (const entry of report.refused) out(`  ! ${label(entry)} on source ${entry.sourceId}: refused: ${entry.reason}`);
      }
      // A duplicate is already in the case, so only what is still missing counts against the run.
      return report.unmatched.length + report.unanchored.length + report.refused.length > 0 ? cliExitCodes.someFilesFailed : cliExitCodes.ok;
    });
  },
};
