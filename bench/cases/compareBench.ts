// Speed of the comparison engine: candidate index + sentence alignment + matrix + origins,
// in memory, plus the stored comparison of a case file and its update after one more import.
// Segmentation is done before the clock starts.
import type { Database } from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareSources } from '../../src/core/compare/compareSources';
import type { CompareSource } from '../../src/core/compare/CompareSource';
import { functionWords } from '../../src/core/compare/functionWords';
import { updateComparison } from '../../src/core/compare/updateComparison';
import { openCase } from '../../src/core/store/openCase';
import { SearchRepository } from '../../src/core/store/searchRepository';
import { segmentSentences } from '../../src/core/language/sentences/segmentSentences';
import type { BenchCase, BenchRow } from '../BenchRow';
import { bbcFiles, ecbFiles } from '../corpora';
import { measure } from '../measure';
import { seededRandom } from '../seededRandom';

let nextSentenceId = 1;

function toSource(id: number, text: string, publishedAt: string | null = null): CompareSource {
  return {
    id,
    publishedAt,
    kind: 'news-article',
    sentences: segmentSentences(text).map((span) => ({ id: nextSentenceId++, text: text.slice(span.start, span.end) })),
  };
}

function wordsOf(sources: readonly CompareSource[]): number {
  return sources.reduce((sum, source) => sum + source.sentences.reduce((inner, sentence) => inner + sentence.text.split(/\s+/).length, 0), 0);
}

/**
 * Realistic text without wholesale accidental reuse. Original articles are written from real
 * sentences used as templates: each word that is not a function word (names and figures
 * included) is swapped, with probability 0.8, for a word drawn from the real text, so a
 * sentence keeps real length, function-word skeleton and word frequencies, but two sentences
 * made from one template (each is used about nine times in 20,000 articles) share about as
 * few word pairs as two unrelated real sentences do. (A word Markov chain, tried first, recombines common phrases so
 * freely that its "independent" sentences overlap ten times more often than real news does.)
 * A quarter of the articles are derived from earlier ones as news reuse works: light-edit
 * copies, synonym-spun copies (a fixed random word-for-word "thesaurus") and articles that
 * lift a few sentences — copies of copies included, as wire copy is re-used in turn.
 */
export function generateSources(realTexts: readonly string[], count: number, seed: number): CompareSource[] {
  const random = seededRandom(seed);
  const templates: string[][] = [];
  const vocabulary: string[] = [];
  for (const text of realTexts) {
    for (const span of segmentSentences(text)) {
      const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
      if (words.length < 6 || words.length > 60) continue;
      templates.push(words);
      for (const word of words) if (/^[a-z]{4,}$/.test(word)) vocabulary.push(word);
    }
  }
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const sentence = (): string => {
    const words = (pick(templates) ?? ['The', 'report', 'was', 'published', 'today.']).map((word) =>
      word.replace(/^[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|^[\p{L}\p{N}]/u, (core) => {
        if (functionWords.has(core.toLowerCase()) || random() >= 0.8) return core;
        const replacement = pick(vocabulary) ?? core;
        return /^\p{Lu}/u.test(core) ? `${replacement.charAt(0).toUpperCase()}${replacement.slice(1)}` : replacement;
      }),
    );
    const text = words.join(' ');
    return /[.!?]["”']?$/.test(text) ? text : `${text}.`;
  };
  const thesaurus = new Map<string, string>();
  const synonymOf = (word: string): string => {
    let synonym = thesaurus.get(word);
    if (!synonym) {
      synonym = pick(vocabulary) ?? word;
      thesaurus.set(word, synonym);
    }
    return synonym;
  };
  const bodies: string[][] = [];
  const sources: CompareSource[] = [];
  for (let index = 0; index < count; index += 1) {
    const earlier = bodies.length > 0 ? pick(bodies) : undefined;
    const roll = random();
    let body: string[];
    if (earlier && roll < 0.1) {
      body = earlier.filter(() => random() > 0.15).map((text) => (random() < 0.3 ? text.replace(/ \w+ /, ' ') : text));
    } else if (earlier && roll < 0.15) {
      body = earlier.map((text) =>
        text.replace(/\b[a-z]{4,}\b/g, (word) => (random() < 0.35 ? synonymOf(word) : word)),
      );
    } else {
      body = Array.from({ length: 10 + Math.floor(random() * 25) }, sentence);
      if (earlier && roll < 0.25) body.splice(2, 0, ...earlier.slice(0, 3 + Math.floor(random() * 4)));
    }
    bodies.push(body);
    sources.push(toSource(index + 1, body.join(' ')));
  }
  return sources;
}

function simTextSeconds(files: readonly string[]): number | undefined {
  try {
    const started = performance.now();
    // sim_text fails on a last file name without its newline.
    execFileSync('sim_text', ['-p', '-i'], { input: `${files.join('\n')}\n`, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'ignore', 'ignore'] });
    return (performance.now() - started) / 1000;
  } catch {
    return undefined;
  }
}

/** Inserts a source row with its sentences, as the importer leaves them, and returns its id. */
function insertSource(db: Database, source: CompareSource): number {
  const text = source.sentences.map((sentence) => sentence.text).join(' ');
  const sourceId = Number(
    db
      .prepare(
        `INSERT INTO sources (file_name, file_path, format, encoding, original, byte_length, sha256, imported_at, title,
           published_at, kind, provenance, clean_text, word_count, sentence_count)
         VALUES (?, ?, 'text', 'utf-8', ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)`,
      )
      .run(
        `source-${source.id}.txt`,
        `/bench/source-${source.id}.txt`,
        Buffer.from(text),
        Buffer.byteLength(text),
        `bench-${source.id}`,
        new Date(0).toISOString(),
        `Source ${source.id}`,
        source.publishedAt,
        source.kind,
        text,
        text.split(/\s+/).length,
        source.sentences.length,
      ).lastInsertRowid,
  );
  const insertSentence = db.prepare('INSERT INTO sentences (source_id, paragraph, ordinal, start, end, text) VALUES (?, 0, ?, 0, ?, ?)');
  const search = new SearchRepository(db);
  const lastSentenceId = search.lastSentenceId();
  source.sentences.forEach((sentence, ordinal) => insertSentence.run(sourceId, ordinal, sentence.text.length, sentence.text));
  search.indexSentencesAfter(lastSentenceId);
  return sourceId;
}

export const compareBench: BenchCase = async () => {
  const rows: BenchRow[] = [];
  const files = [...bbcFiles(), ...ecbFiles().filter((file) => /topic-\d+/.test(file))];
  const realTexts = files.map((file) => readFileSync(file, 'utf8'));
  const realSources = realTexts.map((text, index) => toSource(index + 1, text));
  compareSources(realSources.slice(0, 200)); // warm-up: JIT and word vocabulary, as in a running app
  const real = await measure(() => compareSources(realSources));
  const realName = `compare bbc-news + ecbplus-txt (${realSources.length.toLocaleString('en')} docs, ${wordsOf(realSources).toLocaleString('en')} words)`;
  rows.push(
    { case: realName, metric: 'time', value: real.ms / 1000, unit: 's', baseline: simTextSeconds(files), target: '< 3 s (baseline: sim_text -p, verbatim runs only)' },
    { case: realName, metric: 'CPU time', value: real.cpuMs / 1000, unit: 's' },
    { case: realName, metric: 'pairs scored', value: real.result.pairsScored, unit: 'sentence pairs' },
    { case: realName, metric: 'alignments', value: real.result.alignments.length, unit: 'sentence pairs' },
    { case: realName, metric: 'peak memory', value: real.peakRssMb, unit: 'MB (RSS)' },
  );

  // Stored comparison of the same corpus in a case file, then one more source: only its pairs are scored.
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-compare-bench-'));
  try {
    const db = openCase(join(folder, 'bench.tri'));
    try {
      db.transaction(() => realSources.forEach((source) => insertSource(db, source)))();
      const stored = await measure(() => updateComparison(db));
      const donor = realSources[Math.floor(realSources.length / 2)];
      const extra = toSource(realSources.length + 1, (donor?.sentences ?? []).filter((_, index) => index % 3 !== 1).map((sentence) => sentence.text).join(' '));
      insertSource(db, extra);
      const incremental = await measure(() => updateComparison(db));
      rows.push(
        { case: `${realName}, stored in a case file`, metric: 'time', value: stored.ms / 1000, unit: 's' },
        { case: `${realName}, stored in a case file`, metric: 'CPU time', value: stored.cpuMs / 1000, unit: 's' },
        { case: 'compare update after one more source (case of 2,687)', metric: 'time', value: incremental.ms, unit: 'ms' },
        { case: 'compare update after one more source (case of 2,687)', metric: 'CPU time', value: incremental.cpuMs, unit: 'ms' },
        { case: 'compare update after one more source (case of 2,687)', metric: 'pairs scored', value: incremental.result.pairsScored, unit: 'sentence pairs' },
      );
    } finally {
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const longText = (seed: number): string => {
    const pieces: string[] = [];
    const random = seededRandom(seed);
    let words = 0;
    while (words < 5_000) {
      const text = realTexts[Math.floor(random() * realTexts.length)] ?? '';
      pieces.push(text);
      words += text.split(/\s+/).length;
    }
    return pieces.join('\n\n').split(/\s+/).slice(0, 5_000).join(' ');
  };
  const first = longText(3);
  const second = `${first.split(' ').slice(0, 2_500).join(' ')} ${longText(5).split(' ').slice(0, 2_500).join(' ')}`;
  const pair = [toSource(1, first), toSource(2, second)];
  compareSources(pair);
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const measured = await measure(() => compareSources(pair));
    timings.push(measured.ms);
    cpuTimings.push(measured.cpuMs);
  }
  timings.sort((left, right) => left - right);
  cpuTimings.sort((left, right) => left - right);
  rows.push(
    { case: 'compare two 5,000-word documents', metric: 'time (median of 7)', value: timings[3] ?? 0, unit: 'ms', target: '< 50 ms' },
    { case: 'compare two 5,000-word documents', metric: 'CPU time (median of 7)', value: cpuTimings[3] ?? 0, unit: 'ms' },
  );
  return rows;
};

/**
 * The generated corpora in a process of their own (see bench/run.ts), so the memory figure is
 * the comparison and its input corpus, not the real corpus and results of the rows before.
 */
export const compareScaleBench: BenchCase = async () => {
  const rows: BenchRow[] = [];
  const files = [...bbcFiles(), ...ecbFiles().filter((file) => /topic-\d+/.test(file))];
  const generated = generateSources(files.map((file) => readFileSync(file, 'utf8')), 20_000, 11);
  const generatedWords = wordsOf(generated);
  // The 20k run first, so its memory figure carries nothing left over from the 5k run.
  const large = await measure(() => compareSources(generated));
  const small = await measure(() => compareSources(generated.slice(0, 5_000)));
  const smallName = `compare generated 5k (${wordsOf(generated.slice(0, 5_000)).toLocaleString('en')} words)`;
  const largeName = `compare generated 20k (${generatedWords.toLocaleString('en')} words)`;
  rows.push(
    { case: smallName, metric: 'time', value: small.ms / 1000, unit: 's' },
    { case: smallName, metric: 'CPU time', value: small.cpuMs / 1000, unit: 's' },
    { case: smallName, metric: 'peak memory', value: small.peakRssMb, unit: 'MB (RSS)' },
    { case: largeName, metric: 'time', value: large.ms / 1000, unit: 's', target: '< 30 s' },
    { case: largeName, metric: 'CPU time', value: large.cpuMs / 1000, unit: 's' },
    { case: largeName, metric: 'pairs scored', value: large.result.pairsScored, unit: 'sentence pairs' },
    { case: largeName, metric: 'alignments', value: large.result.alignments.length, unit: 'sentence pairs' },
    { case: largeName, metric: 'peak memory', value: large.peakRssMb, unit: 'MB (RSS)', target: '< 1024 MB' },
    { case: largeName, metric: 'memory held at the start (the input corpus)', value: large.startRssMb, unit: 'MB (RSS)' },
    { case: 'compare growth 5k → 20k docs', metric: 'time ratio', value: large.ms / small.ms, unit: '×', target: '≈ 4× (linear)' },
    { case: 'compare growth 5k → 20k docs', metric: 'CPU time ratio', value: large.cpuMs / small.cpuMs, unit: '×', target: '≈ 4× (linear)' },
  );
  return rows;
};
