// Learns the lexical NER statistics from a CoNLL-2003 training file and writes them to
// src/core/claims/ner/nerModel.json. Usage: npx tsx scripts/learn-ner.ts [train.txt]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entityTypes, parseConll, spansFromTags } from '../src/core/claims/ner/parseConll';
import type { EntityType } from '../src/core/claims/ner/parseConll';
import type { NerModel } from '../src/core/claims/ner/NerModel';

const trainFile = process.argv[2] ?? '../shared/corpora/conll2003/train.txt';
const outputFile = fileURLToPath(new URL('../src/core/claims/ner/nerModel.json', import.meta.url));
const sentences = parseConll(readFileSync(trainFile, 'utf8'));

const typeIndex = (type: EntityType): number => entityTypes.indexOf(type);
const entityCounts = new Map<string, number[]>();
const tokenCounts = new Map<string, number[]>();
const previousCounts = new Map<string, number[]>();
const suffixCounts = new Map<string, number[]>();
const lowercaseCounts = new Map<string, number>();

function bump(map: Map<string, number[]>, key: string, index: number, size: number): void {
  const counts = map.get(key) ?? new Array<number>(size).fill(0);
  counts[index] = (counts[index] ?? 0) + 1;
  map.set(key, counts);
}

for (const { tokens, tags } of sentences) {
  const spans = spansFromTags(tags);
  const positionTag = new Array<number>(tokens.length).fill(8);
  for (const span of spans) {
    const type = typeIndex(span.type);
    bump(entityCounts, tokens.slice(span.start, span.end).join(' '), type, 4);
    bump(previousCounts, (tokens[span.start - 1] ?? '<s>').toLowerCase(), type, 4);
    for (let index = span.start; index < span.end; index += 1) positionTag[index] = type * 2 + (index === span.start ? 0 : 1);
  }
  tokens.forEach((token, index) => {
    const tag = positionTag[index] ?? 8;
    if (/^[A-Z]/.test(token)) {
      bump(tokenCounts, token, tag, 9);
      bump(suffixCounts, token.slice(-3).toLowerCase(), tag === 8 ? 4 : Math.floor(tag / 2), 5);
    } else if (/^[a-z]/.test(token)) {
      lowercaseCounts.set(token, (lowercaseCounts.get(token) ?? 0) + 1);
    }
  });
}

const total = (counts: number[]): number => counts.reduce((sum, count) => sum + count, 0);
const argMax = (counts: number[]): number => counts.indexOf(Math.max(...counts));

/** A one-word name that is usually not a name (`The`, `Wednesday`) must not match on its own. */
function isMostlyOutside(text: string, asEntity: number): boolean {
  if (text.includes(' ')) return false;
  const outside = tokenCounts.get(text)?.[8] ?? 0;
  return outside > asEntity;
}

const model: NerModel = {
  version: 1,
  // An entity string that is ambiguous in training (e.g. a city that is also a club) is kept
  // only when one type clearly dominates; otherwise the token statistics decide in context.
  entities: Object.fromEntries(
    [...entityCounts]
      .filter(([text, counts]) => Math.max(...counts) / total(counts) >= 0.7 && !isMostlyOutside(text, total(counts)))
      .map(([text, counts]) => [text, argMax(counts)]),
  ),
  // Singletons that were never part of an entity carry little information and most of the size.
  tokens: Object.fromEntries([...tokenCounts].filter(([, counts]) => total(counts) >= 2 || (counts[8] ?? 0) === 0)),
  previous: Object.fromEntries([...previousCounts].filter(([, counts]) => total(counts) >= 3)),
  suffixes: Object.fromEntries([...suffixCounts].filter(([, counts]) => total(counts) >= 3)),
  lowercase: [...lowercaseCounts].filter(([, count]) => count >= 2).map(([word]) => word).sort(),
};
writeFileSync(outputFile, `${JSON.stringify(model)}\n`);
process.stdout.write(
  `learned from ${sentences.length} sentences: ${Object.keys(model.entities).length} names, ${Object.keys(model.tokens).length} tokens -> ${outputFile}\n`,
);
