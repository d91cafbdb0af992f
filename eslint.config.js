// Lint rules for the whole repository; typed rules use the project's tsconfig.
import { builtinModules } from 'node:module';
import electronSecurity from 'eslint-plugin-electron-security';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'bench/results/'],
  },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  { ...reactHooks.configs.flat.recommended, files: ['src/renderer/**/*.{ts,tsx}'] },
  // The Electron shell: the security checklist as errors (strict), taught our one sender
  // guard and our one IPC door.
  {
    ...electronSecurity.configs.strict,
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      ...electronSecurity.configs.strict.rules,
      'electron-security/require-ipc-sender-validation': ['error', { senderGuards: ['isTrustedEvent'] }],
      'electron-security/require-factory': [
        'error',
        { factories: [{ api: 'ipcMain.handle', use: 'registerBridgeHandlers', allowIn: ['src/main/api/registerBridgeHandlers.ts'] }] },
      ],
    },
  },
  // The layers of DESIGN.md's architecture; tests/unit/architecture/layerLint.test.ts checks
  // that a violation of each fails.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan('The renderer knows nothing of Electron: it calls window.workbench.'), ...nodeBuiltins('The renderer never sees Node.')],
          patterns: [otherLayers(['core', 'main', 'preload', 'cli'], 'The renderer imports only src/shared and itself.'), nodePrefix('The renderer never sees Node.')],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer', 'webUtils'], message: "The preload uses only Electron's renderer APIs." },
            ...nodeBuiltins('The preload is sandboxed: no Node modules.'),
          ],
          patterns: [otherLayers(['core', 'main', 'renderer', 'cli'], 'The preload imports only src/shared.'), nodePrefix('The preload is sandboxed: no Node modules.')],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan('src/core is plain Node: no electron.'), { name: 'react', message: 'src/core is plain Node: no React.' }],
          patterns: [otherLayers(['main', 'preload', 'renderer'], 'src/core depends only on src/shared and Node.')],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals('src/core is plain Node: no DOM.')],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan('src/shared is used by every side: no electron.'), ...nodeBuiltins('src/shared is used by the renderer: no Node modules.')],
          patterns: [
            otherLayers(['core', 'main', 'preload', 'renderer', 'cli'], 'src/shared depends on nothing of ours.'),
            nodePrefix('src/shared is used by the renderer: no Node modules.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals('src/shared is used by Node too: no DOM.')],
    },
  },
  // The e2e kit's stand-in for Electron's default_app is packed into an asar that Electron 25
  // loads as CommonJS.
  { files: ['scripts/electron-kit/launcher/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);

function electronBan(message) {
  return { name: 'electron', message };
}

function nodeBuiltins(message) {
  return builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message }));
}

function nodePrefix(message) {
  return { group: ['node:*'], message };
}

/** Relative imports that reach into another folder of src/. */
function otherLayers(layers, message) {
  return { group: layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]), message };
}

function domGlobals(message) {
  return ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement'].map((name) => ({ name, message }));
}
