import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { cli } from './runTriangulate';

/**
 * One real sample case made by the CLI for the whole file (making it is the slow part), and a
 * fresh copy of it at `dir/name` for each test that asks.
 */
export function useSampleCaseCopies(): { template: () => string; copyTo: (dir: string, name: string) => string } {
  let templateDir = '';
  let template = '';
  beforeAll(async () => {
    templateDir = mkdtempSync(join(tmpdir(), 'triangulate-template-'));
    template = join(templateDir, 'sample.tri');
    expect((await cli('sample', '--case', template)).code).toBe(0);
  });
  afterAll(() => rmSync(templateDir, { recursive: true, force: true }));
  return {
    template: () => template,
    copyTo: (dir, name) => {
      const path = join(dir, name);
      copyFileSync(template, path);
      return path;
    },
  };
}
