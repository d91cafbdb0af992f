import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { Workbench } from '../../../src/core/workbench';
import { Dossier } from '../../../src/shared/dossier';
import { buildDossierCase } from './buildDossierCase';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function caseState(casePath: string): { rows: Record<string, number>; audit: unknown[] } {
  const db = new Database(casePath, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((row) => row.name);
    const rows = Object.fromEntries(tables.map((name) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
    return { rows, audit: db.prepare('SELECT * FROM audit_log ORDER BY id').all() };
  } finally {
    db.close();
  }
}

describe('export', () => {
  let folder: string;
  let casePath: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-export-'));
    const built = await buildDossierCase(folder);
    casePath = built.casePath;
    built.workbench.close();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('never changes the case: same bytes, same rows, same audit log, in every format', async () => {
    const bytesBefore = fileHash(casePath);
    const stateBefore = caseState(casePath);
    expect(stateBefore.audit.length).toBeGreaterThan(0);
    for (const [format, out] of [['json', 'd.json'], ['html', 'd.html'], ['csv', 'csv'], ['csv', 'd.zip'], ['pdf', 'd.pdf']] as const) {
      const result = await cli('export', '--case', casePath, '--format', format, '--out', join(folder, out), '--appendix');
      expect(result.code, result.stderr).toBe(0);
    }
    expect(fileHash(casePath)).toBe(bytesBefore);
    expect(caseState(casePath)).toEqual(stateBefore);
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('writes JSON that the published schema accepts, with its schema version and the case fingerprint', async () => {
    const out = join(folder, 'schema.json');
    expect((await cli('export', '--case', casePath, '--format', 'json', '--out', out, '--analyst', 'Ada Analyst')).code).toBe(0);
    const dossier = Dossier.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dossier.schemaVersion).toBe(1);
    expect(dossier.case.analystName).toBe('Ada Analyst');
    expect(dossier.case.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(dossier.appendix).toBeNull();
    for (const claim of dossier.claims) {
      for (const mention of claim.mentions) {
        for (const span of mention.conflicts) expect(span.end).toBeLessThanOrEqual(mention.text.length);
      }
    }
  });

  it('puts contested claims first and keeps each quote exactly as it stands in its source', () => {
    const workbench = Workbench.open(casePath);
    try {
      const dossier = workbench.dossier({ includeAppendix: true });
      const firstOther = dossier.claims.findIndex((claim) => claim.status !== 'contested');
      expect(dossier.claims.slice(firstOther).some((claim) => claim.status === 'contested')).toBe(false);
      const texts = new Map((dossier.appendix ?? []).map((source) => [source.sourceId, source.text]));
      for (const claim of dossier.claims) {
        for (const mention of claim.mentions) expect(texts.get(mention.source)?.slice(mention.start, mention.end)).toBe(mention.text);
      }
    } finally {
      workbench.close();
    }
  });

  it('filters claims by status, flag, tag, verdict and source', () => {
    const workbench = Workbench.open(casePath);
    try {
      const all = workbench.dossier({});
      const contested = workbench.dossier({ filter: 'contested' });
      expect(contested.claims.length).toBe(all.claims.filter((claim) => claim.status === 'contested').length);
      expect(contested.claims.every((claim) => claim.status === 'contested')).toBe(true);
      const flagged = workbench.dossier({ filter: 'flagged' });
      expect(flagged.claims.map((claim) => claim.id)).toEqual(all.claims.filter((claim) => claim.judgement.isFlagged).map((claim) => claim.id));
      expect(flagged.claims.length).toBe(1);
      expect(workbench.dossier({ tags: ['DATES'] }).claims.map((claim) => claim.id)).toEqual(flagged.claims.map((claim) => claim.id));
      expect(workbench.dossier({ verdicts: [5] }).claims.map((claim) => claim.judgement.verdict)).toEqual([5]);
      const onlyFirst = workbench.dossier({ sourceIds: [1] });
      expect(onlyFirst.sources.map((source) => source.id)).toEqual([1]);
      expect(onlyFirst.claims.length).toBeGreaterThan(0);
      expect(onlyFirst.claims.every((claim) => claim.mentions.length > 0 && claim.mentions.every((mention) => mention.source === 1))).toBe(true);
      expect(onlyFirst.case.fingerprint).toBe(all.case.fingerprint);
    } finally {
      workbench.close();
    }
  });

  it('changes the fingerprint when the analyst changes a judgement, and only then', () => {
    const workbench = Workbench.open(casePath);
    try {
      const before = workbench.dossier({}).case.fingerprint;
      expect(workbench.dossier({ filter: 'contested', includeAppendix: true }).case.fingerprint).toBe(before);
      const claim = workbench.claimsWithJudgements().claims.find((candidate) => candidate.judgement.verdict === null);
      if (!claim) throw new Error('expected an undecided claim');
      workbench.judgeClaim({ claimId: claim.id, verdict: 3 });
      expect(workbench.dossier({}).case.fingerprint).not.toBe(before);
      workbench.undo();
      expect(workbench.dossier({}).case.fingerprint).toBe(before);
    } finally {
      workbench.close();
    }
  });

  it('refuses a missing case or a bad option with a clear message and writes nothing', async () => {
    const missing = await cli('export', '--case', join(folder, 'nope.tri'), '--format', 'json', '--out', join(folder, 'nope.json'));
    expect(missing.code).toBe(66);
    expect(missing.stderr).toMatch(/no case file/);
    expect(existsSync(join(folder, 'nope.tri'))).toBe(false);
    const badFormat = await cli('export', '--case', casePath, '--format', 'docx', '--out', join(folder, 'x.docx'));
    expect(badFormat.code).toBe(64);
    expect(badFormat.stderr).toMatch(/--format must be one of pdf, csv, html, json/);
    const badSource = await cli('export', '--case', casePath, '--format', 'json', '--out', join(folder, 'x.json'), '--sources', '99');
    expect(badSource.code).toBe(65);
    expect(badSource.stderr).toMatch(/no source 99/);
    expect(existsSync(join(folder, 'x.json'))).toBe(false);
  });
});
