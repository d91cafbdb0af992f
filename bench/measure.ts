import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Resets the kernel's resident-memory high-water mark for this process (Linux ≥ 4.0), so the
 * next reading is the peak of the work in between, synchronous work included: a timer that
 * samples memory never fires while the event loop is busy, and would report the end, not the peak.
 */
export function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the peak below is the process's lifetime peak instead.
  }
}

export function peakRssBytes(): number {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kilobytes) return Number(kilobytes) * 1024;
  } catch {
    // Fall through to what Node reports.
  }
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Has the kernel write out what earlier work left in the page cache (a generated corpus, the
 * previous run's case file). Otherwise that write-back runs during the next measurement, and
 * the work's own syncs wait behind it: the second and third of three 50k imports took 24 s
 * where the first took 21. Where there is no `sync` command the call fails quietly.
 */
function flushPendingWrites(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/**
 * Wall time of `work` in milliseconds, this process's CPU time (the steadier figure on a shared
 * machine), the highest resident memory of the process meanwhile (all its threads), and what it
 * held when the work began (inputs and earlier work), so a reader can tell the two apart.
 */
export async function measure<T>(
  work: () => Promise<T> | T,
): Promise<{ result: T; ms: number; cpuMs: number; peakRssMb: number; startRssMb: number }> {
  // Garbage left by the set-up (a generated corpus's scaffolding) is not the work's memory.
  (globalThis as { gc?: () => void }).gc?.();
  flushPendingWrites();
  resetPeakRss();
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await work();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: peakRssBytes() / 1024 / 1024, startRssMb };
}
