import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { isTrustedSender } from '../../src/main/security/isTrustedSender';
import { bridgeApi, bridgeEvents } from '../../src/shared/api';
import { projectRoot, startBuiltWorkbench } from './harness/builtApp';
import { expect, test } from './harness/test';

/** Runs the built preload as a sandboxed preload runs: `require` answers only 'electron'. */
function loadBuiltPreload() {
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: { channel: string; input: unknown }[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push({ channel, input });
        return { ok: true, value: null };
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
    webUtils: { getPathForFile: () => '/dropped/file.txt' },
  };
  const requireElectronOnly = (name: string) => {
    if (name !== 'electron') throw new Error(`A sandboxed preload cannot require ${name}.`);
    return electron;
  };
  const code = readFileSync(join(projectRoot, 'out/preload/index.cjs'), 'utf8');
  runInNewContext(code, { require: requireElectronOnly, module: { exports: {} }, exports: {}, Set, Map, Error, Object });
  return { exposed, invoked };
}

test('the built preload exposes exactly window.workbench, one function per contract key', async () => {
  const { exposed, invoked } = loadBuiltPreload();
  expect([...exposed.keys()]).toEqual(['workbench']);
  const workbench = exposed.get('workbench') ?? {};
  expect(Object.keys(workbench).sort()).toEqual([...Object.keys(bridgeApi), 'on', 'pathForFile'].sort());
  for (const method of Object.keys(bridgeApi)) expect(typeof workbench[method]).toBe('function');

  await (workbench['sources:get'] as (input: unknown) => Promise<unknown>)({ id: 3 });
  expect(invoked).toEqual([{ channel: 'sources:get', input: { id: 3 } }]);
  const on = workbench.on as (event: string, listener: () => void) => () => void;
  for (const event of Object.keys(bridgeEvents)) expect(typeof on(event, () => undefined)).toBe('function');
  expect(() => on('ipc:anything-else', () => undefined)).toThrow('Unknown event');
});

test('only our own page in the top frame counts as a trusted sender', () => {
  expect(isTrustedSender({ url: 'app://workbench/index.html', isTopFrame: true })).toBe(true);
  expect(isTrustedSender({ url: 'app://workbench/index.html', isTopFrame: false })).toBe(false);
  expect(isTrustedSender({ url: 'app://elsewhere/index.html', isTopFrame: true })).toBe(false);
  expect(isTrustedSender({ url: 'https://workbench/index.html', isTopFrame: true })).toBe(false);
  expect(isTrustedSender({ url: 'file:///etc/passwd', isTopFrame: true })).toBe(false);
  expect(isTrustedSender({ url: 'not a url', isTopFrame: true })).toBe(false);
  expect(isTrustedSender(null)).toBe(false);
});

test('the workbench worker refuses input the contract does not allow, with a plain sentence', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-worker-'));
  const workbench = startBuiltWorkbench();
  try {
    const opened = await workbench.openCase(join(folder, 'empty.tri'), false);
    expect(opened.ok).toBe(true);
    const invalid = await workbench.call('sources:get', { id: -1 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await workbench.call('sources:drop-table', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const missing = await workbench.call('sources:get', { id: 42 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!missing.ok) expect(missing.error.message).not.toMatch(/\n\s+at /);
  } finally {
    await workbench.dispose();
    rmSync(folder, { recursive: true, force: true });
  }
});
