import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBindingPath } from '../../../scripts/startPlan.mjs';
import { resolveNativeBinding } from '../../../src/main/resolveNativeBinding';

describe('the better-sqlite3 build the app loads inside Electron', () => {
  let appPath: string;
  const electron = { electron: '45.4.1', modules: '140' };
  beforeEach(() => {
    appPath = mkdtempSync(join(tmpdir(), 'triangulate-binding-'));
  });
  afterEach(() => rmSync(appPath, { recursive: true, force: true }));

  it('is the one npm start prepared in native/electron-<abi>/', () => {
    const prepared = electronBindingPath(appPath, '140');
    mkdirSync(join(appPath, 'native', 'electron-140'), { recursive: true });
    writeFileSync(prepared, 'a binding');
    expect(resolveNativeBinding(appPath, electron, {})).toBe(prepared);
    // Another Electron's build is not this one's.
    expect(resolveNativeBinding(appPath, { electron: '46.0.0', modules: '143' }, {})).toBeUndefined();
  });

  it('is the file TRIANGULATE_SQLITE_BINDING names, before any prepared one', () => {
    mkdirSync(join(appPath, 'native', 'electron-140'), { recursive: true });
    writeFileSync(electronBindingPath(appPath, '140'), 'a binding');
    expect(resolveNativeBinding(appPath, electron, { TRIANGULATE_SQLITE_BINDING: '/kit/better_sqlite3.node' })).toBe('/kit/better_sqlite3.node');
  });

  it('is none under plain Node, or when nothing was prepared', () => {
    expect(resolveNativeBinding(appPath, { modules: '115' }, { TRIANGULATE_SQLITE_BINDING: '/kit/better_sqlite3.node' })).toBeUndefined();
    expect(resolveNativeBinding(appPath, electron, {})).toBeUndefined();
  });
});
