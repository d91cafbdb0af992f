// The header of resources/language/word-vectors.bin, shared by the loader (wordVectors.ts) and
// the script that writes the file (scripts/build-word-vectors.ts).
export const wordVectorsMagic = 'TRWV';
export const wordVectorsFormat = 1;

export interface WordVectorsHeader {
  format: number;
  dimensions: number;
  /** Words kept, the most frequent first. */
  count: number;
  /** Length in bytes of the UTF-8 word list that follows the header. */
  wordsBytes: number;
  /** Where the vectors came from and how many words the full set has. */
  source: { package: string; version: string; words: number };
}
