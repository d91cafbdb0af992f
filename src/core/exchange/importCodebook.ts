// The way back from a REFI-QDA codebook: every code becomes a tag of the case's codebook
// (nested codes as "Parent/Child"), in one undoable action. Tags are compared exactly, as the
// case compares them everywhere, so "Reuse" and "reuse" are two tags.
import { basename } from 'node:path';
import type { ImportCodebookReport } from '../../shared/exchange';
import { TagName } from '../../shared/judgements';
import type { AnalystDesk } from '../desk/AnalystDesk';
import { readExchangeFile } from './readExchangeFile';
import { readRefiQdaCodebook } from './readRefiQdaCodebook';

export interface CodebookImportCase {
  /** Adds the names the codebook lacks in one transaction; returns those it added. */
  addTags(label: string, names: readonly string[]): string[];
}

export function importCodebook(text: string, path: string, target: CodebookImportCase): ImportCodebookReport {
  const name = basename(path);
  const report: ImportCodebookReport = { file: name, added: [], alreadyPresent: [], refused: [] };
  const accepted: string[] = [];
  for (const code of readRefiQdaCodebook(text, name)) {
    const tag = TagName.safeParse(code);
    if (!tag.success) {
      const reason = code.trim() === '' ? 'its name is empty' : `its name is ${code.trim().length} characters long; a tag holds at most 60`;
      report.refused.push({ name: code, reason });
    } else if (!accepted.includes(tag.data)) accepted.push(tag.data);
  }
  const added = accepted.length === 0 ? [] : target.addTags(`Import ${accepted.length} code${accepted.length === 1 ? '' : 's'} from ${name}`, accepted);
  report.added = accepted.filter((tag) => added.includes(tag));
  report.alreadyPresent = accepted.filter((tag) => !added.includes(tag));
  return report;
}

/** Reads the file at `path` and adds its codes through `desk`. */
export function importCodebookFile(path: string, desk: AnalystDesk): ImportCodebookReport {
  return importCodebook(readExchangeFile(path), path, { addTags: (label, names) => desk.addCodebookTags(label, names) });
}
