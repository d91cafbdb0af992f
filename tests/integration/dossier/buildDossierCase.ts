import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSampleCase } from '../../../src/core/sample/ensureSampleCase';
import type { Workbench } from '../../../src/core/workbench';
import { hostileArticle } from './hostileArticle';

export const pinnedNow = () => new Date('2025-04-01T10:00:00Z');

/**
 * The sample case plus the hostile article, analysed, with the analyst's work on it: verdicts,
 * notes, tags, a flag, grades and annotations, some of them hostile too.
 */
export async function buildDossierCase(folder: string): Promise<{ casePath: string; workbench: Workbench }> {
  const casePath = join(folder, 'dossier.tri');
  const workbench = await ensureSampleCase(casePath, { now: pinnedNow });
  const articlePath = join(folder, 'hostile.txt');
  writeFileSync(articlePath, hostileArticle);
  const report = await workbench.importPaths([articlePath]);
  if (report.imported.length !== 1) throw new Error(`the hostile article did not import: ${JSON.stringify(report)}`);
  workbench.analyse();
  const claims = workbench.claimsWithJudgements().claims;
  const contested = claims.filter((claim) => claim.status === 'contested');
  const [first, second] = contested;
  if (!first || !second) throw new Error('the sample case should hold contested claims');
  workbench.judgeClaim({ claimId: first.id, verdict: 2, confidence: 'medium', note: '@SUM(A1) <b>not bold</b>', tags: ['dates', '-risk'], isFlagged: true });
  workbench.judgeClaim({ claimId: second.id, verdict: 5, confidence: 'high', note: 'Checked against the press release.', tags: ['＋tag'] });
  const hostileId = report.imported[0]?.id ?? 0;
  workbench.gradeSource(hostileId, 'E');
  const hostile = workbench.getSource(hostileId);
  const sentence = hostile.sentenceSpans[0];
  if (!sentence) throw new Error('the hostile article has no sentences');
  workbench.annotate({ sourceId: hostileId, start: sentence.start, end: sentence.end, note: '=cmd|" /C calc"!A0 <script>alert(1)</script>', tags: ['@t'], claimId: first.id });
  const press = workbench.listSources().find((source) => source.kind === 'press-release');
  if (press) {
    const text = workbench.getSource(press.id).text;
    workbench.annotate({ sourceId: press.id, start: 0, end: Math.min(40, text.length), note: 'Opening line of the release.', tags: ['origin'] });
  }
  return { casePath, workbench };
}
