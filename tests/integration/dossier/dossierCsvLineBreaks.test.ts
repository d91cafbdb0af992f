import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { Dossier } from '../../../src/shared/dossier';
import { buildDossierCase } from './buildDossierCase';

// Notes over several lines, a formula hidden behind a line break or a space: what an analyst
// types and what a hostile source carries. Each must stay inside its own cell.
const brokenNotes = ['\n=1+1', 'first line\nsecond line', 'carriage\rreturn', ' =2+2', '\r\n@SUM(1,2)', 'tab\tinside'];

// Written independently of the exporter: a spreadsheet skips leading blanks and line breaks
// before it looks for a formula sign.
const formulaSeen = /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

const sofficeFound = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface SheetSummary { rows: number; formulas: string[] }

/** Rows that hold any text and every cell LibreOffice stored as a formula, read from its flat ODS. */
function summariseFlatOds(xml: string): SheetSummary {
  let rows = 0;
  let rowHasText = false;
  let repeat = 1;
  let inRow = false;
  const formulas: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'table:table-row') {
          inRow = true;
          rowHasText = false;
          repeat = Number(attributes['table:number-rows-repeated'] ?? '1');
        }
        if (name === 'table:table-cell' && attributes['table:formula'] !== undefined) formulas.push(attributes['table:formula']);
      },
      ontext(text) {
        if (inRow && text.trim() !== '') rowHasText = true;
      },
      onclosetag(name) {
        if (name === 'table:table-row') {
          if (rowHasText) rows += repeat;
          inRow = false;
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return { rows, formulas };
}

describe('CSV cells holding line breaks', () => {
  let folder: string;
  let dossier: Dossier;
  const files = new Map<string, string>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-csv-breaks-'));
    const { casePath, workbench } = await buildDossierCase(folder);
    const claims = workbench.claimsWithJudgements().claims;
    brokenNotes.forEach((note, index) => {
      const claim = claims[index + 2];
      if (claim) workbench.judgeClaim({ claimId: claim.id, verdict: 3, confidence: 'low', note, tags: [note] });
    });
    const source = workbench.listSources()[0];
    if (source) workbench.annotate({ sourceId: source.id, start: 0, end: 10, note: 'line\nbreak\n=HYPERLINK("x")', tags: ['\r-minus'] });
    dossier = workbench.dossier({});
    workbench.close();
    let stderr = '';
    const code = await runCli(['export', '--case', casePath, '--format', 'csv', '--out', join(folder, 'csv')], { out: () => undefined, err: (text) => (stderr += text) });
    expect(code, stderr).toBe(0);
    for (const name of readdirSync(join(folder, 'csv'))) files.set(name, readFileSync(join(folder, 'csv', name), 'utf8'));
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('quotes every cell holding CR or LF, so each record parses back whole', () => {
    const claims = parse(files.get('claims.csv') ?? '', { bom: true, columns: true }) as Record<string, string>[];
    expect(claims).toHaveLength(dossier.claims.length);
    const notes = claims.map((row) => row.note ?? '');
    for (const note of brokenNotes) expect(notes.some((cell) => cell.endsWith(note.trimStart()) && cell.includes(note)), JSON.stringify(note)).toBe(true);
    const annotations = parse(files.get('annotations.csv') ?? '', { bom: true, columns: true }) as Record<string, string>[];
    expect(annotations).toHaveLength(dossier.annotations.length);
    expect(annotations.some((row) => row.note === 'line\nbreak\n=HYPERLINK("x")')).toBe(true);
    for (const [name, text] of files) {
      // Outside quoted cells the only line ends are CRLF record ends.
      const bare = text.replace(/"(?:[^"]|"")*"/g, '');
      expect(/[^\r]\n|\r[^\n]/.test(bare), name).toBe(false);
    }
  });

  it('guards every cell whose first visible character is a formula sign', () => {
    for (const [name, text] of files) {
      for (const cell of (parse(text, { bom: true }) as string[][]).flat()) expect(formulaSeen.test(cell), `${name}: ${JSON.stringify(cell)}`).toBe(false);
    }
  });

  it.skipIf(!sofficeFound)('opens in LibreOffice with no formula and one row per record', () => {
    const converted = join(folder, 'ods');
    mkdirSync(converted, { recursive: true });
    const csvPaths = [...files.keys()].map((name) => join(folder, 'csv', name));
    // A private profile so a concurrent LibreOffice (or a stale lock) cannot block the run.
    const profile = `file://${join(folder, 'lo-profile')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', converted, ...csvPaths], { stdio: 'ignore', timeout: 180_000 });
    for (const [name, text] of files) {
      const fods = join(converted, name.replace(/\.csv$/, '.fods'));
      expect(existsSync(fods), fods).toBe(true);
      const sheet = summariseFlatOds(readFileSync(fods, 'utf8'));
      const records = (parse(text, { bom: true }) as string[][]).length;
      expect(sheet.formulas, name).toEqual([]);
      expect(sheet.rows, name).toBe(records);
    }
  }, 240_000);
});
