// Speed of the dossier: the seed case printed to PDF (target < 5 s), and a dossier of about
// 1,000 claims from ECB+ articles of the public corpus (target < 30 s, < 1 GB). Import and
// analysis happen before the clock starts, the corpus's in a child process (the `triangulate`
// CLI) so this process does not carry their memory; the clock covers what `export --format pdf`
// does: read the case, build the dossier, render the HTML, launch Chromium, print, stamp metadata.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printDossierPdf } from '../../src/cli/printDossierPdf';
import { renderDossierHtml } from '../../src/core/dossier/html/renderDossierHtml';
import { loadDossierAssets } from '../../src/core/dossier/loadDossierAssets';
import { ensureSampleCase } from '../../src/core/sample/ensureSampleCase';
import { ClaimRepository } from '../../src/core/store/claimRepository';
import { openCase } from '../../src/core/store/openCase';
import { Workbench } from '../../src/core/workbench';
import type { DossierOptionsInput } from '../../src/shared/dossier';
import type { BenchCase, BenchRow } from '../BenchRow';
import { ecbFiles } from '../corpora';
import { measure, peakRssBytes, resetPeakRss } from '../measure';

const wantedClaims = 1000;
const cliPath = fileURLToPath(new URL('../../bin/triangulate.mjs', import.meta.url));

/** This process's descendants (Chromium and its helpers), from /proc on Linux. */
function descendants(): number[] {
  if (process.platform !== 'linux') return [];
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let current = parents.get(pid), hops = 0; current !== undefined && hops < 20; current = parents.get(current), hops += 1) {
      if (current === process.pid) return true;
    }
    return false;
  };
  return [...parents.keys()].filter(isDescendant);
}

/** CPU seconds a process has used so far: utime and stime in clock ticks (100 per second on Linux). */
function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Chromium's memory footprint: the private pages of each of its processes, plus the shared pages
 * once (the most any one process maps; they are mostly the same libraries in every process).
 * Proportional set size would split shared pages with any other Chromium running on the machine,
 * such as another job's tests, and so read lower the busier the machine.
 */
function footprintMbOf(pids: readonly number[]): number {
  let privateKb = 0;
  let largestSharedKb = 0;
  for (const pid of pids) {
    let rollup: string;
    try {
      rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    } catch {
      continue; // The process ended while we looked.
    }
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
    privateKb += kb('Private_Clean') + kb('Private_Dirty');
    largestSharedKb = Math.max(largestSharedKb, kb('Shared_Clean') + kb('Shared_Dirty'));
  }
  return (privateKb + largestSharedKb) / 1024;
}

const nodePeakMb = () => peakRssBytes() / 1024 / 1024;

/**
 * Samples memory as one figure: node's RSS and Chromium's footprint at the same instant, since
 * the two peak at different moments (node while it builds the dossier, before Chromium exists;
 * Chromium while it prints) and adding their separate peaks counts memory never held at once.
 * Node's part of each tick is its high-water mark since the previous tick (reset at each), so a
 * synchronous peak between ticks still counts, with the Chromium reading of the tick that ends
 * it. Also records Chromium's CPU time (each process's last reading, so processes that have
 * ended still count). Four ticks a second: reading smaps_rollup walks each process's page tables
 * (about 40 ms of CPU on a large print), and the reading must not take the CPU it measures; that
 * CPU time is taken out of node's. A tick can miss a peak shorter than that; the printer runs as
 * one process whose memory rises and falls over seconds (ticks every 40 ms read the same peak
 * within 5 MB), but over several processes a copy passed between them lasts about 150 ms.
 */
function sampleMemory() {
  const cpuByPid = new Map<number, number>();
  let chromiumPeakMb = 0;
  let lastChromiumMb = 0;
  let nodeBeforeChromiumMb = 0;
  let nodePeakAfterLaunchMb = 0;
  let coincidentPeakMb = 0;
  let isChromiumLaunched = false;
  let samplerCpuMs = 0;
  const sample = () => {
    if (!isChromiumLaunched) return;
    const cpuStarted = process.cpuUsage();
    const pids = descendants();
    for (const pid of pids) {
      const seconds = cpuSecondsOf(pid);
      if (seconds !== undefined) cpuByPid.set(pid, seconds);
    }
    lastChromiumMb = footprintMbOf(pids);
    const nodeMb = nodePeakMb();
    resetPeakRss();
    chromiumPeakMb = Math.max(chromiumPeakMb, lastChromiumMb);
    nodePeakAfterLaunchMb = Math.max(nodePeakAfterLaunchMb, nodeMb);
    coincidentPeakMb = Math.max(coincidentPeakMb, nodeMb + lastChromiumMb);
    const cpu = process.cpuUsage(cpuStarted);
    samplerCpuMs += (cpu.user + cpu.system) / 1000;
  };
  const timer = setInterval(sample, 250);
  return {
    /** Call once the work before Chromium is done and its peak since the last reset is node's alone. */
    chromiumLaunches: () => {
      nodeBeforeChromiumMb = nodePeakMb();
      coincidentPeakMb = Math.max(coincidentPeakMb, nodeBeforeChromiumMb);
      resetPeakRss();
      isChromiumLaunched = true;
    },
    stop: () => {
      clearInterval(timer);
      if (isChromiumLaunched) {
        // The last stretch since the final tick, with the last Chromium reading taken in it.
        const nodeMb = nodePeakMb();
        nodePeakAfterLaunchMb = Math.max(nodePeakAfterLaunchMb, nodeMb);
        coincidentPeakMb = Math.max(coincidentPeakMb, nodeMb + lastChromiumMb);
        isChromiumLaunched = false;
      }
      return {
        cpuSeconds: [...cpuByPid.values()].reduce((sum, seconds) => sum + seconds, 0),
        chromiumPeakMb,
        nodePeakMb: Math.max(nodeBeforeChromiumMb, nodePeakAfterLaunchMb),
        coincidentPeakMb,
        /** This process's CPU time spent sampling, which is the bench's, not the export's. */
        samplerCpuMs,
      };
    },
  };
}

async function exportPdf(workbench: Workbench, options: DossierOptionsInput) {
  const memory = sampleMemory();
  try {
    const run = await measure(async () => {
      const dossier = workbench.dossier(options);
      const html = renderDossierHtml(dossier, loadDossierAssets());
      memory.chromiumLaunches();
      const pdf = await printDossierPdf(html, dossier);
      return { dossier, html, pdf };
    });
    const sampled = memory.stop();
    const pages = (Buffer.from(run.result.pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    return { ...run, cpuMs: run.cpuMs - sampled.samplerCpuMs, pages, ...sampled, chromiumCpuSeconds: sampled.cpuSeconds };
  } finally {
    memory.stop();
  }
}

/** Imports and analyses the files into a new case in a child process, so this process does not carry the analysis's memory into the export it measures. */
function buildCaseInChild(casePath: string, files: readonly string[]): void {
  for (const command of [['import', ...files], ['claims']]) {
    const child = spawnSync(process.execPath, [cliPath, command[0] ?? '', '--case', casePath, ...command.slice(1)], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`triangulate ${command[0]} failed: ${child.stderr.slice(-2000)}`);
  }
}

/** CPU time beside wall time: on a shared two-core machine the wall clock also counts other jobs. */
function cpuAndMemoryRows(label: string, run: Awaited<ReturnType<typeof exportPdf>>, memoryTarget?: string): BenchRow[] {
  return [
    { case: label, metric: 'CPU time, node + Chromium', value: run.cpuMs / 1000 + run.chromiumCpuSeconds, unit: 's' },
    { case: label, metric: 'Chromium CPU time', value: run.chromiumCpuSeconds, unit: 's' },
    { case: label, metric: 'peak memory (node RSS + Chromium footprint at one instant)', value: run.coincidentPeakMb, unit: 'MB', ...(memoryTarget ? { target: memoryTarget } : {}) },
    { case: label, metric: 'peak node RSS + peak Chromium footprint (separate peaks, added)', value: run.nodePeakMb + run.chromiumPeakMb, unit: 'MB' },
    { case: label, metric: 'peak node RSS', value: run.nodePeakMb, unit: 'MB' },
    { case: label, metric: 'node RSS at start', value: run.startRssMb, unit: 'MB' },
    { case: label, metric: 'peak Chromium footprint', value: run.chromiumPeakMb, unit: 'MB' },
  ];
}

/**
 * The first sources, in import order, whose claims add up to `wanted`: the claims a dossier of
 * them holds. Asked of the store a source at a time, so this process does not load every claim
 * of the corpus before the export whose memory it measures.
 */
function sourcesForClaims(casePath: string, workbench: Workbench, wanted: number): number[] {
  const db = openCase(casePath, { isReadonly: true });
  try {
    const claims = new ClaimRepository(db);
    const claimIds = new Set<string>();
    const chosen: number[] = [];
    for (const source of workbench.listSources()) {
      if (claimIds.size >= wanted) break;
      chosen.push(source.id);
      for (const id of claims.claimIdsInSources([source.id])) claimIds.add(id);
    }
    return chosen;
  } finally {
    db.close();
  }
}

export const dossierBench: BenchCase = async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const rows: BenchRow[] = [];
  try {
    const seed = await ensureSampleCase(join(folder, 'seed.tri'));
    const seedLabel = `dossier: seed case (${seed.caseInfo().sources} sources)`;
    const seedRun = await exportPdf(seed, { analystName: 'Bench', includeAppendix: true });
    seed.close();
    rows.push(
      { case: seedLabel, metric: 'claims', value: seedRun.result.dossier.counts.claims, unit: '' },
      { case: seedLabel, metric: 'pages (A4, appendix)', value: seedRun.pages, unit: '' },
      { case: seedLabel, metric: 'export PDF', value: seedRun.ms / 1000, unit: 's', target: '< 5 s' },
      ...cpuAndMemoryRows(seedLabel, seedRun),
    );

    const files = ecbFiles();
    const setup = await measure(() => buildCaseInChild(join(folder, 'ecb.tri'), files));
    const corpus = Workbench.open(join(folder, 'ecb.tri'));
    const sourceIds = sourcesForClaims(join(folder, 'ecb.tri'), corpus, wantedClaims);
    const run = await exportPdf(corpus, { analystName: 'Bench', sourceIds });
    corpus.close();
    const label = `dossier: ${run.result.dossier.counts.claims.toLocaleString('en')} claims from ${sourceIds.length} ecbplus-txt articles`;
    rows.push(
      { case: `dossier: ecbplus-txt (${files.length} files)`, metric: 'import + analyse (setup)', value: setup.ms / 1000, unit: 's' },
      { case: label, metric: 'pages (A4)', value: run.pages, unit: '' },
      { case: label, metric: 'HTML size', value: run.result.html.length / 1024 / 1024, unit: 'MB' },
      { case: label, metric: 'PDF size', value: run.result.pdf.length / 1024 / 1024, unit: 'MB' },
      { case: label, metric: 'export PDF', value: run.ms / 1000, unit: 's', target: '< 30 s' },
      ...cpuAndMemoryRows(label, run, '< 1,024 MB'),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
};
