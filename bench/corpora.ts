// Where the bench finds the public corpora (read in place, never copied into the repo),
// and a generator of large synthetic corpora built from their real sentences.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seededRandom';

export const corporaDir =
  process.env.TRIANGULATE_CORPORA ?? fileURLToPath(new URL('../../shared/corpora', import.meta.url));
export const seedsDir = fileURLToPath(new URL('../resources/sample', import.meta.url));

export function filesUnder(dir: string, suffix = '.txt'): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, suffix) : name.endsWith(suffix) ? [path] : [];
    });
}

export const bbcFiles = () => filesUnder(join(corporaDir, 'bbc-news/bbc'));
export const ecbFiles = () => filesUnder(join(corporaDir, 'ecbplus-txt'));

/**
 * Writes `count` articles into `dir`, each a title line and 3–8 paragraphs of sentences
 * drawn from the real BBC articles, so text statistics stay realistic; about one in ten
 * articles reuses whole paragraphs of an earlier one, as copied news does.
 */
export function generateCorpus(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const sentences = bbcFiles()
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z"])/))
    .filter((sentence) => sentence.length > 30);
  const pick = () => sentences[Math.floor(random() * sentences.length)] ?? '';
  const files: string[] = [];
  const bodies: string[][] = [];
  for (let index = 0; index < count; index += 1) {
    const paragraphs: string[] = [];
    const paragraphCount = 3 + Math.floor(random() * 6);
    const earlier = bodies.length > 0 && random() < 0.1 ? bodies[Math.floor(random() * bodies.length)] : undefined;
    for (let p = 0; p < paragraphCount; p += 1) {
      const reused = earlier?.[p];
      paragraphs.push(reused ?? Array.from({ length: 1 + Math.floor(random() * 4) }, pick).join(' '));
    }
    if (bodies.length < 2000) bodies.push(paragraphs);
    const file = join(dir, `${String(index).padStart(6, '0')}.txt`);
    writeFileSync(file, `${pick().slice(0, 70).replace(/[.!?]$/, '')}\n\n${paragraphs.join('\n\n')}\n`);
    files.push(file);
  }
  return files;
}
