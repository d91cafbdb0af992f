// Start-up of the installed command: `triangulate sources` on the sample case, each run a
// process of its own, through bin/ running the compiled bundle (out/cli) against the same
// command compiled on the fly by tsx (`npm run cli`), and Node running an empty script, the
// floor neither can go below. Runs alternate so a busy moment on the machine hits all three.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, BenchRow } from '../BenchRow';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = 15;

/**
 * CPU time of this process's finished children (user + system) from /proc/self/stat, in ms
 * (Linux's clock ticks are 10 ms), the steadier figure when other work shares the cores. Not
 * Linux: undefined, and only wall time is shown.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, counted from field 3 here.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

let cpuOfRuns = 0;

function wallMs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${child.status ?? child.signal}): ${child.stderr}`);
  // A note on stderr means bin/ fell back to tsx: the figure would not be the bundle's.
  if (child.stderr.includes('running the sources through tsx')) throw new Error(child.stderr.trim());
  const cpuAfter = childrenCpuMs();
  cpuOfRuns = cpuBefore === undefined || cpuAfter === undefined ? Number.NaN : cpuAfter - cpuBefore;
  return ms;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

export const cliStartBench: BenchCase = async () => {
  // Built here, so the figure is never a stale bundle's (bin/ would fall back to tsx anyway).
  wallMs([join(root, 'scripts/buildCli.mjs')]);
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-cli-start-'));
  try {
    const casePath = join(folder, 'sample.tri');
    const bin = join(root, 'bin/triangulate.mjs');
    wallMs([bin, 'sample', '--case', casePath]);
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    const compiled: number[] = [];
    const throughTsx: number[] = [];
    const empty: number[] = [];
    const cpu = { compiled: 0, tsx: 0 };
    // One unmeasured run of each warms the page cache, as a user's second command would find it.
    for (let run = -1; run < runs; run += 1) {
      const compiledMs = wallMs([bin, 'sources', '--case', casePath]);
      const compiledCpu = cpuOfRuns;
      const tsxMs = wallMs([tsx, 'src/cli/main.ts', 'sources', '--case', casePath]);
      const tsxCpu = cpuOfRuns;
      const times = [compiledMs, tsxMs, wallMs(['-e', ''])];
      if (run < 0) continue;
      cpu.compiled += compiledCpu;
      cpu.tsx += tsxCpu;
      compiled.push(times[0] ?? 0);
      throughTsx.push(times[1] ?? 0);
      empty.push(times[2] ?? 0);
    }
    const label = 'CLI start: `triangulate sources` on the sample case';
    const rows: BenchRow[] = [
      { case: `${label}, compiled (bin/ → out/cli), vs tsx`, metric: `median of ${runs} runs`, value: median(compiled), unit: 'ms', baseline: median(throughTsx), target: '≤ 300 ms' },
      { case: `${label}, compiled, vs node -e ''`, metric: `median of ${runs} runs`, value: median(compiled), unit: 'ms', baseline: median(empty) },
      { case: `${label}, compiled, slowest run`, metric: `max of ${runs} runs`, value: Math.max(...compiled), unit: 'ms', baseline: Math.max(...throughTsx) },
    ];
    // tsx's esbuild service is a grandchild that is never waited for: its CPU is not in tsx's figure.
    if (Number.isFinite(cpu.compiled)) rows.push({ case: `${label}, compiled, vs tsx`, metric: `CPU per run (mean of ${runs})`, value: cpu.compiled / runs, unit: 'ms CPU', baseline: cpu.tsx / runs });
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};
