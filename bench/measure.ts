/**
 * Wall time of `work` in milliseconds, this process's CPU time (the steadier figure on a shared
 * machine), and the highest resident memory seen meanwhile.
 */
export async function measure<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number; cpuMs: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  try {
    const result = await work();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}
