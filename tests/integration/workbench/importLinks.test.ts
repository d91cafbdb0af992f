import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { collectImportFiles } from '../../../src/core/importing/collectImportFiles';
import { Workbench } from '../../../src/core/workbench';
import { useTempDir } from '../../helpers/tempDir';

function writeArticle(path: string, topic: string): void {
  writeFileSync(path, `A report on ${topic}\n\nThe council met on Tuesday to discuss ${topic}, and a decision is expected next week.\n`);
}

/**
 * articles/
 *   a.txt, b.txt
 *   loop-one -> .          two links to the folder itself
 *   loop-two -> .
 *   broken.txt -> nowhere.txt
 *   c-again.txt -> nested/c.txt
 *   mirror -> nested       a link to a sibling folder
 *   nested/c.txt
 *   nested/up -> ..        a link to its parent
 */
function buildLinkedFolder(root: string): string {
  const articles = join(root, 'articles');
  mkdirSync(join(articles, 'nested'), { recursive: true });
  writeArticle(join(articles, 'a.txt'), 'the harbour');
  writeArticle(join(articles, 'b.txt'), 'the railway');
  writeArticle(join(articles, 'nested', 'c.txt'), 'the library');
  symlinkSync('.', join(articles, 'loop-one'));
  symlinkSync('.', join(articles, 'loop-two'));
  symlinkSync('nowhere.txt', join(articles, 'broken.txt'));
  symlinkSync(join('nested', 'c.txt'), join(articles, 'c-again.txt'));
  symlinkSync('nested', join(articles, 'mirror'));
  symlinkSync('..', join(articles, 'nested', 'up'));
  return articles;
}

describe('import through symbolic links', () => {
  const tempDir = useTempDir();

  it('walks a folder holding one link to itself once and reports the link as a loop', () => {
    const articles = join(tempDir(), 'articles');
    mkdirSync(articles);
    writeArticle(join(articles, 'a.txt'), 'the harbour');
    symlinkSync('.', join(articles, 'self'));

    const { files, skippedLinks } = collectImportFiles([articles]);

    expect(files).toEqual([join(articles, 'a.txt')]);
    expect(skippedLinks).toEqual([{ file: join(articles, 'self'), reason: 'loop' }]);
  });

  it('finishes on two self-links, a parent link, a sibling link and a broken link, importing each file once', async () => {
    const root = tempDir();
    const articles = buildLinkedFolder(root);
    const workbench = Workbench.open(join(root, 'case.tri'));
    try {
      const report = await workbench.importPaths([articles]);

      expect(report.imported.map((item) => item.file).sort()).toEqual(
        [join(articles, 'a.txt'), join(articles, 'b.txt'), join(articles, 'nested', 'c.txt')].sort(),
      );
      expect(report.duplicates).toEqual([]);
      expect(report.failed).toEqual([]);
      expect([...report.skippedLinks].sort((x, y) => x.file.localeCompare(y.file))).toEqual([
        { file: join(articles, 'broken.txt'), reason: 'broken link' },
        { file: join(articles, 'c-again.txt'), reason: 'already imported' },
        { file: join(articles, 'loop-one'), reason: 'loop' },
        { file: join(articles, 'loop-two'), reason: 'loop' },
        { file: join(articles, 'mirror'), reason: 'already imported' },
        { file: join(articles, 'nested', 'up'), reason: 'loop' },
      ]);
      expect(workbench.listSources()).toHaveLength(3);
    } finally {
      workbench.close();
    }
  });

  it('keeps the real folder and skips the link when the link comes first in name order', () => {
    const root = tempDir();
    mkdirSync(join(root, 'z-real'));
    writeArticle(join(root, 'z-real', 'c.txt'), 'the library');
    symlinkSync('z-real', join(root, 'a-link'));

    const { files, skippedLinks } = collectImportFiles([root]);

    expect(files).toEqual([join(root, 'z-real', 'c.txt')]);
    expect(skippedLinks).toEqual([{ file: join(root, 'a-link'), reason: 'already imported' }]);
  });

  it('imports a folder outside the import through a link to it, once', () => {
    const root = tempDir();
    mkdirSync(join(root, 'outside'));
    mkdirSync(join(root, 'inside'));
    writeArticle(join(root, 'outside', 'd.txt'), 'the museum');
    symlinkSync(join(root, 'outside'), join(root, 'inside', 'first'));
    symlinkSync(join(root, 'outside'), join(root, 'inside', 'second'));

    const { files, skippedLinks } = collectImportFiles([join(root, 'inside')]);

    expect(files).toEqual([join(root, 'inside', 'first', 'd.txt')]);
    expect(skippedLinks).toEqual([{ file: join(root, 'inside', 'second'), reason: 'already imported' }]);
  });

  it('reports a chain of links that ends where it began as a loop', () => {
    const root = tempDir();
    writeArticle(join(root, 'a.txt'), 'the harbour');
    symlinkSync('ping', join(root, 'pong'));
    symlinkSync('pong', join(root, 'ping'));

    const { files, skippedLinks, unreadable } = collectImportFiles([root]);

    expect(files).toEqual([join(root, 'a.txt')]);
    expect(unreadable).toEqual([]);
    expect(skippedLinks).toEqual([
      { file: join(root, 'ping'), reason: 'loop' },
      { file: join(root, 'pong'), reason: 'loop' },
    ]);
  });

  it('the CLI import lists every skipped link with its reason, in text and in JSON', async () => {
    const root = tempDir();
    const articles = buildLinkedFolder(root);
    let stdout = '';
    const io = { out: (text: string) => (stdout += `${text}\n`), err: () => undefined };

    expect(await runCli(['import', articles, '--case', join(root, 'text.tri')], io)).toBe(0);
    expect(stdout).toMatch(/^Imported 3, duplicates 0, failed 0, links skipped 6\.$/m);
    expect(stdout).toContain(`  ~ ${join(articles, 'loop-one')}: loop`);
    expect(stdout).toContain(`  ~ ${join(articles, 'broken.txt')}: broken link`);
    expect(stdout).toContain(`  ~ ${join(articles, 'mirror')}: already imported`);

    stdout = '';
    expect(await runCli(['import', articles, '--case', join(root, 'json.tri'), '--json'], io)).toBe(0);
    const report = JSON.parse(stdout) as { skippedLinks: { file: string; reason: string }[] };
    expect(report.skippedLinks).toContainEqual({ file: join(articles, 'nested', 'up'), reason: 'loop' });
    expect(report.skippedLinks).toHaveLength(6);
  });
});
