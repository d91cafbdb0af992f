/** Wall time of `work` in milliseconds, with the highest resident memory seen meanwhile. */
export async function measure<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, peakRssMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}
