import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../bench/seededRandom';
import { resourcePath } from '../../src/core/resources/resourcesDir';

/** Writes many distinct articles (seed paragraphs shuffled, with a serial) so every file is a new source. */
export function writeArticles(dir: string, count: number, firstSerial = 0, seed = 11): void {
  const paragraphs = readdirSync(resourcePath('sample')).flatMap((name) =>
    readFileSync(join(resourcePath('sample'), name), 'utf8').split('\n').filter((line) => line.length > 80),
  );
  const random = seededRandom(seed);
  mkdirSync(dir, { recursive: true });
  for (let index = firstSerial; index < firstSerial + count; index += 1) {
    const body = Array.from({ length: 12 }, () => paragraphs[Math.floor(random() * paragraphs.length)]).join('\n\n');
    writeFileSync(join(dir, `article-${index}.txt`), `Report number ${index} on the talks\n\n${body}\n\nFiled as item ${index}.\n`);
  }
}
