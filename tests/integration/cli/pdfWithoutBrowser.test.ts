import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noChromiumMessage } from '../../../src/cli/findChromium';
import { runCli } from '../../../src/cli/runCli';
import { useTempDir } from '../../helpers/tempDir';

const quiet = { out: () => undefined, err: () => undefined };

/**
 * The installed command on a machine without a browser: $PATH holds node alone, Playwright's
 * browser folder is empty, and the export must stop before building anything, with one
 * sentence naming what to install, and write nothing.
 */
describe('triangulate export --format pdf without a browser', () => {
  const tempDir = useTempDir();

  async function exportPdf(env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string; outPath: string }> {
    const folder = tempDir();
    const casePath = join(folder, 'sample.tri');
    // A real case, so the export gets as far as looking for a browser.
    expect(await runCli(['sample', '--case', casePath], quiet)).toBe(0);
    const outPath = join(folder, 'dossier.pdf');
    const onlyNode = join(folder, 'bin');
    mkdirSync(onlyNode);
    symlinkSync(process.execPath, join(onlyNode, 'node'));
    mkdirSync(join(folder, 'no-browsers'));
    const base: NodeJS.ProcessEnv = { ...process.env, PATH: onlyNode, PLAYWRIGHT_BROWSERS_PATH: join(folder, 'no-browsers') };
    delete base.TRIANGULATE_CHROMIUM;
    const child = spawnSync(process.execPath, ['bin/triangulate.mjs', 'export', '--case', casePath, '--format', 'pdf', '--out', outPath], {
      encoding: 'utf8',
      env: { ...base, ...env },
    });
    return { status: child.status, stderr: child.stderr, outPath };
  }

  it('names what to install when neither Playwright\'s Chromium nor a system Chromium or Chrome exists', async () => {
    const result = await exportPdf({});
    // bin/ may add its one-line note that it runs the sources (a bundle older than an edit).
    const lines = result.stderr.split('\n').filter((line) => line && !line.includes('running the sources through tsx'));
    expect(lines).toEqual([`triangulate export: ${noChromiumMessage}`]);
    expect(result.status).not.toBe(0);
    expect(existsSync(result.outPath)).toBe(false);
  });

  it('says TRIANGULATE_CHROMIUM is wrong when it names a missing file, rather than printing with another', async () => {
    const result = await exportPdf({ TRIANGULATE_CHROMIUM: '/nowhere/chromium' });
    expect(result.stderr).toMatch(/^triangulate export: TRIANGULATE_CHROMIUM names \/nowhere\/chromium, which does not exist/m);
    expect(result.stderr).not.toMatch(/unexpected error|Executable doesn't exist/);
    expect(result.status).not.toBe(0);
    expect(existsSync(result.outPath)).toBe(false);
  });
});
