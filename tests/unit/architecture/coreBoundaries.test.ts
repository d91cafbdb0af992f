import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const strip = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""');

describe('src/core and src/shared', () => {
  const files = [...filesUnder(join(root, 'src/core')), ...filesUnder(join(root, 'src/shared'))];

  it('import nothing from electron', () => {
    const offenders = files.filter((file) => /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('use no DOM globals', () => {
    const dom = /\b(?:window|document|navigator|localStorage|HTMLElement)\s*[.[(]/;
    const offenders = files.filter((file) => dom.test(strip(readFileSync(file, 'utf8'))));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});

describe('src/shared', () => {
  it('imports nothing from node: modules, so the renderer can use it', () => {
    const offenders = filesUnder(join(root, 'src/shared')).filter((file) => /from\s+['"]node:/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
