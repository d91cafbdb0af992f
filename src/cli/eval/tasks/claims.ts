// `eval claims <gold.json | cases dir>`: runs extraction and clustering over the articles of
// each case (read from the public corpora, never copied into the repo) and scores the claims
// against the analyst's gold. Per case and per split (dev, report):
// - found: gold claims one engine claim carries in at least half their evidence articles;
// - seen: gold claims any engine claim touches at all;
// - conflicts caught: gold conflicts whose two sides sit in one claim on opposite stances;
// - histories kept: evolving counts in one claim and not marked as contradicting;
// - lumped: engine claims that hold two gold claims which are neither a conflict nor a history;
// - false conflicts: engine claims marking a contradiction between mentions of one gold claim
//   or of unrelated ones;
// - junk: share of all engine claims an analyst would strike (isJunkClaim).
// Each mention counts for the one evidence phrase it overlaps most (by overlap over union).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterClaims } from '../../../core/claims/clusterClaims';
import type { ClaimCluster, StoredMention } from '../../../core/claims/ClaimCluster';
import type { SourceForClaims } from '../../../core/claims/ExtractedMention';
import { extractClaims } from '../../../core/claims/extractClaims';
import { toNewSource } from '../../../core/importing/toNewSource';
import { defaultMaxBytes } from '../../../core/ingest/IngestedDocument';
import { ingestBytes } from '../../../core/ingest/ingestBytes';
import { locatePhrase, readClaimsGold, type ClaimsGold } from './claimsGold';
import { isJunkClaim } from './isJunkClaim';

/** The corpora sit beside the repository (`../shared/corpora`) unless TRIANGULATE_CORPORA says otherwise. */
const corporaRoot = (): string => process.env.TRIANGULATE_CORPORA ?? fileURLToPath(new URL('../../../../../shared/corpora', import.meta.url));

const importedAt = new Date('2025-01-01T00:00:00Z');

interface Tally {
  cases: number;
  goldClaims: number;
  found: number;
  seen: number;
  conflicts: number;
  conflictsCaught: number;
  histories: number;
  historiesKept: number;
  claims: number;
  matchedClaims: number;
  lumped: number;
  falseConflicts: number;
  junk: number;
  singleSource: number;
}

const emptyTally = (): Tally => ({
  cases: 0, goldClaims: 0, found: 0, seen: 0, conflicts: 0, conflictsCaught: 0, histories: 0, historiesKept: 0,
  claims: 0, matchedClaims: 0, lumped: 0, falseConflicts: 0, junk: 0, singleSource: 0,
});

function add(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

function figures(tally: Tally): Record<string, number | string> {
  return {
    found: share(tally.found, tally.goldClaims),
    seen: share(tally.seen, tally.goldClaims),
    conflictsCaught: `${tally.conflictsCaught}/${tally.conflicts}`,
    historiesKept: `${tally.historiesKept}/${tally.histories}`,
    lumped: share(tally.lumped, tally.matchedClaims),
    falseConflicts: tally.falseConflicts,
    junk: share(tally.junk, tally.claims),
    singleSource: share(tally.singleSource, tally.claims),
    claims: tally.claims,
  };
}

/** The case's articles as the engine sees them, in article order (source id = position + 1). */
function loadSources(gold: ClaimsGold): SourceForClaims[] {
  return gold.articles.map((article, index) => {
    const path = join(corporaRoot(), gold.corpus, `${article}.txt`);
    const source = toNewSource(ingestBytes(readFileSync(path), basename(path), { importedAt, maxBytes: defaultMaxBytes }), path, importedAt);
    return { id: index + 1, publishedAt: source.publishedAt, text: source.cleanText, paragraphs: source.paragraphs, sentences: source.sentences };
  });
}

export function scoreCase(gold: ClaimsGold, sources: readonly SourceForClaims[], clusters: readonly ClaimCluster[]): Tally {
  const tally = emptyTally();
  tally.cases = 1;
  const evidence = gold.claims.flatMap((claim) =>
    claim.evidence.map(([article, phrase]) => {
      const sourceId = gold.articles.indexOf(article) + 1;
      const span = locatePhrase(sources[sourceId - 1]?.text ?? '', phrase);
      if (!span) throw new Error(`${gold.name}: ${claim.id}: "${phrase}" not found in ${article}`);
      return { claim: claim.id, sourceId, ...span };
    }),
  );
  const goldOf = (mention: StoredMention): string | null => {
    let best: string | null = null;
    let bestScore = 0;
    for (const item of evidence) {
      if (item.sourceId !== mention.sourceId) continue;
      const overlap = Math.min(item.end, mention.end) - Math.max(item.start, mention.start);
      if (overlap <= 0) continue;
      const score = overlap / (Math.max(item.end, mention.end) - Math.min(item.start, mention.start));
      if (score > bestScore) {
        bestScore = score;
        best = item.claim;
      }
    }
    return best;
  };
  const pairKey = (first: string, second: string): string => [first, second].sort().join('|');
  const conflictPairs = new Set(gold.conflicts.map((pair) => pairKey(...pair.between)));
  const historyPairs = new Set(gold.histories.map((pair) => pairKey(...pair.between)));

  const perCluster = clusters.map((cluster) => {
    const supports = new Map<string, Set<number>>();
    const contradicts = new Map<string, Set<number>>();
    for (const { mention, stance } of cluster.mentions) {
      const id = goldOf(mention);
      if (!id) continue;
      const side = stance === 'supports' ? supports : contradicts;
      const sourcesOf = side.get(id) ?? new Set<number>();
      sourcesOf.add(mention.sourceId);
      side.set(id, sourcesOf);
    }
    return { cluster, supports, contradicts, ids: new Set([...supports.keys(), ...contradicts.keys()]) };
  });

  tally.claims = clusters.length;
  for (const { cluster, supports, contradicts, ids } of perCluster) {
    if (isJunkClaim(cluster.text, cluster.value)) tally.junk += 1;
    if (new Set(cluster.mentions.map((item) => item.mention.sourceId)).size === 1) tally.singleSource += 1;
    if (ids.size === 0) continue;
    tally.matchedClaims += 1;
    const list = [...ids];
    const isLumped = list.some((first, index) => list.slice(index + 1).some((second) => !conflictPairs.has(pairKey(first, second)) && !historyPairs.has(pairKey(first, second))));
    if (isLumped) tally.lumped += 1;
    if (contradicts.size > 0) {
      const isExplained = [...supports.keys()].some((first) => [...contradicts.keys()].some((second) => conflictPairs.has(pairKey(first, second))));
      if (!isExplained) tally.falseConflicts += 1;
    }
  }

  for (const claim of gold.claims) {
    tally.goldClaims += 1;
    const articles = new Set(claim.evidence.map(([article]) => article)).size;
    const carried = perCluster.map(({ supports, contradicts }) => new Set([...(supports.get(claim.id) ?? []), ...(contradicts.get(claim.id) ?? [])]).size);
    const most = Math.max(0, ...carried);
    if (most > 0) tally.seen += 1;
    if (most >= Math.ceil(articles / 2)) tally.found += 1;
  }
  for (const pair of gold.conflicts) {
    tally.conflicts += 1;
    const [first, second] = pair.between;
    const caught = perCluster.some(({ supports, contradicts }) =>
      (supports.has(first) && contradicts.has(second)) || (supports.has(second) && contradicts.has(first)));
    if (caught) tally.conflictsCaught += 1;
  }
  for (const pair of gold.histories) {
    tally.histories += 1;
    const [first, second] = pair.between;
    const kept = perCluster.some(({ supports, contradicts }) => supports.has(first) && supports.has(second) && !contradicts.has(first) && !contradicts.has(second));
    if (kept) tally.historiesKept += 1;
  }
  return tally;
}

function goldFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .map((name) => join(path, name, 'gold.json'))
    .filter((file) => existsSync(file));
}

export async function runClaimsTask(path: string): Promise<object> {
  const cases: Record<string, Record<string, number | string>> = {};
  const splits = new Map<string, Tally>();
  for (const file of goldFiles(path)) {
    const gold = readClaimsGold(file);
    const sources = loadSources(gold);
    let nextId = 1;
    const mentions: StoredMention[] = sources.flatMap((source) => extractClaims(source).map((mention) => ({ ...mention, id: nextId++, publishedAt: source.publishedAt })));
    const tally = scoreCase(gold, sources, clusterClaims(mentions, []));
    cases[gold.name] = { split: gold.split, ...figures(tally) };
    const total = splits.get(gold.split) ?? emptyTally();
    add(total, tally);
    splits.set(gold.split, total);
  }
  if (Object.keys(cases).length === 0) throw new Error(`no gold.json under ${dirname(path)}`);
  return { task: 'claims', ...Object.fromEntries([...splits].sort().map(([split, tally]) => [split, figures(tally)])), cases };
}
