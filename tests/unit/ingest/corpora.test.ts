// Furniture rules must not eat real article text: checked on public corpora read in place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../../src/core/ingest/ingestBytes';
import { importedAt } from './ingestTestHelpers';

const corpora = '/work/shared/corpora';
const bbc = join(corpora, 'bbc-news/bbc');
const ecbplus = join(corpora, 'ecbplus-txt');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

function ingestFile(path: string) {
  return ingestBytes(readFileSync(path), path.split('/').pop() ?? path, { importedAt, maxBytes: 20 * 1024 * 1024 });
}

describe.skipIf(!existsSync(bbc))('BBC News corpus', () => {
  it('imports every article, keeps its title line, and removes almost nothing', () => {
    const files = filesUnder(bbc, /^\d+\.txt$/);
    let removed = 0;
    let lines = 0;
    for (const file of files) {
      const document = ingestFile(file);
      removed += document.removed.length;
      lines += document.text.split('\n\n').length;
      const firstLine = new TextDecoder().decode(readFileSync(file)).split('\n')[0]?.replace(/\s+/g, ' ').trim();
      if (firstLine?.includes('\ufffd')) continue;
      expect(document.metadata.title.value, file).toBe(firstLine);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(removed / lines).toBeLessThan(0.005);
  });

  it('detects the Latin-1 article as ISO-8859-1', () => {
    const latin = filesUnder(bbc, /^\d+\.txt$/).find((file) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
        return false;
      } catch {
        return true;
      }
    });
    if (!latin) return;
    const document = ingestFile(latin);
    expect(document.encoding).toBe('iso-8859-1');
    expect(document.text).toMatch(/£\d/);
  });
});

describe.skipIf(!existsSync(ecbplus))('ECB+ corpus', () => {
  it('removes only source URLs and date lines, and reads outlet and title from the header', () => {
    for (const file of filesUnder(ecbplus, /ecbplus\.txt$/)) {
      const document = ingestFile(file);
      for (const line of document.removed) expect(['source URL', 'date line'], `${file}:${line.line} ${line.text}`).toContain(line.reason);
      const [url, ...header] = readFileSync(file, 'utf8').split('\n').slice(0, 6).map((line) => line.trim());
      if (url?.startsWith('http')) {
        expect(document.metadata.outlet.value, file).toBe(new URL(url).hostname.replace(/^www\d?\./, ''));
        if (!document.metadata.title.isInferred) expect(header, file).toContain(document.metadata.title.value);
      }
    }
  });
});
