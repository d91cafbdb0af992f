import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bridgeApi, bridgeEvents } from './src/shared/api';

/**
 * The preload runs sandboxed (it may only require 'electron'), so instead of bundling zod
 * it gets the contract's keys as a generated module. Generated from the contract itself,
 * the list cannot drift from it.
 */
function bridgeChannelsPlugin(): Plugin {
  const id = 'virtual:bridge-channels';
  return {
    name: 'triangulate:bridge-channels',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `export const methodChannels = ${JSON.stringify(Object.keys(bridgeApi))};\n` +
          `export const eventChannels = ${JSON.stringify(Object.keys(bridgeEvents))};\n`
        : undefined,
  };
}

export default defineConfig({
  main: {
    build: {
      // htmlparser2 is published as an ES module only. Electron 45's Node can require() it, but
      // Node 18 (the Electron 25 of scripts/electron-kit, which the e2e suite runs in) cannot, and the
      // workbench worker then dies at start; bundled, main and its workers need no require(esm).
      externalizeDeps: { exclude: ['htmlparser2'] },
      // package.json names out/main/index.cjs: main and its workers stay CommonJS. The parse
      // worker is an entry of its own because the Workbench worker (itself a ?modulePath chunk)
      // cannot import another ?modulePath.
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), parseWorker: resolve('src/core/importing/parseWorker.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    plugins: [bridgeChannelsPlugin()],
    build: {
      // A sandboxed preload cannot be an ES module.
      lib: { entry: resolve('src/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react()],
    build: {
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
