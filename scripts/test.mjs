// `npm test`: lint, typecheck, unit and integration tests, then the e2e specs in Chromium.
// Every stage runs even when an earlier one fails, and the run ends with one line
// `N passed, M failed` counting every test plus lint and typecheck as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
const e2eReport = `${results}/e2e.json`;
rmSync(vitestReport, { force: true });
rmSync(e2eReport, { force: true });

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
  count(run('build the app and the CLI for the end-to-end tests', 'npm', ['run', '--silent', 'build']));
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
    // The specs launch the browser found above unless told another.
    CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? chromium,
  });
  const e2e = readJson(e2eReport);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
  } else if (!e2eOk) failed += 1;
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
