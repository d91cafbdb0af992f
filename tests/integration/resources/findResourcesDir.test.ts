import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findResourcesDir, ResourcesNotFoundError } from '../../../src/core/resources/resourcesDir';
import { ensureSampleCase, SampleCaseError } from '../../../src/core/sample/ensureSampleCase';
import { Workbench } from '../../../src/core/workbench';
import { useTempDir } from '../../helpers/tempDir';

/** A folder shaped like the project: package.json beside resources/{sample,dossier}. */
function makeApp(root: string): string {
  mkdirSync(join(root, 'resources', 'sample'), { recursive: true });
  mkdirSync(join(root, 'resources', 'dossier'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}');
  return join(root, 'resources');
}

describe('findResourcesDir', () => {
  const tempDir = useTempDir();

  it('finds resources/ from wherever the code runs: source, the main bundle, a worker chunk', () => {
    const resources = makeApp(tempDir());
    for (const where of ['src/core/resources', 'out/main', 'out/main/chunks']) {
      const start = join(tempDir(), where);
      mkdirSync(start, { recursive: true });
      expect(findResourcesDir(start, undefined)).toBe(resources);
    }
  });

  it('prefers the packaged app\'s resources folder when it holds ours', () => {
    makeApp(tempDir());
    const packaged = join(tempDir(), 'packaged');
    mkdirSync(join(packaged, 'sample'), { recursive: true });
    mkdirSync(join(packaged, 'dossier'), { recursive: true });
    expect(findResourcesDir(join(tempDir(), 'out/main'), packaged)).toBe(packaged);
    // Electron's own resources folder without our files is passed over.
    const electronOnly = join(tempDir(), 'electron-resources');
    mkdirSync(electronOnly);
    expect(findResourcesDir(join(tempDir(), 'out/main'), electronOnly)).toBe(join(tempDir(), 'resources'));
  });

  it('passes over a folder that is merely called resources, and says so when none is ours', () => {
    const root = tempDir();
    mkdirSync(join(root, 'app', 'resources'), { recursive: true });
    writeFileSync(join(root, 'app', 'package.json'), '{}');
    const start = join(root, 'app', 'out', 'main');
    mkdirSync(start, { recursive: true });
    const attempt = () => findResourcesDir(start, undefined);
    expect(attempt).toThrow(ResourcesNotFoundError);
    expect(attempt).toThrow(/resources folder .* was not found above .*reinstall/);
  });

  it('finds this checkout\'s resources from the module itself', () => {
    expect(existsSync(join(findResourcesDir(), 'sample'))).toBe(true);
  });
});

describe('ensureSampleCase when the sample cannot be made', () => {
  const tempDir = useTempDir();

  it('refuses a missing or empty sample folder instead of opening an empty case', async () => {
    const casePath = join(tempDir(), 'sample.tri');
    await expect(ensureSampleCase(casePath, { sampleDir: join(tempDir(), 'absent') })).rejects.toMatchObject({ code: 'sample-missing' });
    mkdirSync(join(tempDir(), 'empty'));
    const failure = ensureSampleCase(casePath, { sampleDir: join(tempDir(), 'empty') });
    await expect(failure).rejects.toBeInstanceOf(SampleCaseError);
    await expect(failure).rejects.toThrow(/holds no articles; reinstall/);
  });

  it('refuses a sample none of whose articles import, then makes it on the next try', async () => {
    const casePath = join(tempDir(), 'sample.tri');
    const broken = join(tempDir(), 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'a.txt'), '');
    await expect(ensureSampleCase(casePath, { sampleDir: broken })).rejects.toMatchObject({ code: 'sample-failed', message: expect.stringContaining('a.txt') });
    // The failed attempt closed its case, so the file opens again and the real sample fills it.
    const workbench = await ensureSampleCase(casePath);
    try {
      expect(workbench.caseInfo().sources).toBe(5);
    } finally {
      workbench.close();
    }
    const reopened = Workbench.open(casePath);
    expect(reopened.caseInfo().sources).toBe(5);
    reopened.close();
  });
});
