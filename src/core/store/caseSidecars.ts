import { existsSync, rmSync, statSync } from 'node:fs';

// A read-only connection to a WAL database makes `-wal` and `-shm` files it cannot remove on
// close. Left behind they look like a case someone still has open, and they are written into a
// folder the analyst only meant to read, so the ones this process made are removed.
const suffixes = ['-wal', '-shm'] as const;

/** The sidecar files beside a case now. */
export function existingSidecars(path: string): Set<string> {
  return new Set(suffixes.map((suffix) => `${path}${suffix}`).filter((file) => existsSync(file)));
}

/** Removes the sidecars made since `before`, only while the log holds nothing (so no data is lost). */
export function removeCreatedSidecars(path: string, before: ReadonlySet<string>): void {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  for (const suffix of suffixes) {
    const file = `${path}${suffix}`;
    if (!before.has(file)) rmSync(file, { force: true });
  }
}
