import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisStep } from '../../../src/shared/analysis';
import { Workbench } from '../../../src/core/workbench';
import { WorkbenchError } from '../../../src/core/WorkbenchError';
import { analystTables, derivedTables, integrityOf, tableDigests } from '../../helpers/caseSnapshot';
import { useTempDir } from '../../helpers/tempDir';
import { writeArticles } from '../../helpers/writeArticles';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const cliMain = join(import.meta.dirname, '../../../src/cli/main.ts');
const allTables = [...derivedTables, ...analystTables];

/**
 * A case analysed once and judged by the analyst, then given 80 new articles: the next run has
 * every step to do (indexing, aligning, extracting, clustering), so it can be stopped in each.
 */
let template = '';
let templateDir = '';
beforeAll(async () => {
  templateDir = mkdtempSync(join(tmpdir(), 'triangulate-stop-'));
  template = join(templateDir, 'template.tri');
  const workbench = Workbench.open(template);
  writeArticles(join(templateDir, 'first'), 40, 0, 3);
  await workbench.importPaths([join(templateDir, 'first')]);
  workbench.analyse();
  const [claim] = workbench.claimsWithJudgements().claims;
  if (!claim) throw new Error('the first articles should give claims');
  workbench.judgeClaim({ claimId: claim.id, verdict: 2, note: 'Checked against the ministry record.', tags: ['checked'] });
  writeArticles(join(templateDir, 'second'), 80, 1000, 4);
  await workbench.importPaths([join(templateDir, 'second')]);
  workbench.close();
}, 120_000);
afterAll(() => rmSync(templateDir, { recursive: true, force: true }));

describe('stopping an analysis run', () => {
  const temp = useTempDir();
  const copyOfTemplate = (name: string) => {
    const path = join(temp(), name);
    copyFileSync(template, path);
    return path;
  };

  for (const step of ['indexing', 'aligning', 'extracting', 'clustering'] as const satisfies readonly AnalysisStep[]) {
    it(`stopped while ${step}, fails with "cancelled" and leaves every table as it was`, () => {
      const casePath = copyOfTemplate(`${step}.tri`);
      const before = tableDigests(casePath, allTables);
      const workbench = Workbench.open(casePath);
      const steps: AnalysisStep[] = [];
      workbench.onEvent((event, payload) => {
        if (event !== 'analysis:did-progress' || !('step' in payload)) return;
        if (steps.at(-1) !== payload.step) steps.push(payload.step);
        if (payload.step === step) workbench.cancelAnalysis();
      });
      let thrown: unknown;
      try {
        workbench.analyse();
      } catch (error) {
        thrown = error;
      }
      workbench.close();
      expect(thrown).toBeInstanceOf(WorkbenchError);
      expect((thrown as WorkbenchError).code).toBe('cancelled');
      expect(steps.at(-1)).toBe(step);
      expect(integrityOf(casePath)).toBe('ok');
      expect(tableDigests(casePath, allTables)).toEqual(before);
    });
  }

  it('reports the steps in order, and a run after a stopped one gives what an uninterrupted run gives', () => {
    const stoppedPath = copyOfTemplate('stopped.tri');
    const straightPath = copyOfTemplate('straight.tri');
    const stopped = Workbench.open(stoppedPath);
    const stopOnce = stopped.onEvent((event, payload) => {
      if (event === 'analysis:did-progress' && 'step' in payload && payload.step === 'extracting' && payload.done > 20) stopped.cancelAnalysis();
    });
    expect(() => stopped.analyse()).toThrow(/stopped/);
    stopOnce();
    expect(stopped.cancelAnalysis()).toEqual({ wasRunning: false });
    const resumed = stopped.analyse();
    stopped.close();

    const straight = Workbench.open(straightPath);
    const steps: AnalysisStep[] = [];
    straight.onEvent((event, payload) => {
      if (event === 'analysis:did-progress' && 'step' in payload && steps.at(-1) !== payload.step) steps.push(payload.step);
    });
    const summary = straight.analyse();
    straight.close();
    expect(steps).toEqual(['indexing', 'aligning', 'extracting', 'clustering']);
    expect(resumed).toEqual(summary);
    expect(summary.sourcesExtracted).toBe(80);
    expect(tableDigests(stoppedPath, allTables.filter((table) => table !== 'audit_log'), true)).toEqual(
      tableDigests(straightPath, allTables.filter((table) => table !== 'audit_log'), true),
    );
  });

  /** Runs `triangulate claims` and sends `signal` once it notes `step`; resolves with how it ended. */
  function claimsThenSignal(casePath: string, step: RegExp, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; sent: boolean }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', cliMain, 'claims', '--case', casePath], { stdio: ['ignore', 'ignore', 'pipe'] });
      let sent = false;
      child.stderr.on('data', (chunk: Buffer) => {
        if (!sent && step.test(chunk.toString())) {
          sent = true;
          child.kill(signal);
        }
      });
      child.on('error', reject);
      child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal, sent }));
    });
  }

  const cliTrials: { step: RegExp; signal: NodeJS.Signals }[] = [
    { step: /aligning/, signal: 'SIGINT' },
    { step: /extracting/, signal: 'SIGINT' },
    { step: /aligning/, signal: 'SIGKILL' },
    { step: /extracting/, signal: 'SIGKILL' },
  ];
  it(`the CLI stopped by Ctrl-C or kill -9 mid-run leaves the case as it was (${cliTrials.length} trials)`, async () => {
    for (const [index, trial] of cliTrials.entries()) {
      const casePath = copyOfTemplate(`cli-${index}.tri`);
      const before = tableDigests(casePath, allTables);
      const outcome = await claimsThenSignal(casePath, trial.step, trial.signal);
      expect(outcome).toEqual({ code: null, signal: trial.signal, sent: true });
      expect(integrityOf(casePath)).toBe('ok');
      expect(tableDigests(casePath, allTables)).toEqual(before);
    }
  }, 120_000);
});
