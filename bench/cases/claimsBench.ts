// Speed of the claim engine on bbc-news + ecbplus-txt (2,687 real articles): extraction and
// clustering in memory, then the same through the store with `updateClaims`, then one more
// source imported and the engine re-run (only that source is extracted). Ingest and sentence
// segmentation happen before the clock starts. CPU seconds stand beside wall seconds: on a
// shared machine wall time says as much about the neighbours as about the engine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { clusterClaims } from '../../src/core/claims/clusterClaims';
import type { StoredMention } from '../../src/core/claims/ClaimCluster';
import type { SourceForClaims } from '../../src/core/claims/ExtractedMention';
import { extractClaims } from '../../src/core/claims/extractClaims';
import { updateClaims } from '../../src/core/claims/updateClaims';
import { toNewSource } from '../../src/core/importing/toNewSource';
import { defaultMaxBytes } from '../../src/core/ingest/IngestedDocument';
import { ingestBytes } from '../../src/core/ingest/ingestBytes';
import type { NewSource } from '../../src/core/store/sourceRepository';
import { CaseStore } from '../../src/core/store/CaseStore';
import type { BenchCase, BenchRow } from '../BenchRow';
import { bbcFiles, ecbFiles } from '../corpora';
import { measure } from '../measure';

const importedAt = new Date('2025-01-01T00:00:00Z');

/** Every readable file once: the BBC corpus holds a few byte-identical duplicates, which a case refuses. */
function ingestAll(files: readonly string[]): NewSource[] {
  const seen = new Set<string>();
  return files.flatMap((file) => {
    try {
      const source = toNewSource(ingestBytes(readFileSync(file), basename(file), { importedAt, maxBytes: defaultMaxBytes }), file, importedAt);
      if (seen.has(source.sha256)) return [];
      seen.add(source.sha256);
      return [source];
    } catch {
      return [];
    }
  });
}

export const claimsBench: BenchCase = async () => {
  const sources = ingestAll([...bbcFiles(), ...ecbFiles()]);
  const label = `claims bbc-news + ecbplus-txt (${sources.length.toLocaleString('en')} docs)`;
  const forClaims: SourceForClaims[] = sources.map((source, index) => ({
    id: index + 1,
    publishedAt: source.publishedAt,
    text: source.cleanText,
    paragraphs: source.paragraphs,
    sentences: source.sentences,
  }));
  const extraction = await measure(() => forClaims.flatMap((source) => extractClaims(source)));
  const stored: StoredMention[] = extraction.result.map((mention, index) => ({ ...mention, id: index + 1, publishedAt: forClaims[mention.sourceId - 1]?.publishedAt ?? null }));
  const clustering = await measure(() => clusterClaims(stored, []));
  process.stderr.write(
    `claims: extract ${Math.round(extraction.ms)} ms (${Math.round(extraction.cpuMs)} ms CPU), cluster ${Math.round(clustering.ms)} ms (${Math.round(clustering.cpuMs)} ms CPU)\n`,
  );

  const folder = mkdtempSync(join(tmpdir(), 'claims-bench-'));
  const rows: BenchRow[] = [];
  try {
    const store = CaseStore.open(join(folder, 'bench.tri'));
    const [extra, ...rest] = sources;
    store.db.transaction(() => {
      for (const source of rest) store.sources.insert(source);
    })();
    const full = await measure(() => updateClaims(store.db, []));
    if (extra) store.sources.insert(extra);
    const again = await measure(() => updateClaims(store.db, []));
    store.close();
    rows.push(
      { case: label, metric: 'extract (in memory)', value: extraction.ms / 1000, unit: 's' },
      { case: label, metric: 'extract (in memory), CPU', value: extraction.cpuMs / 1000, unit: 's CPU' },
      { case: label, metric: 'mentions', value: extraction.result.length, unit: '' },
      { case: label, metric: 'cluster + grade (in memory)', value: clustering.ms / 1000, unit: 's' },
      { case: label, metric: 'cluster + grade (in memory), CPU', value: clustering.cpuMs / 1000, unit: 's CPU' },
      { case: label, metric: 'claims', value: clustering.result.length, unit: '' },
      { case: label, metric: 'extract + cluster', value: (extraction.ms + clustering.ms) / 1000, unit: 's', target: '< 20 s' },
      { case: label, metric: 'extract + cluster, CPU', value: (extraction.cpuMs + clustering.cpuMs) / 1000, unit: 's CPU' },
      { case: label, metric: 'updateClaims through the store', value: full.ms / 1000, unit: 's', target: '< 20 s' },
      { case: label, metric: 'updateClaims through the store, CPU', value: full.cpuMs / 1000, unit: 's CPU' },
      { case: `${label} + 1 import`, metric: 'updateClaims re-run', value: again.ms / 1000, unit: 's' },
      { case: `${label} + 1 import`, metric: 'updateClaims re-run, CPU', value: again.cpuMs / 1000, unit: 's CPU' },
      { case: `${label} + 1 import`, metric: 'sources extracted on re-run', value: again.result.sourcesExtracted, unit: '' },
      { case: label, metric: 'peak memory', value: Math.max(extraction.peakRssMb, clustering.peakRssMb, full.peakRssMb), unit: 'MB' },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
};
