// `npm test`: lint, typecheck, unit and integration tests, then the e2e specs (runE2e.mjs).
// Every stage runs even when an earlier one fails, and the run ends with one line
// `N passed, M failed` counting every test plus lint and typecheck as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { runE2e } from './runE2e.mjs';

// The dossier tests and the e2e specs print and render in Chromium: without one, say what to
// install in one sentence now, not in every test's "Executable doesn't exist at …" later.
const { tsImport } = await import('tsx/esm/api');
const { findChromium } = await tsImport('../src/cli/findChromium.ts', import.meta.url);
let chromium;
try {
  chromium = await findChromium();
} catch (error) {
  process.stderr.write(`npm test: ${error.message}\n`);
  process.exit(1);
}

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestReport = `${results}/vitest.json`;
rmSync(vitestReport, { force: true });

const run = (title, command, args, env = {}) => {
  process.stdout.write(`\n── ${title} ──\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return status === 0;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
const count = (isOk) => (isOk ? (passed += 1) : (failed += 1));

count(run('lint', 'npx', ['eslint', '.']));
count(run('typecheck (whole project, then core without the DOM, then the renderer without Node)', 'npm', ['run', '--silent', 'typecheck']));

const vitestOk = run('unit and integration tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (!vitestOk && vitest.numFailedTests === 0) failed += 1; // a suite that failed to load
} else if (!vitestOk) failed += 1;

if (existsSync('playwright.config.ts')) {
  // In Electron where it can run here (scripts/runE2e.mjs says why not), else in Chromium,
  // the one found above unless CHROMIUM_PATH names another.
  count(run('build the app and the CLI for the end-to-end tests', 'npm', ['run', '--silent', 'build']));
  process.env.CHROMIUM_PATH ??= chromium;
  for (const tally of runE2e()) {
    passed += tally.passed;
    failed += tally.failed;
  }
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
