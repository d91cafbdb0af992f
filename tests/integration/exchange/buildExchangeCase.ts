import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbench } from '../../../src/core/workbench';
import { buildDossierCase } from '../dossier/buildDossierCase';

/** Right-to-left override and isolate marks, which can make a line read differently from what it holds. */
export const bidiNote = 'Note \u202Egnp.exe\u202C and \u2067مرحبا\u2069 "quoted" <i>not italic</i>\n=SUM(A1:A9)';

/**
 * The dossier test case (sample articles, the hostile article and the analyst's work) plus an
 * article with bidi controls and an annotation whose span crosses a paragraph break.
 */
export async function buildExchangeCase(folder: string): Promise<{ casePath: string; workbench: Workbench }> {
  const built = await buildDossierCase(folder);
  const path = join(folder, 'bidi.txt');
  writeFileSync(path, ['Bidi \u202Etxt.exe\u202C report', '', 'The minister said "<b>yes</b>" & left.', '', '=2+3 people \u2067agreed\u2069 on Friday.', ''].join('\n'));
  const report = await built.workbench.importPaths([path]);
  const id = report.imported[0]?.id;
  if (id === undefined) throw new Error(`the bidi article did not import: ${JSON.stringify(report)}`);
  const text = built.workbench.getSource(id).text;
  const start = text.indexOf('The minister');
  const end = text.indexOf('people') + 'people'.length;
  if (start < 0 || end < start) throw new Error(`unexpected clean text: ${JSON.stringify(text)}`);
  built.workbench.annotate({ sourceId: id, start, end, note: bidiNote, tags: ['<tag>', 'a"b'] });
  return built;
}

/** A copy of an annotation collection without the one field documented to change between exports. */
export const withoutTimestamp = (text: string) => text.replace(/"generated": "[^"]*"/, '"generated": "…"');
