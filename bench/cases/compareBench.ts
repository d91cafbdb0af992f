// Speed of the comparison engine: candidate index + sentence alignment + matrix + origins,
// in memory (the store adds only the writes). Segmentation is done before the clock starts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { compareSources } from '../../src/core/compare/compareSources';
import type { CompareSource } from '../../src/core/compare/CompareSource';
import { segmentSentences } from '../../src/core/text/segmentSentences';
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
 * Realistic text without wholesale accidental reuse: an order-2 word Markov chain over the real
 * sentences writes the original articles (real local phrasing, new sentences), and a quarter of
 * the articles are derived from earlier ones as news reuse works: light-edit copies, synonym-spun
 * copies (a fixed random word-for-word "thesaurus") and articles that lift a few sentences.
 */
export function generateSources(realTexts: readonly string[], count: number, seed: number): CompareSource[] {
  const random = seededRandom(seed);
  const chain = new Map<string, string[]>();
  const starts: string[][] = [];
  const vocabulary: string[] = [];
  for (const text of realTexts) {
    for (const span of segmentSentences(text)) {
      const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
      if (words.length < 6) continue;
      starts.push(words.slice(0, 2));
      for (let index = 2; index < words.length; index += 1) {
        const key = `${words[index - 2]} ${words[index - 1]}`;
        const next = chain.get(key);
        const word = words[index] ?? '';
        if (next) next.push(word);
        else chain.set(key, [word]);
        if (index % 7 === 0 && /^[a-z]{4,}$/.test(word)) vocabulary.push(word);
      }
    }
  }
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const sentence = (): string => {
    const words = [...(pick(starts) ?? ['The', 'report'])];
    while (words.length < 45) {
      const next = pick(chain.get(`${words.at(-2)} ${words.at(-1)}`) ?? []);
      if (!next) break;
      words.push(next);
      if (/[.!?]["”']?$/.test(next)) break;
    }
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
    execFileSync('sim_text', ['-p', '-i'], { input: files.join('\n'), maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'ignore', 'ignore'] });
    return (performance.now() - started) / 1000;
  } catch {
    return undefined;
  }
}

export const compareBench: BenchCase = async () => {
  const rows: BenchRow[] = [];
  const files = [...bbcFiles(), ...ecbFiles().filter((file) => /topic-\d+/.test(file))];
  const realTexts = files.map((file) => readFileSync(file, 'utf8'));
  const realSources = realTexts.map((text, index) => toSource(index + 1, text));
  const real = await measure(() => compareSources(realSources));
  const realName = `compare bbc-news + ecbplus-txt (${realSources.length.toLocaleString('en')} docs, ${wordsOf(realSources).toLocaleString('en')} words)`;
  rows.push(
    { case: realName, metric: 'time', value: real.ms / 1000, unit: 's', baseline: simTextSeconds(files), target: '< 3 s (baseline: sim_text -p, verbatim runs only)' },
    { case: realName, metric: 'pairs scored', value: real.result.pairsScored, unit: 'sentence pairs' },
    { case: realName, metric: 'alignments', value: real.result.alignments.length, unit: 'sentence pairs' },
    { case: realName, metric: 'peak memory', value: real.peakRssMb, unit: 'MB (RSS)' },
  );

  const generated = generateSources(realTexts, 20_000, 11);
  const generatedWords = wordsOf(generated);
  const small = await measure(() => compareSources(generated.slice(0, 5_000)));
  const large = await measure(() => compareSources(generated));
  const largeName = `compare generated 20k (${generatedWords.toLocaleString('en')} words)`;
  rows.push(
    { case: 'compare generated 5k', metric: 'time', value: small.ms / 1000, unit: 's' },
    { case: largeName, metric: 'time', value: large.ms / 1000, unit: 's', target: '< 30 s' },
    { case: largeName, metric: 'pairs scored', value: large.result.pairsScored, unit: 'sentence pairs' },
    { case: largeName, metric: 'alignments', value: large.result.alignments.length, unit: 'sentence pairs' },
    { case: largeName, metric: 'peak memory', value: large.peakRssMb, unit: 'MB (RSS)', target: '< 1024 MB' },
    { case: 'compare growth 5k → 20k docs', metric: 'time ratio', value: large.ms / small.ms, unit: '×', target: '≈ 4× (linear)' },
  );

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
  for (let run = 0; run < 7; run += 1) timings.push((await measure(() => compareSources(pair))).ms);
  timings.sort((left, right) => left - right);
  rows.push({ case: 'compare two 5,000-word documents', metric: 'time (median of 7)', value: timings[3] ?? 0, unit: 'ms', target: '< 50 ms' });
  return rows;
};
