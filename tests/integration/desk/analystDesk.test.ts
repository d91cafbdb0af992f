import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSampleCase, sampleDir } from '../../../src/core/sample/ensureSampleCase';
import type { Workbench } from '../../../src/core/workbench';
import { useTempDir } from '../../helpers/tempDir';

async function sampleCase(dir: string): Promise<Workbench> {
  return ensureSampleCase(join(dir, 'desk.tri'));
}

const claimWithMentions = (workbench: Workbench, minimum: number) => {
  const claim = workbench.claimsWithJudgements().claims.find((candidate) => candidate.mentions.length >= minimum);
  if (!claim) throw new Error(`no claim with ${minimum} mentions in the sample case`);
  return claim;
};

describe('the analyst desk', () => {
  const tempDir = useTempDir();

  it('grades a source, logs it, and undo/redo restore each state', async () => {
    const workbench = await sampleCase(tempDir());
    const grade = () => workbench.sourceGrades().find((entry) => entry.sourceId === 2)?.grade;
    expect(grade()).toBe('F');
    workbench.gradeSource(2, 'B');
    expect(grade()).toBe('B');
    expect(workbench.auditLog(1)[0]).toMatchObject({ action: 'source.grade', entityType: 'source_grades', after: { grade: 'B' } });
    expect(workbench.history()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Grade source 2 B' });
    workbench.undo();
    expect(grade()).toBe('F');
    expect(workbench.history()).toMatchObject({ canRedo: true, redoLabel: 'Grade source 2 B' });
    workbench.redo();
    expect(grade()).toBe('B');
    expect(workbench.auditLog(3).map((entry) => entry.action)).toEqual(['judgement.redo', 'judgement.undo', 'source.grade']);
    workbench.close();
  });

  it('a new change after an undo forgets the undone one', async () => {
    const workbench = await sampleCase(tempDir());
    workbench.gradeSource(1, 'A');
    workbench.undo();
    workbench.gradeSource(1, 'C');
    expect(workbench.history()).toMatchObject({ canRedo: false, undoLabel: 'Grade source 1 C' });
    workbench.close();
  });

  it('keeps verdicts, notes and tags on a claim across a full re-run of the engine', async () => {
    const workbench = await sampleCase(tempDir());
    const claim = claimWithMentions(workbench, 2);
    workbench.judgeClaim({ claimId: claim.id, verdict: 2, note: 'Checked against the press release.', tags: ['ukraine', 'figures'] });
    workbench.analyse();
    const after = workbench.claimsWithJudgements().claims.find((candidate) => candidate.id === claim.id);
    expect(after?.judgement).toMatchObject({ verdict: 2, note: 'Checked against the press release.', tags: ['figures', 'ukraine'] });
    expect(after?.credibility.analyst).toBe(2);
    expect(workbench.codebook()).toEqual(['figures', 'ukraine']);
    workbench.undo();
    expect(workbench.claimsWithJudgements().claims.find((candidate) => candidate.id === claim.id)?.judgement).toMatchObject({ verdict: null, tags: [] });
    workbench.close();
  });

  it('splits a claim and merges it back, and the engine keeps both decisions on re-run', async () => {
    const workbench = await sampleCase(tempDir());
    const claim = claimWithMentions(workbench, 2);
    const moved = claim.mentions[0];
    if (!moved) throw new Error('claim has no mention');
    const newClaimId = workbench.splitClaim(claim.id, [{ sourceId: moved.source, start: moved.start, end: moved.end }]);
    const find = (id: string) => workbench.claimsWithJudgements().claims.find((candidate) => candidate.id === id);
    expect(find(newClaimId)?.mentions.map((mention) => mention.start)).toEqual([moved.start]);
    expect(find(claim.id)?.mentions.some((mention) => mention.start === moved.start && mention.source === moved.source)).toBe(false);
    workbench.analyse();
    expect(find(newClaimId)?.mentions).toHaveLength(1);

    workbench.mergeClaims([claim.id, newClaimId], claim.id);
    workbench.analyse();
    expect(find(newClaimId)).toBeUndefined();
    expect(find(claim.id)?.mentions).toHaveLength(claim.mentions.length);
    expect(workbench.auditLog(50).filter((entry) => entry.action === 'claim.split' || entry.action === 'claim.merge').length).toBeGreaterThanOrEqual(2);
    workbench.close();
  });

  it('anchors an annotation by quote and context, so it comes back when its source is deleted and imported again', async () => {
    const workbench = await sampleCase(tempDir());
    const source = workbench.getSource(4);
    const sentence = source.sentenceSpans[2];
    if (!sentence) throw new Error('source has too few sentences');
    const created = workbench.annotate({ sourceId: 4, start: sentence.start, end: sentence.end, note: 'Key figure', tags: ['check'] });
    expect(created).toMatchObject({ sourceId: 4, quote: source.text.slice(sentence.start, sentence.end), isOrphaned: false });
    workbench.deleteSource(4);
    expect(workbench.annotations()[0]).toMatchObject({ sourceId: null, isOrphaned: true });
    const report = await workbench.importPaths([join(sampleDir(), source.fileName)]);
    const newId = report.imported[0]?.id;
    expect(workbench.annotations()[0]).toMatchObject({ sourceId: newId, start: sentence.start, note: 'Key figure', isOrphaned: false });
    workbench.updateAnnotation({ id: created.id, note: 'Key figure, confirmed' });
    workbench.undo();
    expect(workbench.annotations()[0]?.note).toBe('Key figure');
    workbench.close();
  });

  it('refuses an annotation outside the source text and changes nothing', async () => {
    const workbench = await sampleCase(tempDir());
    const length = workbench.getSource(1).text.length;
    expect(() => workbench.annotate({ sourceId: 1, start: length - 2, end: length + 40 })).toThrowError(/not inside source/);
    expect(workbench.annotations()).toEqual([]);
    expect(workbench.history().canUndo).toBe(false);
    workbench.close();
  });
});
