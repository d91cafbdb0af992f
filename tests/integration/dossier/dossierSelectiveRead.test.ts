import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../../src/core/dossier/buildDossier';
import type { DossierInput } from '../../../src/core/dossier/DossierInput';
import type { Workbench } from '../../../src/core/workbench';
import { DossierOptions, type DossierOptionsInput } from '../../../src/shared/dossier';
import { buildDossierCase } from './buildDossierCase';

/** The input as the dossier read it before it learned to read only what its options can keep: every claim of the case. */
function wholeCaseInput(workbench: Workbench): DossierInput {
  const claims = workbench.claimsWithJudgements().claims;
  return {
    caseInfo: workbench.caseInfo(),
    sources: workbench.listSources(),
    sourceDetail: (id) => workbench.getSource(id),
    comparison: workbench.comparison(),
    claims,
    totalClaims: claims.length,
    judgements: claims.map((claim) => claim.judgement),
    grades: workbench.sourceGrades(),
    annotations: workbench.annotations(),
  };
}

describe('a dossier reads only the claims its options can keep', () => {
  let folder: string;
  let workbench: Workbench;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-selective-'));
    workbench = (await buildDossierCase(folder)).workbench;
    const claims = workbench.claimsWithJudgements().claims;
    // More analyst work spread over the case, so every filter keeps some claims and leaves out others.
    claims.forEach((claim, index) => {
      if (index % 9 === 4) workbench.judgeClaim({ claimId: claim.id, verdict: (index % 6) + 1 });
      if (index % 13 === 6) workbench.judgeClaim({ claimId: claim.id, tags: ['Dates'] });
      if (index % 17 === 8) workbench.judgeClaim({ claimId: claim.id, isFlagged: true });
    });
    // Work on a claim the clustering no longer has must count nowhere: not in the fingerprint, not in the claims.
    workbench.judgeClaim({ claimId: 'claim-that-no-longer-exists', isFlagged: true, verdict: 3, tags: ['dates'] });
  });
  afterAll(() => {
    workbench.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives the same dossier, byte for byte, as reading every claim, under every filter', () => {
    const sources = workbench.listSources().map((source) => source.id);
    const combinations: DossierOptionsInput[] = [
      {},
      { filter: 'contested' },
      { filter: 'flagged' },
      { tags: ['DATES'] },
      { verdicts: [2, 5] },
      { sourceIds: sources.slice(0, 2), includeAppendix: true },
      { sourceIds: sources.slice(1, 4), filter: 'contested', tags: ['dates', '-risk'] },
      { sourceIds: sources.slice(0, 3), filter: 'flagged', verdicts: [2, 3] },
    ];
    const keptCounts: number[] = [];
    for (const options of combinations) {
      const parsed = DossierOptions.parse({ ...options, generatedAt: '2025-04-01T10:00:00.000Z' });
      const expected = buildDossier(wholeCaseInput(workbench), parsed, '2025-04-01T10:00:00.000Z');
      const actual = workbench.dossier({ ...options, generatedAt: '2025-04-01T10:00:00.000Z' });
      expect(JSON.stringify(actual, null, 2), JSON.stringify(options)).toBe(JSON.stringify(expected, null, 2));
      keptCounts.push(actual.counts.claims);
    }
    // The filters really narrowed: some keep nothing of the whole, none keeps everything but the unfiltered one.
    const [all, ...narrowed] = keptCounts;
    expect(all).toBeGreaterThan(0);
    expect(narrowed.every((count) => count < (all ?? 0))).toBe(true);
    expect(narrowed.filter((count) => count > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('counts every claim of the case on the cover and fingerprints the same case state whatever the filter', () => {
    const total = workbench.claims().claims.length;
    const unfiltered = workbench.dossier({});
    const contested = workbench.dossier({ filter: 'contested', sourceIds: [workbench.listSources()[0]?.id ?? 1] });
    expect(unfiltered.case.totalClaims).toBe(total);
    expect(contested.case.totalClaims).toBe(total);
    expect(contested.counts.claims).toBeLessThan(total);
    expect(contested.case.fingerprint).toBe(unfiltered.case.fingerprint);
  });
});
