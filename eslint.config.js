// Lint rules for the whole repository; typed rules use the project's tsconfig.
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
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'src/core and src/shared are plain Node: no electron.' }] },
      ],
    },
  },
);
