import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { inThreadParser, type FileParser } from '../../../src/core/importing/FileParser';
import type { ParsedFile } from '../../../src/core/importing/parseFile';
import { ensureSampleCase } from '../../../src/core/sample/ensureSampleCase';
import { useTempDir } from '../../helpers/tempDir';

/** Parses in this thread but holds `held-2.txt` until the test lets it go, or fails it. */
function holdingParser() {
  let release: (outcome: 'parse' | 'fail') => void = () => undefined;
  const gate = new Promise<'parse' | 'fail'>((resolve) => (release = resolve));
  const parser: FileParser = {
    parse: (requests) =>
      inThreadParser.parse(requests).map(async (parse, index) => {
        if (basename(requests[index]?.file ?? '') !== 'held-2.txt') return parse;
        if ((await gate) === 'fail') throw new Error('the parser died mid-import');
        return parse as Promise<ParsedFile>;
      }),
  };
  return { parser, release: (outcome: 'parse' | 'fail') => release(outcome) };
}

describe('a write made while an import is held mid-batch', () => {
  const temp = useTempDir();

  it('is committed at once and survives the import failing and rolling back', async () => {
    const folder = temp();
    const casePath = join(folder, 'case.tri');
    const held = holdingParser();
    const workbench = await ensureSampleCase(casePath, { fileParser: held.parser });
    const [claim] = workbench.claimsWithJudgements().claims;
    const [first, second] = workbench.listSources();
    if (!claim || !first || !second) throw new Error('the sample case should have claims and sources');
    writeFileSync(join(folder, 'held-1.txt'), 'Held one\n\nThe ferry left the harbour at noon on Friday.\n');
    writeFileSync(join(folder, 'held-2.txt'), 'Held two\n\nThe ferry came back at six.\n');

    const importing = workbench.importPaths([join(folder, 'held-1.txt'), join(folder, 'held-2.txt')]);
    // held-1 is stored inside the import's open batch once this connection sees it.
    for (let tries = 0; tries < 500 && !workbench.listSources().some((source) => source.fileName === 'held-1.txt'); tries += 1) await sleep(5);
    expect(workbench.listSources().some((source) => source.fileName === 'held-1.txt')).toBe(true);

    workbench.gradeSource(first.id, 'B');
    workbench.judgeClaim({ claimId: claim.id, verdict: 2, note: 'checked\nagainst the release' });
    workbench.updateMetadata(first.id, 'outlet', 'Edited Outlet');
    workbench.annotate({ sourceId: first.id, start: 0, end: 5, note: 'held note', tags: [] });
    workbench.deleteSource(second.id);

    // Another connection sees every write before the import has finished: none is in its batch.
    const reader = new Database(casePath, { readonly: true });
    const committed = () => ({
      grades: reader.prepare('SELECT count(*) FROM source_grades').pluck().get(),
      verdict: reader.prepare('SELECT verdict FROM claim_judgements WHERE claim_id = ?').pluck().get(claim.id),
      annotations: reader.prepare("SELECT count(*) FROM annotations WHERE note = 'held note'").pluck().get(),
      outlet: reader.prepare('SELECT outlet FROM sources WHERE id = ?').pluck().get(first.id),
      deleted: reader.prepare('SELECT count(*) FROM sources WHERE id = ?').pluck().get(second.id),
    });
    const expected = { grades: 1, verdict: 2, annotations: 1, outlet: 'Edited Outlet', deleted: 0 };
    expect(committed()).toEqual(expected);

    held.release('fail');
    await expect(importing).rejects.toThrow(/parser died/);
    expect(committed()).toEqual(expected);
    reader.close();
    workbench.close();
  });

  it('lets the import go on afterwards and commit the rest of its files', async () => {
    const folder = temp();
    const casePath = join(folder, 'case.tri');
    const held = holdingParser();
    const workbench = await ensureSampleCase(casePath, { fileParser: held.parser });
    const [first] = workbench.listSources();
    if (!first) throw new Error('the sample case should have sources');
    writeFileSync(join(folder, 'held-1.txt'), 'Held one\n\nThe ferry left the harbour at noon on Friday.\n');
    writeFileSync(join(folder, 'held-2.txt'), 'Held two\n\nThe ferry came back at six.\n');
    const importing = workbench.importPaths([join(folder, 'held-1.txt'), join(folder, 'held-2.txt')]);
    for (let tries = 0; tries < 500 && !workbench.listSources().some((source) => source.fileName === 'held-1.txt'); tries += 1) await sleep(5);
    workbench.gradeSource(first.id, 'C');
    held.release('parse');
    const report = await importing;
    expect(report.imported.map((line) => basename(line.file))).toEqual(['held-1.txt', 'held-2.txt']);
    expect(workbench.search('ferry').length).toBe(2);
    workbench.close();
    const reader = new Database(casePath, { readonly: true });
    expect(reader.prepare("SELECT count(*) FROM sources WHERE file_name LIKE 'held-%'").pluck().get()).toBe(2);
    expect(reader.prepare("SELECT grade FROM source_grades").pluck().all()).toEqual(['C']);
    reader.close();
  });
});
