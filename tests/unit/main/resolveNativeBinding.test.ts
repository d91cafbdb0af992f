import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../../src/main/resolveNativeBinding';

const electron = { ...process.versions, electron: '25.1.1', modules: '116' };

describe('the packaged app finds the better-sqlite3 it ships', () => {
  it('names the unpacked copy beside app.asar, a file a worker thread can load', () => {
    const resources = mkdtempSync(join(tmpdir(), 'native-binding-'));
    try {
      const binding = join(resources, 'app.asar.unpacked', 'native', 'electron-116', 'better_sqlite3.node');
      mkdirSync(join(binding, '..'), { recursive: true });
      writeFileSync(binding, 'binary');
      expect(resolveNativeBinding(join(resources, 'app.asar'), electron, {})).toBe(binding);
      expect(resolveNativeBinding(join(resources, 'app.asar'), { ...electron, modules: '140' }, {})).toBeUndefined();
    } finally {
      rmSync(resources, { recursive: true, force: true });
    }
  });

  it('prefers TRIANGULATE_SQLITE_BINDING and is not used under plain Node', () => {
    expect(resolveNativeBinding('/app', electron, { TRIANGULATE_SQLITE_BINDING: '/kit/b.node' })).toBe('/kit/b.node');
    expect(resolveNativeBinding('/app', process.versions, {})).toBeUndefined();
  });
});
