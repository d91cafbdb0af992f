import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../../src/main/resolveNativeBinding';

const electron = { ...process.versions, electron: '25.1.1', modules: '116' };

describe('the app finds the better-sqlite3 built for its Electron', () => {
  let folder: string;
  const place = (root: string) => {
    const binding = join(root, 'native', 'electron-116', 'better_sqlite3.node');
    mkdirSync(join(binding, '..'), { recursive: true });
    writeFileSync(binding, 'binary');
    return binding;
  };
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'native-binding-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('an installed app: the copy in the resources folder, beside app.asar', () => {
    const resources = join(folder, 'resources');
    const binding = place(resources);
    expect(resolveNativeBinding(join(resources, 'app.asar'), electron, {}, resources)).toBe(binding);
    expect(resolveNativeBinding(join(resources, 'app.asar'), { ...electron, modules: '140' }, {}, resources)).toBeUndefined();
  });

  it('from a checkout: the copy prepared in the project', () => {
    const binding = place(folder);
    expect(resolveNativeBinding(folder, electron, {}, join(folder, 'no-such-resources'))).toBe(binding);
  });

  it('prefers TRIANGULATE_SQLITE_BINDING and is not used under plain Node', () => {
    place(folder);
    expect(resolveNativeBinding(folder, electron, { TRIANGULATE_SQLITE_BINDING: '/kit/b.node' })).toBe('/kit/b.node');
    expect(resolveNativeBinding(folder, process.versions, {}, folder)).toBeUndefined();
  });
});
