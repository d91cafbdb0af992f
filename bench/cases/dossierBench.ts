// Speed of the dossier: the seed case printed to PDF (target < 5 s), and a dossier of about
// 1,000 claims from ECB+ articles of the public corpus (target < 30 s, < 1 GB). Import and
// analysis happen before the clock starts; the clock covers what `export --format pdf` does:
// read the case, build the dossier, render the HTML, launch Chromium, print, stamp metadata.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printDossierPdf } from '../../src/cli/printDossierPdf';
import { renderDossierHtml } from '../../src/core/dossier/html/renderDossierHtml';
import { loadDossierAssets } from '../../src/core/dossier/loadDossierAssets';
import { ensureSampleCase } from '../../src/core/sample/ensureSampleCase';
import { Workbench } from '../../src/core/workbench';
import type { DossierOptionsInput } from '../../src/shared/dossier';
import type { BenchCase, BenchRow } from '../BenchRow';
import { ecbFiles } from '../corpora';
import { measure } from '../measure';

const wantedClaims = 1000;

interface ChildUsage {
  /** Proportional set size: shared pages split between the processes sharing them, so the sum is not inflated. */
  pssMb: number;
  cpuSeconds: number;
}

/** Memory and CPU time of this process's descendants (Chromium and its helpers), read from /proc on Linux. */
function childUsage(): ChildUsage {
  if (process.platform !== 'linux') return { pssMb: 0, cpuSeconds: 0 };
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      // utime, stime, cutime, cstime in clock ticks (100 per second on Linux).
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100);
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
  let pssKb = 0;
  let cpuSeconds = 0;
  for (const [pid, seconds] of cpu) {
    if (!isDescendant(pid)) continue;
    cpuSeconds += seconds;
    try {
      pssKb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return { pssMb: pssKb / 1024, cpuSeconds };
}

async function exportPdf(workbench: Workbench, options: DossierOptionsInput) {
  let peakChildrenMb = 0;
  let chromiumCpuSeconds = 0;
  const sampler = setInterval(() => {
    const usage = childUsage();
    peakChildrenMb = Math.max(peakChildrenMb, usage.pssMb);
    chromiumCpuSeconds = Math.max(chromiumCpuSeconds, usage.cpuSeconds);
  }, 200);
  try {
    const run = await measure(async () => {
      const dossier = workbench.dossier(options);
      const html = renderDossierHtml(dossier, loadDossierAssets());
      const pdf = await printDossierPdf(html, dossier);
      return { dossier, html, pdf };
    });
    const pages = (Buffer.from(run.result.pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    return { ...run, pages, peakChildrenMb, chromiumCpuSeconds };
  } finally {
    clearInterval(sampler);
  }
}

/** The first sources, in import order, whose claims add up to `wanted`. */
function sourcesForClaims(workbench: Workbench, wanted: number): number[] {
  const claimsBySource = new Map<number, number>();
  for (const claim of workbench.claims().claims) {
    const first = Math.min(...claim.mentions.map((mention) => mention.source));
    claimsBySource.set(first, (claimsBySource.get(first) ?? 0) + 1);
  }
  const chosen: number[] = [];
  let total = 0;
  for (const source of workbench.listSources()) {
    if (total >= wanted) break;
    chosen.push(source.id);
    total += claimsBySource.get(source.id) ?? 0;
  }
  return chosen;
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
      { case: seedLabel, metric: 'Chromium CPU time', value: seedRun.chromiumCpuSeconds, unit: 's' },
      { case: seedLabel, metric: 'peak memory (node RSS + Chromium PSS)', value: seedRun.peakRssMb + seedRun.peakChildrenMb, unit: 'MB' },
    );

    const corpus = Workbench.open(join(folder, 'ecb.tri'));
    const files = ecbFiles();
    const setup = await measure(async () => {
      await corpus.importPaths(files);
      return corpus.analyse();
    });
    const sourceIds = sourcesForClaims(corpus, wantedClaims);
    const run = await exportPdf(corpus, { analystName: 'Bench', sourceIds });
    corpus.close();
    const label = `dossier: ${run.result.dossier.counts.claims.toLocaleString('en')} claims from ${sourceIds.length} ecbplus-txt articles`;
    rows.push(
      { case: `dossier: ecbplus-txt (${files.length} files)`, metric: 'import + analyse (setup)', value: setup.ms / 1000, unit: 's' },
      { case: label, metric: 'pages (A4)', value: run.pages, unit: '' },
      { case: label, metric: 'HTML size', value: run.result.html.length / 1024 / 1024, unit: 'MB' },
      { case: label, metric: 'PDF size', value: run.result.pdf.length / 1024 / 1024, unit: 'MB' },
      { case: label, metric: 'export PDF', value: run.ms / 1000, unit: 's', target: '< 30 s' },
      { case: label, metric: 'Chromium CPU time', value: run.chromiumCpuSeconds, unit: 's' },
      { case: label, metric: 'peak memory (node RSS + Chromium PSS)', value: run.peakRssMb + run.peakChildrenMb, unit: 'MB', target: '< 1,024 MB' },
      { case: label, metric: 'peak node RSS', value: run.peakRssMb, unit: 'MB' },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
};
