import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectImportFiles } from '../../../src/core/importing/collectImportFiles';
import { useTempDir } from '../../helpers/tempDir';

describe('collectImportFiles', () => {
  const tempDir = useTempDir();

  it('lists files as given and folders recursively in name order, skipping hidden entries and following links', () => {
    const root = tempDir();
    const folder = join(root, 'articles');
    mkdirSync(join(folder, 'b-nested', '.hidden-folder'), { recursive: true });
    for (const name of ['c.txt', 'a.txt', '.hidden.txt', 'b-nested/z.md', 'b-nested/.hidden-folder/x.txt']) {
      writeFileSync(join(folder, name), 'text');
    }
    const outside = join(root, 'outside.html');
    writeFileSync(outside, '<p>text</p>');
    symlinkSync(outside, join(folder, 'd-link.html'));
    const single = join(root, 'single.txt');
    writeFileSync(single, 'text');

    const { files, unreadable } = collectImportFiles([single, folder]);

    expect(files).toEqual([
      single,
      join(folder, 'a.txt'),
      join(folder, 'b-nested', 'z.md'),
      join(folder, 'c.txt'),
      join(folder, 'd-link.html'),
    ]);
    expect(unreadable).toEqual([]);
  });

  it('reports a missing path, a broken link and a path that is neither file nor folder, and goes on', () => {
    const root = tempDir();
    const good = join(root, 'good.txt');
    writeFileSync(good, 'text');
    const missing = join(root, 'missing.txt');
    const brokenLink = join(root, 'broken.txt');
    symlinkSync(join(root, 'nowhere.txt'), brokenLink);
    const pipe = join(root, 'pipe');
    execFileSync('mkfifo', [pipe]);

    const { files, unreadable } = collectImportFiles([missing, good, brokenLink, pipe]);

    expect(files).toEqual([good]);
    expect(unreadable.map((item) => item.file)).toEqual([missing, brokenLink, pipe]);
    expect(unreadable[0]?.error).toMatch(/missing\.txt does not exist/);
    expect(unreadable[1]?.error).toMatch(/broken\.txt does not exist/);
    expect(unreadable[2]?.error).toMatch(/pipe is neither a file nor a folder/);
  });
});
